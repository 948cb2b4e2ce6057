import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ar from './ar.json';

/**
 * Every interface string lives in one JSON file per language. English is the reference and the
 * fallback for any key another language lacks. To add a language, add `<code>.json` with the same
 * keys (plural keys follow that language's CLDR plural categories) and list it here.
 */
export const resources = {
  en: { translation: en },
  ar: { translation: ar },
} as const;

export type Language = keyof typeof resources;
export const languages = Object.keys(resources) as Language[];
const fallbackLanguage: Language = 'en';
const storageKey = 'haven.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as string[]).includes(value);
}

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage may be blocked; the choice then lasts for this page only
  }
}

function browserLanguage(): Language | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(base)) return base;
  }
  return null;
}

/** Keeps <html lang dir> and the title in step, so the whole layout mirrors for right-to-left languages. */
function applyToDocument(language: string): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = i18n.dir(language);
  document.title = i18n.t('app.title');
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage() ?? browserLanguage() ?? fallbackLanguage,
  fallbackLng: fallbackLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false, // resources are bundled: ready before the first render
});

applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

/** Switches the language and remembers the choice on this device. */
export async function setLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // not remembered, still switched
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : fallbackLanguage;
}

export { i18n };
