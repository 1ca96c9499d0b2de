import { TicketState } from '../enums';
import type { SlaInput, SlaTargetKind } from './types';

/** A span of time in epoch milliseconds; `to` null runs on. */
export interface Span {
  from: number;
  to: number | null;
}

/** A finished span of time in epoch milliseconds. */
export interface Interval {
  from: number;
  to: number;
}

/** The clock that runs now, replayed from the history. Times in epoch ms. */
export interface ClockRun {
  kind: SlaTargetKind;
  startedAt: number;
  /** Finished pauses since `startedAt`. */
  pauses: Interval[];
  /** Start of the pause in progress, if any. */
  pausedSince: number | null;
  /** Start of the stop in progress (RESOLVED or CLOSED), if any. */
  stoppedSince: number | null;
}

/** States in which the ticket waits on the customer: the clock pauses. */
export const PAUSING_STATES: readonly TicketState[] = [
  TicketState.WAITING_FOR_CUSTOMER,
  TicketState.SOLUTION_PROPOSED,
];

/** States in which the ticket is done: the clock stops. */
export const STOPPING_STATES: readonly TicketState[] = [TicketState.RESOLVED, TicketState.CLOSED];

type HistoryEvent =
  | { at: number; kind: 'STATE'; to: TicketState; bySupport: boolean }
  | { at: number; kind: 'REPLY' };

function startRun(kind: SlaTargetKind, at: number, state: TicketState): ClockRun {
  return {
    kind,
    startedAt: at,
    pauses: [],
    pausedSince: PAUSING_STATES.includes(state) ? at : null,
    stoppedSince: STOPPING_STATES.includes(state) ? at : null,
  };
}

function enterState(run: ClockRun, state: TicketState, at: number): ClockRun {
  const paused = PAUSING_STATES.includes(state);
  const stopped = STOPPING_STATES.includes(state);
  const pauses =
    run.pausedSince !== null && !paused
      ? [...run.pauses, { from: run.pausedSince, to: at }]
      : run.pauses;

  return {
    ...run,
    pauses,
    pausedSince: paused ? (run.pausedSince ?? at) : null,
    stoppedSince: stopped ? (run.stoppedSince ?? at) : null,
  };
}

function changeState(
  run: ClockRun,
  from: TicketState,
  to: TicketState,
  at: number,
  bySupport: boolean,
): ClockRun {
  if (run.kind === 'FIRST_RESPONSE' && bySupport) return startRun('UPDATE', at, to);

  const reopened = STOPPING_STATES.includes(from) && !STOPPING_STATES.includes(to);
  if (reopened && run.kind === 'UPDATE') return startRun('UPDATE', at, to);
  if (reopened) {
    // Still unanswered: the first-response clock goes on, the time spent
    // resolved or closed not counted, like a pause.
    const stop = { from: run.stoppedSince ?? at, to: at };
    return enterState({ ...run, pauses: [...run.pauses, stop], stoppedSince: null }, to, at);
  }
  return enterState(run, to, at);
}

/**
 * Replays the history up to `now` into the clock that runs now:
 * - creation starts the first-response clock;
 * - support's first public reply, or first state change, answers it and
 *   starts the update clock;
 * - each public reply by support restarts the update clock;
 * - WAITING_FOR_CUSTOMER and SOLUTION_PROPOSED pause the clock, leaving them
 *   resumes it (a rejected solution resumes, it does not restart);
 * - RESOLVED and CLOSED stop it; leaving them (a reopen) restarts the update
 *   clock at the reopen.
 * Events at the same instant apply state changes first, then replies.
 */
export function replayClock(input: SlaInput): ClockRun {
  const now = input.now.getTime();
  const events: HistoryEvent[] = [
    ...input.stateChanges.map((change): HistoryEvent => ({
      ...change,
      at: change.at.getTime(),
      kind: 'STATE',
    })),
    ...input.supportReplies.map((reply): HistoryEvent => ({
      at: reply.at.getTime(),
      kind: 'REPLY',
    })),
  ]
    .filter((event) => event.at <= now)
    .sort((a, b) => a.at - b.at);

  let state = TicketState.NEW;
  let run = startRun('FIRST_RESPONSE', input.createdAt.getTime(), state);
  for (const event of events) {
    if (event.kind === 'REPLY') {
      run = startRun('UPDATE', event.at, state);
    } else {
      run = changeState(run, state, event.to, event.at, event.bySupport);
      state = event.to;
    }
  }
  return run;
}
