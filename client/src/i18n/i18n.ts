import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';

/** Interface languages, as i18next names them. */
export const LANGUAGES = ['en', 'ja'] as const;

/** An interface language. */
export type Language = (typeof LANGUAGES)[number];

/** localStorage key of a language the user chose explicitly in this browser. */
export const LANGUAGE_STORAGE_KEY = 'sc.language';

/**
 * i18next with both catalogues bundled (they are small) and initialised
 * synchronously, so the first render is already translated. The language
 * is the one chosen in this browser, else the browser's; after login the
 * user's own language applies unless they chose one here (see language.ts).
 * Detection never writes to storage: only an explicit choice does.
 */
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: [],
    },
  });

export default i18n;

/** Keeps the document's language and title in step with the interface. */
function syncDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

i18n.on('languageChanged', syncDocument);
syncDocument(i18n.resolvedLanguage ?? 'en');
