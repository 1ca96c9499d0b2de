import type { Severity } from '../severity';
import { activeSpans, countedMs, instantWhenCounted } from './active-time';
import { prepareCalendar } from './calendar';
import { replayClock } from './clock-run';
import { MINUTE_MS } from './time-zone';
import { workingMsBetween } from './working-time';
import type { SlaInput, SlaStatus, SlaTarget } from './types';

/** Share of the target below which a ticket is at risk (sla.md: 25%). */
export const AT_RISK_SHARE = 0.25;

function severityAt(input: SlaInput): Severity {
  const now = input.now.getTime();
  const changes = input.severityChanges
    .filter((change) => change.at.getTime() <= now)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return changes.length > 0 ? changes[changes.length - 1].severity : input.initialSeverity;
}

const toDate = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

/**
 * The service-level state of a ticket at `input.now`, from its history (the
 * clock rules are those of `replayClock`).
 *
 * The target always comes from the severity in force at `now`, applied to
 * the whole of the running clock: a severity change recomputes the
 * first-response target from creation, and the update target from the
 * clock's last restart, with the new minutes and the new clock (paused time
 * is counted on that clock too). Raising the severity can therefore make a
 * ticket breached at once, with `breachedAt` before the change; lowering it
 * can lift a breach.
 *
 * Pauses push `dueAt` later by the clock time they last. A target used up
 * before a pause stays breached through the pause and after it.
 * Throws RangeError for a calendar that `prepareCalendar` refuses.
 */
export function computeSlaStatus(input: SlaInput): SlaStatus {
  const now = input.now.getTime();
  const calendar = prepareCalendar(input.calendar);
  const run = replayClock(input);
  const service = input.targets[severityAt(input)];
  const minutes =
    run.kind === 'FIRST_RESPONSE' ? service.firstResponseMinutes : service.updateMinutes;
  const target: SlaTarget = { kind: run.kind, minutes, clock: service.clock };

  const targetMs = Math.round(minutes * MINUTE_MS);
  const riskMs = targetMs - Math.round(targetMs * AT_RISK_SHARE);
  const spans = activeSpans(run);
  const remainingMs = targetMs - countedMs(spans, now, calendar, service.clock);
  const breached = remainingMs <= 0;

  const pauses = [...run.pauses];
  if (run.pausedSince !== null) pauses.push({ from: run.pausedSince, to: now });
  const pausedMs = pauses.reduce(
    (sum, pause) =>
      sum + Math.max(0, workingMsBetween(pause.from, pause.to, calendar, service.clock)),
    0,
  );

  const stopped = run.stoppedSince !== null;
  const paused = run.pausedSince !== null;
  const running = !stopped && !paused;
  const instantOf = (amountMs: number): Date | null =>
    toDate(instantWhenCounted(spans, amountMs, calendar, service.clock));

  return {
    phase: stopped ? 'STOPPED' : paused ? 'PAUSED' : run.kind,
    target,
    startedAt: new Date(run.startedAt),
    dueAt: running ? instantOf(targetMs) : null,
    atRiskAt: running ? instantOf(riskMs + 1) : null,
    pausedMinutes: pausedMs / MINUTE_MS,
    remainingMs: stopped ? null : remainingMs,
    atRisk: !stopped && !breached && remainingMs < targetMs - riskMs,
    breached,
    breachedAt: breached ? instantOf(targetMs) : null,
  };
}

/**
 * The next instant after `now` at which the status's `atRisk` or `breached`
 * flips (its `atRiskAt`, then its `dueAt`), or null when none will while the
 * history stays as it is (paused, stopped or already breached). The server's
 * scheduler wakes then and recomputes the status.
 */
export function nextSlaChange(status: SlaStatus, now: Date): Date | null {
  const candidates = [status.atRiskAt, status.dueAt];
  return candidates.find((instant) => instant !== null && instant > now) ?? null;
}
