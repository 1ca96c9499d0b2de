import { TicketState } from '../enums';
import { at, buildSlaInput, byOthers, bySupport, MINUTE, replies, statusAt } from './fixtures';
import type { SlaStatus } from './types';

const S = TicketState;

describe('service-level engine', () => {
  describe('first response', () => {
    it('starts at creation with the severity target', () => {
      const status = statusAt(buildSlaInput(), '2026-06-01T10:20+09:00');

      expect(status).toEqual({
        phase: 'FIRST_RESPONSE',
        target: { kind: 'FIRST_RESPONSE', minutes: 60, clock: 'ALWAYS' },
        startedAt: at('2026-06-01T10:00+09:00'),
        dueAt: at('2026-06-01T11:00+09:00'),
        atRiskAt: at('2026-06-01T10:45:00.001+09:00'),
        pausedMinutes: 0,
        remainingMs: 40 * MINUTE,
        atRisk: false,
        breached: false,
        breachedAt: null,
      });
    });

    it('is answered by a public reply, which starts the update clock', () => {
      const input = buildSlaInput({ supportReplies: replies('2026-06-01T10:30+09:00') });

      expect(statusAt(input, '2026-06-01T11:30+09:00')).toMatchObject({
        phase: 'UPDATE',
        target: { kind: 'UPDATE', minutes: 240, clock: 'ALWAYS' },
        startedAt: at('2026-06-01T10:30+09:00'),
        dueAt: at('2026-06-01T14:30+09:00'),
        breached: false,
      });
    });

    it('is answered by a state change by support', () => {
      const input = buildSlaInput({
        stateChanges: [bySupport(S.INVESTIGATING, '2026-06-01T10:10+09:00')],
      });

      expect(statusAt(input, '2026-06-01T10:20+09:00')).toMatchObject({
        phase: 'UPDATE',
        startedAt: at('2026-06-01T10:10+09:00'),
        dueAt: at('2026-06-01T14:10+09:00'),
      });
    });

    it('is answered by a request for details, whose wait then pauses the update clock', () => {
      const input = buildSlaInput({
        stateChanges: [bySupport(S.WAITING_FOR_CUSTOMER, '2026-06-01T10:10+09:00')],
      });

      expect(statusAt(input, '2026-06-01T12:00+09:00')).toMatchObject({
        phase: 'PAUSED',
        target: { kind: 'UPDATE' },
        startedAt: at('2026-06-01T10:10+09:00'),
        pausedMinutes: 110,
        remainingMs: 240 * MINUTE,
      });
    });

    it('is not answered by a state change by someone else', () => {
      const input = buildSlaInput({
        stateChanges: [byOthers(S.INVESTIGATING, '2026-06-01T10:10+09:00')],
      });

      expect(statusAt(input, '2026-06-01T10:20+09:00')).toMatchObject({
        phase: 'FIRST_RESPONSE',
        dueAt: at('2026-06-01T11:00+09:00'),
      });
    });

    it('stops when the customer withdraws the ticket', () => {
      const input = buildSlaInput({ stateChanges: [byOthers(S.CLOSED, '2026-06-01T10:10+09:00')] });

      expect(statusAt(input, '2026-06-01T12:00+09:00')).toMatchObject({
        phase: 'STOPPED',
        target: { kind: 'FIRST_RESPONSE' },
        dueAt: null,
        atRiskAt: null,
        remainingMs: null,
        atRisk: false,
        breached: false,
      });
    });

    it('goes on after a reopen if still unanswered, the closed time not counted', () => {
      const input = buildSlaInput({
        stateChanges: [
          byOthers(S.RESOLVED, '2026-06-01T10:10+09:00'),
          byOthers(S.INVESTIGATING, '2026-06-01T10:40+09:00'),
        ],
      });

      expect(statusAt(input, '2026-06-01T10:50+09:00')).toMatchObject({
        phase: 'FIRST_RESPONSE',
        pausedMinutes: 30,
        dueAt: at('2026-06-01T11:30+09:00'),
      });
    });
  });

  describe('update clock', () => {
    it('restarts at each public reply by support', () => {
      const input = buildSlaInput({
        supportReplies: replies(
          '2026-06-01T16:00+09:00',
          '2026-06-01T10:30+09:00',
          '2026-06-01T13:00+09:00',
        ),
      });

      expect(statusAt(input, '2026-06-01T17:00+09:00')).toMatchObject({
        startedAt: at('2026-06-01T16:00+09:00'),
        dueAt: at('2026-06-01T20:00+09:00'),
      });
    });

    it('does not restart at a state change without a reply', () => {
      const input = buildSlaInput({
        supportReplies: replies('2026-06-01T10:30+09:00'),
        stateChanges: [
          bySupport(S.INVESTIGATING, '2026-06-01T11:00+09:00'),
          bySupport(S.WITH_DEVELOPMENT, '2026-06-01T12:00+09:00'),
        ],
      });

      expect(statusAt(input, '2026-06-01T12:30+09:00')).toMatchObject({
        phase: 'UPDATE',
        startedAt: at('2026-06-01T10:30+09:00'),
        dueAt: at('2026-06-01T14:30+09:00'),
      });
    });

    it('ignores history after now', () => {
      const input = buildSlaInput({ supportReplies: replies('2026-06-01T10:30+09:00') });

      expect(statusAt(input, '2026-06-01T10:29+09:00').phase).toBe('FIRST_RESPONSE');
    });
  });

  describe('pauses', () => {
    const waiting = buildSlaInput({
      supportReplies: replies('2026-06-01T10:30+09:00'),
      stateChanges: [
        bySupport(S.WAITING_FOR_CUSTOMER, '2026-06-01T11:30+09:00'),
        byOthers(S.INVESTIGATING, '2026-06-01T14:00+09:00'),
      ],
    });

    it.each<[string, Partial<SlaStatus>]>([
      [
        '2026-06-01T13:00+09:00',
        {
          phase: 'PAUSED',
          dueAt: null,
          atRiskAt: null,
          pausedMinutes: 90,
          remainingMs: 180 * MINUTE,
        },
      ],
      [
        '2026-06-01T15:00+09:00',
        {
          phase: 'UPDATE',
          dueAt: at('2026-06-01T17:00+09:00'),
          pausedMinutes: 150,
          remainingMs: 120 * MINUTE,
        },
      ],
    ])('waiting on the customer: at %s', (now, expected) => {
      expect(statusAt(waiting, now)).toMatchObject(expected);
    });

    it('pauses on a proposed solution and resumes, not restarts, on a rejection', () => {
      const input = buildSlaInput({
        supportReplies: replies('2026-06-01T10:30+09:00'),
        stateChanges: [
          bySupport(S.INVESTIGATING, '2026-06-01T10:30+09:00'),
          bySupport(S.SOLUTION_PROPOSED, '2026-06-01T11:30+09:00'),
          byOthers(S.INVESTIGATING, '2026-06-02T11:30+09:00'),
        ],
      });

      expect(statusAt(input, '2026-06-02T11:00+09:00').phase).toBe('PAUSED');
      expect(statusAt(input, '2026-06-02T12:00+09:00')).toMatchObject({
        phase: 'UPDATE',
        startedAt: at('2026-06-01T10:30+09:00'),
        pausedMinutes: 24 * 60,
        dueAt: at('2026-06-02T14:30+09:00'),
      });
    });

    it('counts only business time paused for a business-hours target', () => {
      const input = buildSlaInput({
        initialSeverity: 3,
        createdAt: at('2026-06-05T09:30+09:00'),
        supportReplies: replies('2026-06-05T10:00+09:00'),
        stateChanges: [
          bySupport(S.WAITING_FOR_CUSTOMER, '2026-06-05T15:00+09:00'),
          byOthers(S.INVESTIGATING, '2026-06-08T11:00+09:00'),
        ],
      });

      expect(statusAt(input, '2026-06-08T12:00+09:00')).toMatchObject({
        phase: 'UPDATE',
        target: { kind: 'UPDATE', minutes: 1620, clock: 'BUSINESS_HOURS' },
        pausedMinutes: 300,
        remainingMs: (1620 - 300 - 60) * MINUTE,
        dueAt: at('2026-06-10T15:00+09:00'),
      });
    });

    it('starts a clock paused when a reply and a pause come at the same instant', () => {
      const input = buildSlaInput({
        supportReplies: replies('2026-06-01T11:00+09:00'),
        stateChanges: [
          bySupport(S.INVESTIGATING, '2026-06-01T10:30+09:00'),
          bySupport(S.SOLUTION_PROPOSED, '2026-06-01T11:00+09:00'),
        ],
      });

      expect(statusAt(input, '2026-06-01T12:00+09:00')).toMatchObject({
        phase: 'PAUSED',
        startedAt: at('2026-06-01T11:00+09:00'),
        pausedMinutes: 60,
        remainingMs: 240 * MINUTE,
      });
    });

    it('keeps a breach that happened before the pause', () => {
      const input = buildSlaInput({
        supportReplies: replies('2026-06-01T10:30+09:00'),
        stateChanges: [bySupport(S.WAITING_FOR_CUSTOMER, '2026-06-01T15:00+09:00')],
      });

      expect(statusAt(input, '2026-06-01T16:00+09:00')).toMatchObject({
        phase: 'PAUSED',
        dueAt: null,
        remainingMs: -30 * MINUTE,
        atRisk: false,
        breached: true,
        breachedAt: at('2026-06-01T14:30+09:00'),
      });
    });
  });

  describe('stop and reopen', () => {
    const resolved = buildSlaInput({
      supportReplies: replies('2026-06-01T10:30+09:00', '2026-06-01T11:00+09:00'),
      stateChanges: [
        bySupport(S.INVESTIGATING, '2026-06-01T10:30+09:00'),
        bySupport(S.SOLUTION_PROPOSED, '2026-06-01T11:00+09:00'),
        byOthers(S.RESOLVED, '2026-06-01T12:00+09:00'),
        byOthers(S.INVESTIGATING, '2026-06-02T15:00+09:00'),
      ],
    });

    it('stops when resolved', () => {
      expect(statusAt(resolved, '2026-06-02T13:00+09:00')).toEqual({
        phase: 'STOPPED',
        target: { kind: 'UPDATE', minutes: 240, clock: 'ALWAYS' },
        startedAt: at('2026-06-01T11:00+09:00'),
        dueAt: null,
        atRiskAt: null,
        pausedMinutes: 60,
        remainingMs: null,
        atRisk: false,
        breached: false,
        breachedAt: null,
      });
    });

    it('restarts the update clock at a reopen', () => {
      expect(statusAt(resolved, '2026-06-02T16:00+09:00')).toMatchObject({
        phase: 'UPDATE',
        startedAt: at('2026-06-02T15:00+09:00'),
        pausedMinutes: 0,
        dueAt: at('2026-06-02T19:00+09:00'),
      });
    });

    it('starts no clock at a reply while resolved', () => {
      const input = { ...resolved, supportReplies: replies('2026-06-02T09:00+09:00') };

      expect(statusAt(input, '2026-06-02T10:00+09:00').phase).toBe('STOPPED');
    });

    it('remembers a breach that happened before the stop', () => {
      const input = buildSlaInput({ stateChanges: [byOthers(S.CLOSED, '2026-06-01T12:00+09:00')] });

      expect(statusAt(input, '2026-06-01T13:00+09:00')).toMatchObject({
        phase: 'STOPPED',
        breached: true,
        breachedAt: at('2026-06-01T11:00+09:00'),
      });
    });
  });
});
