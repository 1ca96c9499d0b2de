import { JAPAN_HOLIDAYS } from './holidays-jp';
import { formatLocalDate, isoWeekday, parseLocalDate } from './time-zone';

/** Equinox days as announced (2026, 2027) or predicted (2028). */
const EQUINOXES: Record<number, [string, string]> = {
  2026: ['03-20', '09-23'],
  2027: ['03-21', '09-23'],
  2028: ['03-20', '09-22'],
};

function nthMonday(year: number, month: number, nth: number): number {
  const first = parseLocalDate(`${year}-${String(month).padStart(2, '0')}-01`);
  return first + ((8 - isoWeekday(first)) % 7) + 7 * (nth - 1);
}

/** The holidays of a year from the Act on National Holidays, as epoch days. */
function holidaysByLaw(year: number): Set<number> {
  const date = (monthDay: string): number => parseLocalDate(`${year}-${monthDay}`);
  const days = new Set([
    ...[
      '01-01',
      '02-11',
      '02-23',
      '04-29',
      '05-03',
      '05-04',
      '05-05',
      '08-11',
      '11-03',
      '11-23',
    ].map(date),
    ...EQUINOXES[year].map(date),
    nthMonday(year, 1, 2),
    nthMonday(year, 7, 3),
    nthMonday(year, 9, 3),
    nthMonday(year, 10, 2),
  ]);

  for (const day of [...days].sort((a, b) => a - b)) {
    if (isoWeekday(day) !== 7) continue;
    let substitute = day + 1;
    while (days.has(substitute)) substitute++;
    days.add(substitute);
  }
  for (const day of [...days]) {
    const between = day + 1;
    if (days.has(day + 2) && !days.has(between) && isoWeekday(between) !== 7) days.add(between);
  }
  return days;
}

describe('Japanese public holidays', () => {
  it.each([2026, 2027, 2028])('lists exactly the holidays of the law for %i', (year) => {
    const listed = JAPAN_HOLIDAYS.filter((date) => date.startsWith(`${year}-`));
    const expected = [...holidaysByLaw(year)].sort((a, b) => a - b).map(formatLocalDate);

    expect(listed).toEqual(expected);
  });

  it.each<[number, number]>([
    [2026, 18],
    [2027, 17],
    [2028, 16],
  ])('%i has %i holidays', (year, count) => {
    expect(JAPAN_HOLIDAYS.filter((date) => date.startsWith(`${year}-`))).toHaveLength(count);
  });

  it.each([
    ['2026-05-06', 'the substitute for Constitution Day on a Sunday'],
    ['2026-09-22', 'the national holiday between Respect for the Aged Day and the equinox'],
    ['2027-03-22', 'the substitute for the vernal equinox on a Sunday'],
    ['2028-09-22', 'the autumnal equinox of 2028'],
  ])('includes %s, %s', (date) => {
    expect(JAPAN_HOLIDAYS).toContain(date);
  });

  it.each(['2026-12-31', '2027-01-02', '2027-09-21', '2028-09-23'])('excludes %s', (date) => {
    expect(JAPAN_HOLIDAYS).not.toContain(date);
  });

  it('holds valid dates in order, once each', () => {
    const days = JAPAN_HOLIDAYS.map(parseLocalDate);

    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
  });
});
