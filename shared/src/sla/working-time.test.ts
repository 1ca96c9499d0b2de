import { defaultCalendar, prepareCalendar, type BusinessCalendar } from './calendar';
import type { SlaClock } from './plans';
import { addWorkingMinutes, workingMinutesBetween } from './working-time';

const tokyo = defaultCalendar();
const newYork = defaultCalendar('America/New_York');
const berlin = defaultCalendar('Europe/Berlin');

const at = (iso: string): Date => new Date(iso);

function calendar(overrides: Partial<BusinessCalendar>): BusinessCalendar {
  return { ...defaultCalendar('America/New_York'), ...overrides };
}

describe('working time', () => {
  describe('adding business hours', () => {
    it.each<[string, BusinessCalendar, string, number, string]>([
      ['within a day', tokyo, '2026-06-02T10:00+09:00', 240, '2026-06-02T14:00+09:00'],
      ['from before opening', tokyo, '2026-06-02T07:00+09:00', 60, '2026-06-02T10:00+09:00'],
      ['from after closing', tokyo, '2026-06-02T19:30+09:00', 60, '2026-06-03T10:00+09:00'],
      ['up to closing time', tokyo, '2026-06-02T14:00+09:00', 240, '2026-06-02T18:00+09:00'],
      ['from a Saturday', tokyo, '2026-06-06T12:00+09:00', 30, '2026-06-08T09:30+09:00'],
      ['over a weekend', newYork, '2026-02-27T16:00-05:00', 240, '2026-03-02T11:00-05:00'],
      ['New York spring DST', newYork, '2026-03-06T16:00-05:00', 240, '2026-03-09T11:00-04:00'],
      ['New York autumn DST', newYork, '2026-10-30T16:00-04:00', 240, '2026-11-02T11:00-05:00'],
      ['3 days over DST', newYork, '2026-03-05T12:00-05:00', 1620, '2026-03-10T12:00-04:00'],
      ['Berlin spring DST', berlin, '2026-03-27T16:00+01:00', 240, '2026-03-30T11:00+02:00'],
      ['Berlin autumn DST', berlin, '2026-10-23T16:00+02:00', 240, '2026-10-26T11:00+01:00'],
      ['Golden Week', tokyo, '2026-05-01T16:00+09:00', 240, '2026-05-07T11:00+09:00'],
      ['a week over Golden Week', tokyo, '2026-04-27T09:00+09:00', 2700, '2026-05-07T18:00+09:00'],
      ['New Year', tokyo, '2026-12-31T16:00+09:00', 240, '2027-01-04T11:00+09:00'],
      ['Coming of Age Day', tokyo, '2027-01-08T17:00+09:00', 540, '2027-01-12T17:00+09:00'],
      ['Silver Week', tokyo, '2026-09-18T16:00+09:00', 540, '2026-09-24T16:00+09:00'],
      ['a substitute holiday', tokyo, '2027-03-19T17:00+09:00', 120, '2027-03-23T10:00+09:00'],
      [
        'no holidays outside Tokyo',
        newYork,
        '2026-05-01T16:00-04:00',
        240,
        '2026-05-04T11:00-04:00',
      ],
      ['fractions of a minute', tokyo, '2026-06-02T10:00+09:00', 0.5, '2026-06-02T10:00:30+09:00'],
      ['zero from a Saturday', tokyo, '2026-06-06T12:00+09:00', 0, '2026-06-06T12:00+09:00'],
    ])('%s', (_name, businessCalendar, from, minutes, due) => {
      expect(addWorkingMinutes(at(from), minutes, businessCalendar, 'BUSINESS_HOURS')).toEqual(
        at(due),
      );
    });
  });

  describe('adding wall-clock time', () => {
    it.each<[string, BusinessCalendar, string, number, string]>([
      ['over a weekend', tokyo, '2026-06-05T17:00+09:00', 60 * 24, '2026-06-06T17:00+09:00'],
      ['New York spring DST', newYork, '2026-03-07T12:00-05:00', 60 * 24, '2026-03-08T13:00-04:00'],
      ['Berlin autumn DST', berlin, '2026-10-24T12:00+02:00', 60 * 24, '2026-10-25T11:00+01:00'],
      ['on a holiday', tokyo, '2026-05-04T09:00+09:00', 30, '2026-05-04T09:30+09:00'],
    ])('%s', (_name, businessCalendar, from, minutes, due) => {
      expect(addWorkingMinutes(at(from), minutes, businessCalendar, 'ALWAYS')).toEqual(at(due));
    });
  });

  describe('measuring elapsed time', () => {
    it.each<[string, BusinessCalendar, SlaClock, string, string, number]>([
      [
        'over a DST weekend',
        newYork,
        'BUSINESS_HOURS',
        '2026-03-06T17:00-05:00',
        '2026-03-09T10:00-04:00',
        120,
      ],
      [
        'Golden Week',
        tokyo,
        'BUSINESS_HOURS',
        '2026-04-28T09:00+09:00',
        '2026-05-08T09:00+09:00',
        2160,
      ],
      [
        'a closed night',
        tokyo,
        'BUSINESS_HOURS',
        '2026-06-02T18:00+09:00',
        '2026-06-03T09:00+09:00',
        0,
      ],
      [
        'backwards',
        newYork,
        'BUSINESS_HOURS',
        '2026-03-09T10:00-04:00',
        '2026-03-06T17:00-05:00',
        -120,
      ],
      [
        'wall clock over DST',
        newYork,
        'ALWAYS',
        '2026-03-07T12:00-05:00',
        '2026-03-08T12:00-04:00',
        1380,
      ],
      [
        'wall clock backwards',
        tokyo,
        'ALWAYS',
        '2026-06-02T12:00+09:00',
        '2026-06-02T11:00+09:00',
        -60,
      ],
    ])('%s', (_name, businessCalendar, clock, from, to, minutes) => {
      expect(workingMinutesBetween(at(from), at(to), businessCalendar, clock)).toBe(minutes);
    });

    it.each([
      ['New York', newYork],
      ['Berlin', berlin],
      ['Tokyo', tokyo],
    ])(
      'inverts adding, in %s, from any instant over DST and holidays',
      (_name, businessCalendar) => {
        const starts = [Date.parse('2026-03-01T00:00Z'), Date.parse('2026-10-20T00:00Z')];
        for (const start of starts) {
          for (let from = start; from < start + 14 * 86_400_000; from += 193 * 60_000) {
            for (const minutes of [1, 59, 240, 540, 1620, 2700]) {
              const due = addWorkingMinutes(
                new Date(from),
                minutes,
                businessCalendar,
                'BUSINESS_HOURS',
              );
              const back = workingMinutesBetween(
                new Date(from),
                due,
                businessCalendar,
                'BUSINESS_HOURS',
              );
              expect(back).toBe(minutes);
            }
          }
        }
      },
    );
  });

  describe('custom calendars', () => {
    it('works Saturdays until midnight', () => {
      const late = calendar({ days: [1, 2, 3, 4, 5, 6], end: '24:00' });

      expect(addWorkingMinutes(at('2026-06-05T23:00-04:00'), 60, late, 'BUSINESS_HOURS')).toEqual(
        at('2026-06-06T00:00-04:00'),
      );
      expect(addWorkingMinutes(at('2026-06-05T23:00-04:00'), 120, late, 'BUSINESS_HOURS')).toEqual(
        at('2026-06-06T10:00-04:00'),
      );
    });

    it('opens at the end of the gap when the opening time does not exist', () => {
      const sundayNight = calendar({ days: [7], start: '02:30', end: '05:00' });

      expect(
        addWorkingMinutes(at('2026-03-08T00:00-05:00'), 30, sundayNight, 'BUSINESS_HOURS'),
      ).toEqual(at('2026-03-08T04:00-04:00'));
    });

    it('counts the repeated hour of a DST fall-back in real time', () => {
      const sundayNight = calendar({ days: [7], start: '01:30', end: '02:00' });

      expect(
        workingMinutesBetween(
          at('2026-11-01T00:00-04:00'),
          at('2026-11-01T12:00-05:00'),
          sundayNight,
          'BUSINESS_HOURS',
        ),
      ).toBe(90);
    });

    it('skips holidays of its own', () => {
      const closedMonday = calendar({ holidays: ['2026-06-08'] });

      expect(
        addWorkingMinutes(at('2026-06-05T17:00-04:00'), 120, closedMonday, 'BUSINESS_HOURS'),
      ).toEqual(at('2026-06-09T10:00-04:00'));
    });
  });

  describe('errors', () => {
    it.each<[string, Partial<BusinessCalendar>, RegExp]>([
      ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, /time zone/i],
      ['a time without two hour digits', { start: '9:00' }, /start/],
      ['an hour past 24', { end: '25:00' }, /end/],
      ['a closing before the opening', { start: '18:00', end: '09:00' }, /after start/],
      ['no working day', { days: [] }, /days/],
      ['a weekday 0', { days: [0, 1] }, /days/],
      ['an impossible holiday', { holidays: ['2026-02-30'] }, /2026-02-30/],
    ])('refuses %s', (_name, overrides, message) => {
      expect(() => prepareCalendar(calendar(overrides))).toThrow(RangeError);
      expect(() => prepareCalendar(calendar(overrides))).toThrow(message);
    });

    it('refuses a negative amount', () => {
      expect(() => addWorkingMinutes(at('2026-06-02T10:00Z'), -1, tokyo, 'ALWAYS')).toThrow(
        RangeError,
      );
    });

    it('gives up on a calendar closed for a year', () => {
      const mondays = Array.from({ length: 60 }, (_, week) =>
        new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10),
      );
      const closed = calendar({ days: [1], holidays: mondays });

      expect(() =>
        addWorkingMinutes(at('2026-01-01T00:00Z'), 60, closed, 'BUSINESS_HOURS'),
      ).toThrow(/no business hours/);
    });
  });
});
