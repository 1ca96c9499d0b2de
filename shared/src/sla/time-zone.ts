/**
 * Civil dates and time-zone offsets with the built-in `Intl` API only, so
 * that `shared` keeps no runtime dependency and runs in Node and browsers.
 *
 * A local date is handled as an epoch day (days since 1970-01-01) and a
 * local time as minutes since local midnight; instants are epoch
 * milliseconds. Offsets come from the IANA data bundled with the runtime.
 */

/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/** Milliseconds in a (24-hour) day. */
export const DAY_MS = 86_400_000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter per zone: constructing one costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The zone's offset from UTC at an instant, in milliseconds (east positive:
 * +9 h for Asia/Tokyo). Throws RangeError for an unknown time zone.
 */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }

  // `% 24`: engines before hourCycle support printed midnight as hour 24.
  const wall = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour % 24,
    fields.minute,
    fields.second,
  );
  const wholeSecond = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return wall - wholeSecond;
}

/**
 * The epoch day of a `YYYY-MM-DD` date. Throws RangeError when the text is
 * not a real calendar date (2026-02-30 included).
 */
export function parseLocalDate(text: string): number {
  const match = LOCAL_DATE.exec(text);
  const [year, month, day] = match ? [+match[1], +match[2], +match[3]] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    throw new RangeError(`Not a YYYY-MM-DD date: "${text}"`);
  }
  return date.getTime() / DAY_MS;
}

/** The `YYYY-MM-DD` text of an epoch day. */
export function formatLocalDate(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of an epoch day: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * Local-time arithmetic in one zone. It memoises offsets, so create one per
 * computation rather than keeping it around.
 */
export interface ZoneClock {
  /** The IANA time zone. */
  readonly timeZone: string;
  /** The local date (epoch day) at an instant. */
  localDayOf(instantMs: number): number;
  /**
   * The instant of a local date and time (minutes since midnight, 1440 is
   * the next midnight). A time skipped by a DST jump moves forward by the
   * jump (02:30 on a spring-forward night is 03:30); a time that occurs
   * twice resolves to the earlier one, as Temporal's "compatible" does.
   */
  instantOf(epochDay: number, minuteOfDay: number): number;
}

/** A ZoneClock for the zone. Throws RangeError for an unknown time zone. */
export function zoneClock(timeZone: string): ZoneClock {
  formatterFor(timeZone);

  const samples = new Map<number, number>();
  const offsetAtDay = (epochDay: number): number => {
    let offset = samples.get(epochDay);
    if (offset === undefined) {
      offset = zoneOffsetMs(epochDay * DAY_MS, timeZone);
      samples.set(epochDay, offset);
    }
    return offset;
  };

  return {
    timeZone,
    localDayOf: (instantMs) => Math.floor((instantMs + zoneOffsetMs(instantMs, timeZone)) / DAY_MS),
    instantOf(epochDay, minuteOfDay) {
      const wall = epochDay * DAY_MS + minuteOfDay * MINUTE_MS;

      // The instant lies between 00:00 UTC of the day before and of two days
      // after (offsets stay within ±14 h); equal offsets there mean no
      // transition, since zones never change twice within three days.
      const before = offsetAtDay(epochDay - 1);
      const after = offsetAtDay(epochDay + 2);
      if (before === after) return wall - before;

      const valid = [wall - before, wall - after].filter(
        (instant) => zoneOffsetMs(instant, timeZone) === wall - instant,
      );
      return valid.length > 0 ? Math.min(...valid) : wall - before;
    },
  };
}
