import { defaultCalendar } from '@support/shared';
import i18n from '../../i18n/i18n';
import type { ServiceLevelFieldsFragment } from '../../gql/graphql';
import { countDown } from './countdown';
import { formatCountdown, formatTargetMinutes } from './duration';

const t = i18n.t.bind(i18n);
const TOKYO = defaultCalendar('Asia/Tokyo');

function buildLevel(
  overrides: Partial<ServiceLevelFieldsFragment> = {},
): ServiceLevelFieldsFragment {
  return {
    __typename: 'TicketServiceLevel',
    phase: 'FIRST_RESPONSE',
    targetKind: 'FIRST_RESPONSE',
    targetMinutes: 480,
    clock: 'BUSINESS_HOURS',
    dueAt: '2026-12-07T03:00:00.000Z',
    atRiskAt: '2026-12-07T01:00:00.000Z',
    atRisk: false,
    breached: false,
    breachedAt: null,
    firstResponseAt: null,
    ...overrides,
  };
}

const at = (iso: string) => Date.parse(iso);

describe('service-level count-down', () => {
  describe('business-hours clock', () => {
    // Due Monday 2026-12-07 12:00 in Tokyo (03:00Z); business hours 09:00–18:00.
    const level = buildLevel();

    it('counts only business time between now and the due instant', () => {
      // Monday 10:00 Tokyo: two business hours left.
      const countdown = countDown(level, TOKYO, at('2026-12-07T01:00:00.000Z'));
      expect(countdown.status).toBe('atRisk');
      expect(countdown.remainingMs).toBe(2 * 3600_000);
    });

    it('stands still at night and over the weekend', () => {
      const friday = countDown(level, TOKYO, at('2026-12-04T09:30:00.000Z')); // Fri 18:30
      const saturday = countDown(level, TOKYO, at('2026-12-05T03:00:00.000Z')); // Sat 12:00
      const monday = countDown(level, TOKYO, at('2026-12-06T23:59:00.000Z')); // Mon 08:59
      expect(friday.remainingMs).toBe(3 * 3600_000);
      expect(saturday.remainingMs).toBe(friday.remainingMs);
      expect(monday.remainingMs).toBe(friday.remainingMs);
      expect(formatCountdown(saturday.remainingMs ?? 0, 'BUSINESS_HOURS', t)).toBe('3h 00m 00s');
    });

    it('moves second by second during business hours', () => {
      const first = countDown(level, TOKYO, at('2026-12-07T00:30:00.000Z'));
      const next = countDown(level, TOKYO, at('2026-12-07T00:30:01.000Z'));
      expect((first.remainingMs ?? 0) - (next.remainingMs ?? 0)).toBe(1000);
      expect(formatCountdown(next.remainingMs ?? 0, 'BUSINESS_HOURS', t)).toBe('2h 29m 59s');
    });

    it('skips holidays of the calendar', () => {
      const withHoliday = { ...TOKYO, holidays: ['2026-12-07'] };
      const due = buildLevel({ dueAt: '2026-12-08T03:00:00.000Z' }); // Tuesday 12:00
      const countdown = countDown(due, withHoliday, at('2026-12-07T03:00:00.000Z')); // holiday noon
      expect(countdown.remainingMs).toBe(3 * 3600_000);
    });

    it('has no figure without the calendar, but keeps its status', () => {
      const countdown = countDown(level, null, at('2026-12-07T01:30:00.000Z'));
      expect(countdown.remainingMs).toBeNull();
      expect(countdown.status).toBe('atRisk');
    });
  });

  describe('24x7 clock', () => {
    const level = buildLevel({
      clock: 'ALWAYS',
      targetMinutes: 30,
      dueAt: '2026-12-05T15:30:00.000Z',
      atRiskAt: '2026-12-05T15:22:30.000Z',
    });

    it('counts wall-clock time, nights and weekends included (Saturday here)', () => {
      const countdown = countDown(level, TOKYO, at('2026-12-05T15:10:00.000Z'));
      expect(countdown.status).toBe('running');
      expect(formatCountdown(countdown.remainingMs ?? 0, 'ALWAYS', t)).toBe('20m 00s');
    });

    it('turns at risk at the server’s instant and breached at the due instant', () => {
      expect(countDown(level, TOKYO, at('2026-12-05T15:22:30.000Z')).status).toBe('atRisk');
      const late = countDown(level, TOKYO, at('2026-12-05T17:35:05.000Z'));
      expect(late.status).toBe('breached');
      expect(formatCountdown(late.remainingMs ?? 0, 'ALWAYS', t)).toBe('2h 05m 05s');
    });

    it('shows days for long wall-clock spans', () => {
      expect(formatCountdown(-(2 * 86_400_000 + 3 * 3600_000 + 4 * 60_000), 'ALWAYS', t)).toBe(
        '2d 03h 04m',
      );
      expect(formatCountdown(27 * 3600_000 + 10 * 60_000, 'BUSINESS_HOURS', t)).toBe('27h 10m');
    });
  });

  describe('paused and stopped', () => {
    it('is paused while the ticket waits on the customer', () => {
      const countdown = countDown(buildLevel({ phase: 'PAUSED', dueAt: null }), TOKYO, Date.now());
      expect(countdown).toMatchObject({ status: 'paused', remainingMs: null });
    });

    it('is stopped once resolved or closed', () => {
      const countdown = countDown(buildLevel({ phase: 'STOPPED', dueAt: null }), TOKYO, Date.now());
      expect(countdown.status).toBe('stopped');
    });
  });

  describe('target lengths in words', () => {
    it.each([
      [30, 'ALWAYS', '30 minutes'],
      [60, 'ALWAYS', '1 hour'],
      [90, 'ALWAYS', '1 h 30 min'],
      [1440, 'ALWAYS', '1 day'],
      [480, 'BUSINESS_HOURS', '8 business hours'],
      [540, 'BUSINESS_HOURS', '1 business day'],
      [1620, 'BUSINESS_HOURS', '3 business days'],
    ] as const)('%i minutes on %s read "%s"', (minutes, clock, words) => {
      expect(formatTargetMinutes(minutes, clock, t)).toBe(words);
    });
  });
});
