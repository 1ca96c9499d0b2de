import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { useSession } from '../core/session/session-context';
import { UpdateMyLocaleMutation } from '../core/session/session.operations';
import { Locale } from '../gql/graphql';
import { LANGUAGES, type Language } from '../i18n/i18n';
import { chooseLanguage, currentLanguage } from '../i18n/language';

const API_LOCALE: Record<Language, Locale> = { en: Locale.En, ja: Locale.Ja };

/**
 * Chooses the interface language. The choice is remembered in this
 * browser and, when logged in, saved on the user (other devices, emails).
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [saveLocale] = useMutation(UpdateMyLocaleMutation);

  function choose(language: Language) {
    chooseLanguage(language);
    if (!me) return;
    saveLocale({ variables: { locale: API_LOCALE[language] } }).catch(() => {
      // The interface has switched already; the saved preference stays as it was.
    });
  }

  return (
    <div className="language-switcher">
      <label htmlFor="language" className="visually-hidden">
        {t('nav.language')}
      </label>
      <select
        id="language"
        data-testid="language-switcher"
        value={currentLanguage()}
        onChange={(event) => choose(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
