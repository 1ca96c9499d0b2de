import { prepareCalendar } from '@support/shared';

const DAY_MS = 86_400_000;

/**
 * The instant a local date (`YYYY-MM-DD`) begins in a time zone. It asks
 * the shared engine for the opening of a calendar that is open all day
 * every day, so DST offsets come from the same code the service levels use.
 */
export function startOfDayIn(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const everyDay = prepareCalendar({
    timeZone,
    days: [1, 2, 3, 4, 5, 6, 7],
    start: '00:00',
    end: '24:00',
    holidays: [],
  });
  const window = everyDay.windowOf(Date.UTC(year, month - 1, day) / DAY_MS);
  if (!window) throw new RangeError(`No such day: ${date}`);
  return new Date(window.from);
}

/** Today's date (`YYYY-MM-DD`) in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

/** The date `days` after a `YYYY-MM-DD` date (negative: before). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}
