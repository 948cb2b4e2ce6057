import type { FieldDefinition, Label, Option } from '../types';

/** A label in English and Arabic. */
export const l = (en: string, ar: string): Label => ({ en, ar });

export const opt = (value: string, en: string, ar: string, score?: number): Option =>
  score === undefined ? { value, label: l(en, ar) } : { value, label: l(en, ar), score };

export const yesNo = (key: string, en: string, ar: string, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  key,
  type: 'yesNo',
  label: l(en, ar),
  ...extra,
});

export const adminLevels = [l('Governorate', 'المحافظة'), l('District', 'القضاء'), l('Sub-district', 'الناحية')];

export const languages: Option[] = [
  opt('ar', 'Arabic', 'العربية'),
  opt('en', 'English', 'الإنجليزية'),
  opt('fr', 'French', 'الفرنسية'),
  opt('ku', 'Kurdish', 'الكردية'),
  opt('other', 'Other', 'أخرى'),
];
