import { SupportPlan, TicketState } from '../enums';
import { defaultCalendar } from './calendar';
import { computeSlaStatus } from './engine';
import { DEFAULT_PLAN_TARGETS } from './plans';
import type { SlaInput, SlaStateChange, SlaStatus, SlaSupportReply } from './types';

// Builders for the engine's tests; sla/index.ts does not export them.

/** Milliseconds in a minute, for expected `remainingMs` values. */
export const MINUTE = 60_000;

/** An instant from ISO text with its offset, e.g. `2026-06-01T10:00+09:00`. */
export const at = (iso: string): Date => new Date(iso);

/**
 * A Standard-plan severity-1 ticket created Monday 2026-06-01 10:00 in
 * Tokyo with no history, seen at creation; `overrides` replace fields.
 */
export function buildSlaInput(overrides: Partial<SlaInput> = {}): SlaInput {
  return {
    createdAt: at('2026-06-01T10:00+09:00'),
    initialSeverity: 1,
    severityChanges: [],
    stateChanges: [],
    supportReplies: [],
    targets: DEFAULT_PLAN_TARGETS[SupportPlan.STANDARD],
    calendar: defaultCalendar(),
    now: at('2026-06-01T10:00+09:00'),
    ...overrides,
  };
}

/** A state change made by support. */
export const bySupport = (to: TicketState, iso: string): SlaStateChange => ({
  at: at(iso),
  to,
  bySupport: true,
});

/** A state change made by someone else (the customer, a team). */
export const byOthers = (to: TicketState, iso: string): SlaStateChange => ({
  at: at(iso),
  to,
  bySupport: false,
});

/** Public replies by support at these instants. */
export const replies = (...isos: string[]): SlaSupportReply[] =>
  isos.map((iso) => ({ at: at(iso) }));

/** The status of the ticket at another instant. */
export function statusAt(input: SlaInput, iso: string): SlaStatus {
  return computeSlaStatus({ ...input, now: at(iso) });
}
