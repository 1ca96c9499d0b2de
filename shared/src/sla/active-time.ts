import type { PreparedCalendar } from './calendar';
import type { ClockRun, Span } from './clock-run';
import type { SlaClock } from './plans';
import { addWorkingMs, workingMsBetween } from './working-time';

/**
 * The spans in which a clock counts: from its start, between its pauses,
 * until the pause or stop in progress. The last span is open (`to` null)
 * when the clock runs now.
 */
export function activeSpans(run: ClockRun): Span[] {
  const spans: Span[] = [];
  let from = run.startedAt;
  for (const pause of run.pauses) {
    spans.push({ from, to: pause.from });
    from = pause.to;
  }

  spans.push({ from, to: run.pausedSince ?? run.stoppedSince });
  return spans;
}

/** Clock time counted in `spans` up to `nowMs`. */
export function countedMs(
  spans: readonly Span[],
  nowMs: number,
  calendar: PreparedCalendar,
  clock: SlaClock,
): number {
  let total = 0;
  for (const span of spans) {
    const to = Math.min(span.to ?? nowMs, nowMs);
    if (to > span.from) total += workingMsBetween(span.from, to, calendar, clock);
  }
  return total;
}

/**
 * The earliest instant at which `spans` have counted `amountMs` of clock
 * time, or null when they end before that (the clock is paused or stopped).
 */
export function instantWhenCounted(
  spans: readonly Span[],
  amountMs: number,
  calendar: PreparedCalendar,
  clock: SlaClock,
): number | null {
  let left = amountMs;
  for (const span of spans) {
    if (span.to === null) return addWorkingMs(span.from, left, calendar, clock);

    const counted = Math.max(0, workingMsBetween(span.from, span.to, calendar, clock));
    if (left <= counted) return addWorkingMs(span.from, left, calendar, clock);
    left -= counted;
  }
  return null;
}
