import { useTranslation } from 'react-i18next';

/** Dates, numbers and lists in the conventions of the current language (digits, order, month names). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return {
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    list: (items: string[]) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items),
  };
}

/**
 * Wraps text from data (names, case numbers) in Unicode isolates before it goes into a translated
 * sentence, so a Latin name inside Arabic text (or the reverse) cannot reorder its neighbours.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
