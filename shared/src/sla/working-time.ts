import { prepareCalendar, type BusinessCalendar, type PreparedCalendar } from './calendar';
import type { SlaClock } from './plans';
import { MINUTE_MS } from './time-zone';

/** Consecutive closed days after which a calendar is taken to have no business hours. */
const MAX_CLOSED_DAYS = 366;

/**
 * The instant at which `amountMs` of clock time have elapsed since `fromMs`
 * (epoch milliseconds). `ALWAYS` adds wall-clock time. `BUSINESS_HOURS`
 * walks the calendar a local day at a time and returns the earliest such
 * instant: a target used up exactly at closing time falls due at closing,
 * not at the next opening. Zero returns `fromMs`. Throws RangeError for a
 * negative or non-finite amount, or when the calendar has no business hours
 * for a year.
 */
export function addWorkingMs(
  fromMs: number,
  amountMs: number,
  calendar: PreparedCalendar,
  clock: SlaClock,
): number {
  if (!Number.isFinite(amountMs) || amountMs < 0) {
    throw new RangeError(`Cannot add ${amountMs} ms of working time`);
  }
  if (clock === 'ALWAYS' || amountMs === 0) return fromMs + amountMs;

  let left = amountMs;
  let closedDays = 0;
  for (let day = calendar.zone.localDayOf(fromMs); ; day++) {
    const window = calendar.windowOf(day);
    if (window && window.to > fromMs) {
      closedDays = 0;
      const begin = Math.max(fromMs, window.from);
      if (left <= window.to - begin) return begin + left;
      left -= window.to - begin;
    } else if (++closedDays > MAX_CLOSED_DAYS) {
      throw new RangeError('The business calendar has no business hours for a year');
    }
  }
}

/**
 * Clock time elapsed from `fromMs` to `toMs` (epoch milliseconds): the
 * inverse of `addWorkingMs`. Negative when `toMs` is before `fromMs`.
 */
export function workingMsBetween(
  fromMs: number,
  toMs: number,
  calendar: PreparedCalendar,
  clock: SlaClock,
): number {
  if (toMs < fromMs) return -workingMsBetween(toMs, fromMs, calendar, clock);
  if (clock === 'ALWAYS') return toMs - fromMs;

  let total = 0;
  const lastDay = calendar.zone.localDayOf(toMs);
  for (let day = calendar.zone.localDayOf(fromMs); day <= lastDay; day++) {
    const window = calendar.windowOf(day);
    if (window) total += Math.max(0, Math.min(toMs, window.to) - Math.max(fromMs, window.from));
  }
  return total;
}

/**
 * The instant when `minutes` of clock time have elapsed since `from`: plain
 * addition for `ALWAYS`, business time only for `BUSINESS_HOURS` (weekends,
 * holidays and nights skipped, DST days counted in real time). Fractions of
 * a minute are kept to the millisecond. Throws RangeError for a negative
 * amount or a calendar that `prepareCalendar` refuses.
 */
export function addWorkingMinutes(
  from: Date,
  minutes: number,
  calendar: BusinessCalendar,
  clock: SlaClock,
): Date {
  const amountMs = Math.round(minutes * MINUTE_MS);
  return new Date(addWorkingMs(from.getTime(), amountMs, prepareCalendar(calendar), clock));
}

/**
 * Minutes of clock time from `from` to `to` (fractional, negative when `to`
 * is earlier): the inverse of `addWorkingMinutes`, used for elapsed and
 * paused time. Throws RangeError for a calendar that `prepareCalendar`
 * refuses.
 */
export function workingMinutesBetween(
  from: Date,
  to: Date,
  calendar: BusinessCalendar,
  clock: SlaClock,
): number {
  const elapsedMs = workingMsBetween(
    from.getTime(),
    to.getTime(),
    prepareCalendar(calendar),
    clock,
  );
  return elapsedMs / MINUTE_MS;
}
