import { Locale } from '../../gql/graphql';

/** The catalogue key naming a language, e.g. `language.ja`. */
export function languageKey(locale: Locale): 'language.ja' | 'language.en' {
  return locale === Locale.Ja ? 'language.ja' : 'language.en';
}
