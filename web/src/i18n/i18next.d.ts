import 'i18next';
import type en from './en.json';

// Translation keys are checked against the English file at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
