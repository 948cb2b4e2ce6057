import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import { translateServerMessage } from './server-messages';

async function translatorFor(lng: 'en' | 'ar') {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { en: { translation: en }, ar: { translation: ar } },
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n);
}

describe('server messages', () => {
  it('translates a problem the API words in English by its text, in every language', async () => {
    const inArabic = await translatorFor('ar');
    const inEnglish = await translatorFor('en');
    // As the referrals and care plans services word them.
    const cancel = 'must say why the referral is cancelled, in at least 5 characters';
    const outcome = 'is required when the status is partially_achieved';
    expect(translateServerMessage(inEnglish, cancel)).toBe(
      'Say why the referral is cancelled, in at least 5 characters.',
    );
    expect(translateServerMessage(inArabic, cancel)).toBe('اذكر سبب إلغاء الإحالة في 5 أحرف على الأقل.');
    expect(translateServerMessage(inArabic, outcome)).toBe('سجّل نتيجة الهدف المُحقَّق جزئيًا.');
  });

  it('shows a message it does not know as the API sent it', async () => {
    const inArabic = await translatorFor('ar');
    expect(translateServerMessage(inArabic, 'is something new')).toBe('is something new');
  });
});
