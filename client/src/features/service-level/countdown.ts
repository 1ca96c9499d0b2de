import { workingMinutesBetween, type BusinessCalendar, type SlaClock } from '@support/shared';
import type { ServiceLevelFieldsFragment } from '../../gql/graphql';

/** What a count-down shows. */
export type CountdownStatus = 'running' | 'atRisk' | 'breached' | 'paused' | 'stopped';

/** A ticket's service-level clock at one instant. */
export interface Countdown {
  status: CountdownStatus;
  /** The target measured: first response or the next update; null when unknown. */
  targetKind: 'FIRST_RESPONSE' | 'UPDATE' | null;
  clock: SlaClock;
  /**
   * Target time left on the clock, in milliseconds: business time for
   * business-hours targets (it does not move at night, at weekends or on
   * holidays), wall-clock time for 24x7 ones; negative once overdue. Null
   * while paused or stopped, or when the business calendar is not known.
   */
  remainingMs: number | null;
  /** When the target falls due, while it runs. */
  dueAt: Date | null;
}

/** The two clocks of shared/sla; anything else is read as 24x7. */
export function toClock(value: string | null): SlaClock {
  return value === 'BUSINESS_HOURS' ? 'BUSINESS_HOURS' : 'ALWAYS';
}

function targetKindOf(value: string | null): Countdown['targetKind'] {
  return value === 'FIRST_RESPONSE' || value === 'UPDATE' ? value : null;
}

/**
 * Counts a ticket's service level down at `now`, without the server: time
 * left is the clock time between now and `dueAt` (the shared engine's
 * `workingMinutesBetween` on the organisation's calendar for business-hours
 * targets). At risk from the server's `atRiskAt` instant, breached when the
 * server says so or no time is left. A business-hours target without its
 * calendar keeps its status but has no figure (`remainingMs` null).
 */
export function countDown(
  level: ServiceLevelFieldsFragment,
  calendar: BusinessCalendar | null,
  now: number,
): Countdown {
  const clock = toClock(level.clock);
  const targetKind = targetKindOf(level.targetKind);
  const dueAt = level.dueAt ? new Date(level.dueAt) : null;
  const base = { targetKind, clock, dueAt: null, remainingMs: null };
  if (level.phase === 'STOPPED') return { ...base, status: 'stopped' };
  if (level.phase === 'PAUSED' || !dueAt) return { ...base, status: 'paused' };

  let remainingMs: number | null = dueAt.getTime() - now;
  if (clock === 'BUSINESS_HOURS') {
    remainingMs = calendar
      ? Math.round(workingMinutesBetween(new Date(now), dueAt, calendar, clock) * 60_000)
      : null;
  }

  const overdue = dueAt.getTime() <= now;
  const breached = level.breached || overdue;
  const atRisk = !breached && level.atRiskAt !== null && Date.parse(level.atRiskAt) <= now;
  const status: CountdownStatus = breached ? 'breached' : atRisk ? 'atRisk' : 'running';
  return { targetKind, clock, dueAt, remainingMs, status };
}
