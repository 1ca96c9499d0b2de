import 'i18next';
import type en from './en.json';

// Keys are checked at compile time against the English catalogue; the
// catalogue test checks that Japanese has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
