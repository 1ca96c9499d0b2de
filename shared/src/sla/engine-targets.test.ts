import { SupportPlan, TicketState } from '../enums';
import type { Severity } from '../severity';
import { defaultCalendar } from './calendar';
import { computeSlaStatus, nextSlaChange } from './engine';
import { at, buildSlaInput, byOthers, bySupport, MINUTE, replies, statusAt } from './fixtures';
import { DEFAULT_PLAN_TARGETS } from './plans';
import type { SlaInput, SlaStatus } from './types';

const S = TicketState;

describe('service-level engine', () => {
  describe('severity changes', () => {
    it.each<[string, Partial<SlaInput>, string, Partial<SlaStatus>]>([
      [
        'raising recomputes the first response from creation',
        {
          initialSeverity: 3,
          severityChanges: [{ at: at('2026-06-01T10:30+09:00'), severity: 1 }],
        },
        '2026-06-01T10:40+09:00',
        {
          target: { kind: 'FIRST_RESPONSE', minutes: 60, clock: 'ALWAYS' },
          dueAt: at('2026-06-01T11:00+09:00'),
          remainingMs: 20 * MINUTE,
          atRisk: false,
        },
      ],
      [
        'raising late breaches at the recomputed instant',
        {
          initialSeverity: 3,
          severityChanges: [{ at: at('2026-06-01T12:00+09:00'), severity: 1 }],
        },
        '2026-06-01T12:00+09:00',
        { breached: true, breachedAt: at('2026-06-01T11:00+09:00'), remainingMs: -60 * MINUTE },
      ],
      [
        'lowering lifts a breach',
        {
          initialSeverity: 1,
          severityChanges: [{ at: at('2026-06-01T11:30+09:00'), severity: 3 }],
        },
        '2026-06-01T12:00+09:00',
        {
          target: { kind: 'FIRST_RESPONSE', minutes: 540, clock: 'BUSINESS_HOURS' },
          dueAt: at('2026-06-02T10:00+09:00'),
          breached: false,
          breachedAt: null,
        },
      ],
      [
        'the last change before now counts, whatever the list order',
        {
          initialSeverity: 4,
          severityChanges: [
            { at: at('2026-06-01T10:20+09:00'), severity: 1 },
            { at: at('2026-06-01T10:10+09:00'), severity: 2 },
            { at: at('2026-06-01T12:00+09:00'), severity: 3 },
          ],
        },
        '2026-06-01T10:30+09:00',
        { target: { kind: 'FIRST_RESPONSE', minutes: 60, clock: 'ALWAYS' } },
      ],
    ])('%s', (_name, overrides, now, expected) => {
      expect(statusAt(buildSlaInput(overrides), now)).toMatchObject(expected);
    });

    it.each<[string, Severity, Partial<SlaStatus>]>([
      [
        'raising',
        1,
        {
          target: { kind: 'UPDATE', minutes: 60, clock: 'ALWAYS' },
          dueAt: at('2026-06-01T11:30+09:00'),
        },
      ],
      [
        'lowering to business hours',
        3,
        {
          target: { kind: 'UPDATE', minutes: 540, clock: 'BUSINESS_HOURS' },
          dueAt: at('2026-06-02T10:30+09:00'),
        },
      ],
    ])('%s recomputes the update from its last restart', (_name, severity, expected) => {
      const input = buildSlaInput({
        targets: DEFAULT_PLAN_TARGETS[SupportPlan.PREMIER],
        initialSeverity: 2,
        supportReplies: replies('2026-06-01T10:30+09:00'),
        severityChanges: [{ at: at('2026-06-01T11:00+09:00'), severity }],
      });

      expect(statusAt(input, '2026-06-01T11:10+09:00')).toMatchObject({
        startedAt: at('2026-06-01T10:30+09:00'),
        ...expected,
      });
    });

    it('measures past pauses on the new clock', () => {
      const input = buildSlaInput({
        supportReplies: replies('2026-06-05T17:00+09:00'),
        stateChanges: [
          bySupport(S.WAITING_FOR_CUSTOMER, '2026-06-05T17:30+09:00'),
          byOthers(S.INVESTIGATING, '2026-06-08T09:30+09:00'),
        ],
        severityChanges: [{ at: at('2026-06-08T10:00+09:00'), severity: 3 }],
      });

      expect(statusAt(input, '2026-06-08T10:00+09:00')).toMatchObject({
        target: { kind: 'UPDATE', minutes: 1620, clock: 'BUSINESS_HOURS' },
        pausedMinutes: 60,
        remainingMs: (1620 - 60) * MINUTE,
      });
    });
  });

  describe('at risk and breach', () => {
    const input = buildSlaInput();

    it.each<[string, boolean, boolean, number]>([
      ['2026-06-01T10:44:59.999+09:00', false, false, 15 * MINUTE + 1],
      ['2026-06-01T10:45:00.000+09:00', false, false, 15 * MINUTE],
      ['2026-06-01T10:45:00.001+09:00', true, false, 15 * MINUTE - 1],
      ['2026-06-01T10:59:59.999+09:00', true, false, 1],
      ['2026-06-01T11:00:00.000+09:00', false, true, 0],
      ['2026-06-01T12:00:00.000+09:00', false, true, -60 * MINUTE],
    ])('at %s: at risk %s, breached %s', (now, atRisk, breached, remainingMs) => {
      const status = statusAt(input, now);

      expect(status).toMatchObject({ atRisk, breached, remainingMs });
      expect(status.breachedAt).toEqual(breached ? at('2026-06-01T11:00+09:00') : null);
    });

    it('reaches the threshold after a business weekend, not at Friday closing', () => {
      const weekend = buildSlaInput({
        initialSeverity: 2,
        createdAt: at('2026-06-05T15:00+09:00'),
      });

      expect(statusAt(weekend, '2026-06-06T12:00+09:00')).toMatchObject({
        target: { kind: 'FIRST_RESPONSE', minutes: 240, clock: 'BUSINESS_HOURS' },
        remainingMs: 60 * MINUTE,
        atRisk: false,
        atRiskAt: at('2026-06-08T09:00:00.001+09:00'),
        dueAt: at('2026-06-08T10:00+09:00'),
      });
    });

    it.each<[string, string, string]>([
      ['America/New_York', '2026-03-06T16:00-05:00', '2026-03-09T11:00-04:00'],
      ['America/New_York', '2026-10-30T16:00-04:00', '2026-11-02T11:00-05:00'],
      ['Europe/Berlin', '2026-03-27T16:00+01:00', '2026-03-30T11:00+02:00'],
      ['Europe/Berlin', '2026-10-23T16:00+02:00', '2026-10-26T11:00+01:00'],
      ['Asia/Tokyo', '2026-05-01T16:00+09:00', '2026-05-07T11:00+09:00'],
      ['Asia/Tokyo', '2026-12-31T16:00+09:00', '2027-01-04T11:00+09:00'],
    ])('in %s, a Standard severity 2 created %s is due %s', (timeZone, created, due) => {
      const ticket = buildSlaInput({
        initialSeverity: 2,
        calendar: defaultCalendar(timeZone),
        createdAt: at(created),
      });
      const status = statusAt(ticket, created);

      expect(status.dueAt).toEqual(at(due));
      expect(status.atRiskAt).toEqual(new Date(at(due).getTime() - 60 * MINUTE + 1));
    });
  });

  describe('next change', () => {
    const input = buildSlaInput();

    it.each<[string, string | null]>([
      ['2026-06-01T10:00+09:00', '2026-06-01T10:45:00.001+09:00'],
      ['2026-06-01T10:45:00.001+09:00', '2026-06-01T11:00+09:00'],
      ['2026-06-01T10:50+09:00', '2026-06-01T11:00+09:00'],
      ['2026-06-01T11:00+09:00', null],
    ])('at %s is %s', (now, next) => {
      expect(nextSlaChange(statusAt(input, now), at(now))).toEqual(next && at(next));
    });

    it('is null while paused or stopped', () => {
      const paused = buildSlaInput({
        stateChanges: [bySupport(S.WAITING_FOR_CUSTOMER, '2026-06-01T10:10+09:00')],
      });
      const stopped = buildSlaInput({
        stateChanges: [byOthers(S.CLOSED, '2026-06-01T10:10+09:00')],
      });

      expect(
        nextSlaChange(statusAt(paused, '2026-06-01T10:20+09:00'), at('2026-06-01T10:20+09:00')),
      ).toBeNull();
      expect(
        nextSlaChange(statusAt(stopped, '2026-06-01T10:20+09:00'), at('2026-06-01T10:20+09:00')),
      ).toBeNull();
    });

    it('names exactly the instants at which the flags flip, over a business weekend', () => {
      const ticket = buildSlaInput({
        initialSeverity: 2,
        calendar: defaultCalendar('America/New_York'),
        createdAt: at('2026-03-06T16:00-05:00'),
      });
      const flags = (ms: number): string => {
        const status = computeSlaStatus({ ...ticket, now: new Date(ms) });
        return `${status.atRisk}/${status.breached}`;
      };

      const flips: number[] = [];
      let now = ticket.createdAt.getTime();
      for (let next = nextSlaChange(computeSlaStatus(ticket), ticket.createdAt); next;) {
        expect(flags(next.getTime())).not.toBe(flags(next.getTime() - 1));
        for (let probe = now; probe < next.getTime(); probe += 37 * MINUTE) {
          expect(flags(probe)).toBe(flags(now));
        }
        flips.push(next.getTime());
        now = next.getTime();
        next = nextSlaChange(computeSlaStatus({ ...ticket, now: next }), next);
      }

      expect(flips.map((ms) => new Date(ms))).toEqual([
        at('2026-03-09T10:00:00.001-04:00'),
        at('2026-03-09T11:00-04:00'),
      ]);
    });
  });

  describe('long targets', () => {
    it('moves a weekly business-hours target by the paused time across Golden Week', () => {
      const ticket = buildSlaInput({
        targets: DEFAULT_PLAN_TARGETS[SupportPlan.PREMIER_PLUS],
        initialSeverity: 4,
        supportReplies: replies('2026-04-27T10:00+09:00'),
        stateChanges: [
          bySupport(S.WAITING_FOR_CUSTOMER, '2026-04-28T10:00+09:00'),
          byOthers(S.INVESTIGATING, '2026-04-30T10:00+09:00'),
        ],
        now: at('2026-05-01T10:00+09:00'),
      });
      expect(computeSlaStatus(ticket).dueAt).toEqual(at('2026-05-11T10:00+09:00'));
    });
  });
});
