import { formatLocalDate, isoWeekday, parseLocalDate, zoneClock, zoneOffsetMs } from './time-zone';

const HOUR_MS = 3_600_000;

describe('time zones', () => {
  describe('offsets', () => {
    it.each<[string, string, number]>([
      ['America/New_York', '2026-03-08T06:59:59Z', -5],
      ['America/New_York', '2026-03-08T07:00:00Z', -4],
      ['America/New_York', '2026-11-01T05:59:59Z', -4],
      ['America/New_York', '2026-11-01T06:00:00Z', -5],
      ['Europe/Berlin', '2026-03-29T00:59:59Z', 1],
      ['Europe/Berlin', '2026-03-29T01:00:00Z', 2],
      ['Europe/Berlin', '2026-10-25T00:59:59Z', 2],
      ['Europe/Berlin', '2026-10-25T01:00:00Z', 1],
      ['Asia/Tokyo', '2026-07-01T00:00:00Z', 9],
      ['Asia/Kolkata', '2026-07-01T00:00:00.250Z', 5.5],
    ])('%s at %s is UTC%+d h', (timeZone, instant, hours) => {
      expect(zoneOffsetMs(Date.parse(instant), timeZone)).toBe(hours * HOUR_MS);
    });

    it('refuses an unknown zone', () => {
      expect(() => zoneOffsetMs(0, 'Nowhere/Atlantis')).toThrow(RangeError);
    });
  });

  describe('local dates', () => {
    it('round-trips a date through its epoch day', () => {
      expect(parseLocalDate('1970-01-01')).toBe(0);
      expect(formatLocalDate(parseLocalDate('2028-02-29'))).toBe('2028-02-29');
    });

    it.each(['2026-02-29', '2026-13-01', '2026-1-1', '20260101', ''])('refuses "%s"', (text) => {
      expect(() => parseLocalDate(text)).toThrow(RangeError);
    });

    it.each<[string, number]>([
      ['2026-03-09', 1],
      ['2026-09-22', 2],
      ['2027-03-21', 7],
      ['1969-12-31', 3],
    ])('knows %s is ISO weekday %i', (date, weekday) => {
      expect(isoWeekday(parseLocalDate(date))).toBe(weekday);
    });

    it('finds the local date of an instant', () => {
      const tokyo = zoneClock('Asia/Tokyo');
      const newYork = zoneClock('America/New_York');
      const instant = Date.parse('2026-06-01T16:00Z');

      expect(formatLocalDate(tokyo.localDayOf(instant))).toBe('2026-06-02');
      expect(formatLocalDate(newYork.localDayOf(instant))).toBe('2026-06-01');
    });
  });

  describe('local times', () => {
    it.each<[string, string, number, string]>([
      ['a plain day', '2026-06-01', 9 * 60, '2026-06-01T09:00-04:00'],
      ['the day before spring DST', '2026-03-07', 9 * 60, '2026-03-07T09:00-05:00'],
      ['the day of spring DST', '2026-03-08', 9 * 60, '2026-03-08T09:00-04:00'],
      ['a time skipped by DST', '2026-03-08', 150, '2026-03-08T03:30-04:00'],
      ['a time that occurs twice', '2026-11-01', 90, '2026-11-01T01:30-04:00'],
      ['the day of autumn DST', '2026-11-01', 18 * 60, '2026-11-01T18:00-05:00'],
      ['midnight at the end of a day', '2026-11-01', 24 * 60, '2026-11-02T00:00-05:00'],
    ])('resolves %s in New York', (_name, date, minute, instant) => {
      const zone = zoneClock('America/New_York');

      expect(new Date(zone.instantOf(parseLocalDate(date), minute))).toEqual(new Date(instant));
    });

    it('takes the earlier of a repeated time east of UTC too', () => {
      const berlin = zoneClock('Europe/Berlin');

      expect(new Date(berlin.instantOf(parseLocalDate('2026-10-25'), 150))).toEqual(
        new Date('2026-10-25T02:30+02:00'),
      );
    });
  });
});
