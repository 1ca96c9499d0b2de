import type { TicketState } from '../enums';
import type { Severity } from '../severity';
import type { BusinessCalendar } from './calendar';
import type { PlanTargets, SlaClock } from './plans';

/** A severity change in a ticket's history. */
export interface SlaSeverityChange {
  at: Date;
  /** The severity from `at` on. */
  severity: Severity;
}

/** A state change in a ticket's history. */
export interface SlaStateChange {
  at: Date;
  /** The state entered. The state before the first change is NEW. */
  to: TicketState;
  /**
   * True when support (an engineer or admin) made the change: only then can
   * it be the first response. Customer and team moves pass false.
   */
  bySupport: boolean;
}

/** A public reply by support. Internal notes and customer comments are not passed. */
export interface SlaSupportReply {
  at: Date;
}

/**
 * A ticket's history as the service-level engine needs it. Lists may come
 * in any order; entries after `now` are ignored, so a status can be
 * computed for any past instant.
 */
export interface SlaInput {
  createdAt: Date;
  /** The severity at creation. */
  initialSeverity: Severity;
  severityChanges: readonly SlaSeverityChange[];
  stateChanges: readonly SlaStateChange[];
  supportReplies: readonly SlaSupportReply[];
  /** The organisation plan's targets. */
  targets: PlanTargets;
  /** The organisation's business hours, for targets on the business clock. */
  calendar: BusinessCalendar;
  /** The instant the status is computed for. */
  now: Date;
}

/** Which target a clock measures. */
export type SlaTargetKind = 'FIRST_RESPONSE' | 'UPDATE';

/** The target a clock measures, for the ticket's current severity. */
export interface SlaTarget {
  kind: SlaTargetKind;
  minutes: number;
  clock: SlaClock;
}

/**
 * What the clock is doing: counting towards the first response or the next
 * update, paused while the ticket waits on the customer, or stopped while
 * it is resolved or closed.
 */
export type SlaPhase = SlaTargetKind | 'PAUSED' | 'STOPPED';

/** The service-level state of a ticket at `now`. */
export interface SlaStatus {
  phase: SlaPhase;
  /** The target of the current (or, when stopped, the last) clock. */
  target: SlaTarget;
  /** When that clock started: creation, the last support reply, or a reopen. */
  startedAt: Date;
  /** When the target falls due; null while paused or stopped. */
  dueAt: Date | null;
  /**
   * First instant at which less than 25% of the target is left
   * (millisecond resolution); null while paused or stopped.
   */
  atRiskAt: Date | null;
  /** Clock minutes spent paused since `startedAt`; they do not count. */
  pausedMinutes: number;
  /**
   * Target time left, counted on the target's clock (business milliseconds
   * for business-hours targets, not the time until `dueAt`); negative once
   * breached; frozen while paused; null when stopped.
   */
  remainingMs: number | null;
  /** Less than 25% of the target left, not yet breached (never when stopped). */
  atRisk: boolean;
  /** No target time left (kept when the clock later pauses or stops). */
  breached: boolean;
  /** The instant the target fell due, when breached. */
  breachedAt: Date | null;
}
