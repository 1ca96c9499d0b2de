import { JAPAN_HOLIDAYS } from './holidays-jp';
import { isoWeekday, parseLocalDate, zoneClock, type ZoneClock } from './time-zone';

/** When an organisation's support works, in its own time zone. */
export interface BusinessCalendar {
  /** IANA time zone of the business hours and holidays, e.g. `Asia/Tokyo`. */
  timeZone: string;
  /** Working weekdays, ISO numbering (1 = Monday ... 7 = Sunday). Default 1-5. */
  days: readonly number[];
  /** Opening time `HH:MM`, local. Default `09:00`. */
  start: string;
  /** Closing time `HH:MM`, local, after `start` (`24:00` allowed). Default `18:00`. */
  end: string;
  /** Local dates `YYYY-MM-DD` without business hours. */
  holidays: readonly string[];
}

/** The time zone of sla.md's business hours when an organisation sets none. */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

/**
 * sla.md's business hours: 09:00-18:00, Monday to Friday, in `timeZone`
 * (default Asia/Tokyo). The holidays are Japan's public holidays when the
 * zone is Asia/Tokyo, none otherwise: an admin edits them per organisation.
 */
export function defaultCalendar(timeZone: string = DEFAULT_TIME_ZONE): BusinessCalendar {
  return {
    timeZone,
    days: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '18:00',
    holidays: timeZone === 'Asia/Tokyo' ? JAPAN_HOLIDAYS : [],
  };
}

/** Business hours of one local day, as epoch milliseconds [from, to). */
export interface BusinessWindow {
  from: number;
  to: number;
}

/**
 * A checked calendar ready for arithmetic. It memoises windows, so prepare
 * one per computation rather than keeping it around.
 */
export interface PreparedCalendar {
  /** The calendar's zone. */
  readonly zone: ZoneClock;
  /** The business hours of a local date (epoch day), or null when closed. */
  windowOf(epochDay: number): BusinessWindow | null;
}

const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

function minuteOfDay(field: 'start' | 'end', text: string): number {
  const match = CLOCK_TIME.exec(text);
  if (!match) throw new RangeError(`Business calendar ${field} is not HH:MM: "${text}"`);
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Checks a calendar and prepares it. Throws RangeError, naming the field,
 * for an unknown time zone, a bad time, `end` not after `start`, a weekday
 * outside 1-7, no working weekday, or a holiday that is not a date.
 */
export function prepareCalendar(calendar: BusinessCalendar): PreparedCalendar {
  const zone = zoneClock(calendar.timeZone);
  const start = minuteOfDay('start', calendar.start);
  const end = minuteOfDay('end', calendar.end);
  if (end <= start) throw new RangeError('Business calendar end must be after start');

  const days = new Set(calendar.days);
  if (days.size === 0 || [...days].some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    throw new RangeError('Business calendar days must be ISO weekdays 1-7, at least one');
  }
  const holidays = new Set(calendar.holidays.map(parseLocalDate));

  const windows = new Map<number, BusinessWindow | null>();
  return {
    zone,
    windowOf(epochDay) {
      let window = windows.get(epochDay);
      if (window === undefined) {
        const open = days.has(isoWeekday(epochDay)) && !holidays.has(epochDay);
        window = open
          ? { from: zone.instantOf(epochDay, start), to: zone.instantOf(epochDay, end) }
          : null;
        windows.set(epochDay, window);
      }
      return window;
    },
  };
}
