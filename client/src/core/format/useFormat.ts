import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';

/** Formatters for the current language and the user's time zone. */
export interface Formatters {
  /** An instant (ISO 8601), e.g. "12 Mar 2026, 14:05" / "2026/03/12 14:05". */
  dateTime(iso: string): string;
  /** A calendar date without time zone ("YYYY-MM-DD"), e.g. "12 March 2027". */
  localDate(date: string): string;
  /** The IANA time zone instants are shown in. */
  timeZone: string;
}

/**
 * Formats dates with Intl in the interface language and the logged-in
 * user's time zone (`me.timeZone`); the browser's zone when logged out.
 */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const language = i18n.resolvedLanguage ?? 'en';
  const timeZone = me?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  return useMemo(() => {
    const instant = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    });
    // A local date is a day, not an instant: format it at UTC midnight in UTC.
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    return {
      dateTime: (iso) => instant.format(new Date(iso)),
      localDate: (date) => day.format(new Date(`${date}T00:00:00Z`)),
      timeZone,
    };
  }, [language, timeZone]);
}
