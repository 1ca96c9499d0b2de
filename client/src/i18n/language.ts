import i18n, { LANGUAGE_STORAGE_KEY, LANGUAGES, type Language } from './i18n';

/** The language the interface shows now. */
export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage;
  return LANGUAGES.find((language) => language === resolved) ?? 'en';
}

function storedChoice(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy settings); then nothing was chosen.
    return null;
  }
}

/** Switches the language and remembers the choice in this browser. */
export function chooseLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts until the tab is closed.
  }
  void i18n.changeLanguage(language);
}

/**
 * Applies the logged-in user's language (the API's `EN`/`JA`) unless the
 * user chose a language explicitly in this browser.
 */
export function applyUserLanguage(locale: string): void {
  if (storedChoice()) return;
  const language = LANGUAGES.find((candidate) => candidate === locale.toLowerCase());
  if (language && language !== currentLanguage()) void i18n.changeLanguage(language);
}
