import type { TFunction } from 'i18next';
import { BUSINESS_DAY_MINUTES, type SlaClock } from '@support/shared';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A count-down figure: "12m 05s", "3h 04m 05s", "2d 03h 04m" (and the
 * Japanese forms). Seconds show below a day so the figure visibly moves
 * each second. Days are wall-clock days, so business time is given in
 * hours only ("27h 10m" of business hours). The sign is dropped: callers
 * say "left" or "overdue".
 */
export function formatCountdown(ms: number, clock: SlaClock, t: TFunction): string {
  const total = Math.floor(Math.abs(ms) / SECOND) * SECOND;
  const days = clock === 'ALWAYS' ? Math.floor(total / DAY) : 0;
  const hours = Math.floor((total - days * DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const seconds = Math.floor((total % MINUTE) / SECOND);
  if (days > 0) return t('duration.dhm', { d: days, h: pad(hours), m: pad(minutes) });
  if (hours >= 24) return t('duration.hm', { h: hours, m: pad(minutes) });
  if (hours > 0) return t('duration.hms', { h: hours, m: pad(minutes), s: pad(seconds) });
  return t('duration.ms', { m: minutes, s: pad(seconds) });
}

/**
 * A target's length as people say it: "30 minutes", "4 hours", "1 day"
 * on the 24x7 clock; "8 business hours", "3 business days" (of 9 hours,
 * sla.md) on the business clock; mixed amounts as "1 h 30 min".
 */
export function formatTargetMinutes(minutes: number, clock: SlaClock, t: TFunction): string {
  const business = clock === 'BUSINESS_HOURS';
  const dayMinutes = business ? BUSINESS_DAY_MINUTES : 24 * 60;
  const prefix = business ? 'target.business' : 'target.always';
  if (minutes > 0 && minutes % dayMinutes === 0) {
    return t(`${prefix}.days`, { count: minutes / dayMinutes });
  }
  if (minutes > 0 && minutes % 60 === 0) return t(`${prefix}.hours`, { count: minutes / 60 });
  if (minutes < 60) return t(`${prefix}.minutes`, { count: minutes });
  return t(`${prefix}.mixed`, { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/** A short figure for chart labels: "45 min", "2.5 h", "1.5 d" (24-hour days). */
export function formatMinutesCompact(minutes: number, t: TFunction): string {
  const trim = (value: number) => String(Math.round(value * 10) / 10);
  if (minutes < 60) return t('duration.compact.minutes', { value: Math.round(minutes) });
  if (minutes < 24 * 60) return t('duration.compact.hours', { value: trim(minutes / 60) });
  return t('duration.compact.days', { value: trim(minutes / (24 * 60)) });
}
