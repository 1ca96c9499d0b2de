/**
 * The change load: agents' mutations over HTTP at a fixed rate (open loop:
 * a slow answer does not slow the schedule), round-robin over the tickets
 * and the server processes. One change in flight per ticket, so stated
 * versions match.
 */
import { performance } from 'node:perf_hooks';
import { Histogram } from './realtime-histogram';
import { cookieOf, ticketNumber, type SeedUser } from './realtime-plan';

/** What the load did. */
export interface LoadResult {
  sent: number;
  ok: number;
  failed: number;
  /** Slots dropped because every ticket was busy or too many requests were in flight. */
  skipped: number;
  /** Requests still without an answer after the settle wait. */
  unanswered: number;
  errors: Record<string, number>;
  /** Mutation round trips, ms. */
  response: Histogram;
  /** From the change's `at` (its updatedAt or createdAt) to the response's arrival, ms. */
  atToResponse: Histogram;
  seconds: number;
}

const MAX_IN_FLIGHT = 200;

const SET_PLANNED = `mutation($n: String!, $v: Int!, $r: String) {
  setPlannedAvailability(input: { number: $n, release: $r, expectedVersion: $v }) { version updatedAt } }`;
const ASSIGN = `mutation($n: String!, $v: Int!, $a: ID) {
  assignTicket(input: { number: $n, assigneeId: $a, expectedVersion: $v }) { version updatedAt } }`;
const COMMENT = `mutation($n: String!, $b: String!, $i: Boolean!) {
  addComment(input: { number: $n, body: $b, internal: $i }) { id createdAt } }`;

interface GraphqlAnswer {
  data?: Record<string, { version?: number; updatedAt?: string; createdAt?: string } | null>;
  errors?: Array<{ extensions?: { code?: string; currentVersion?: number } }>;
}

/** The mutation of slot `slot`: 40% planned availability, 30% assignment, 30% comments (a third internal). */
function mutationFor(slot: number, ticketId: number, version: number, mutators: SeedUser[]) {
  const number = ticketNumber(ticketId);
  const kind = slot % 10;
  if (kind < 4)
    return { query: SET_PLANNED, variables: { n: number, v: version, r: `2027.${slot}` } };
  if (kind < 7) {
    return {
      query: ASSIGN,
      variables: { n: number, v: version, a: String(mutators[slot % mutators.length].id) },
    };
  }
  return { query: COMMENT, variables: { n: number, b: `Update ${slot}`, i: kind === 9 } };
}

/**
 * Sends `rate` changes a second for `seconds`, then waits for the ones in
 * flight. Resolves with counts and round-trip times; never rejects.
 */
export async function driveChanges(options: {
  urls: string[];
  mutators: SeedUser[];
  tickets: number;
  rate: number;
  seconds: number;
  /** Longest wait for the answers still out when the schedule ends. */
  settleSeconds: number;
}): Promise<LoadResult> {
  const result: LoadResult = {
    sent: 0,
    ok: 0,
    failed: 0,
    skipped: 0,
    unanswered: 0,
    errors: {},
    response: new Histogram(),
    atToResponse: new Histogram(),
    seconds: 0,
  };
  const versions = new Map<number, number>();
  const busy = new Set<number>();
  const inFlight = new Set<Promise<void>>();
  let cursor = 0;
  const pickTicket = (): number | null => {
    for (let tried = 0; tried < options.tickets; tried += 1) {
      const id = (cursor % options.tickets) + 1;
      cursor += 1;
      if (!busy.has(id)) return id;
    }
    return null;
  };
  const fail = (code: string) => {
    result.failed += 1;
    result.errors[code] = (result.errors[code] ?? 0) + 1;
  };

  let counting = true;
  const change = async (slot: number, ticketId: number) => {
    const mutator = options.mutators[slot % options.mutators.length];
    const body = mutationFor(slot, ticketId, versions.get(ticketId) ?? 1, options.mutators);
    const started = performance.now();
    try {
      const response = await fetch(`${options.urls[slot % options.urls.length]}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookieOf(mutator) },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as GraphqlAnswer;
      if (!counting) return;
      result.response.record(performance.now() - started);
      const error = answer.errors?.[0];
      if (error) {
        if (error.extensions?.currentVersion)
          versions.set(ticketId, error.extensions.currentVersion);
        fail(error.extensions?.code ?? 'UNKNOWN');
        return;
      }
      const changed = Object.values(answer.data ?? {})[0];
      if (changed?.version) versions.set(ticketId, changed.version);
      const at = changed?.updatedAt ?? changed?.createdAt;
      if (at)
        result.atToResponse.record(performance.timeOrigin + performance.now() - Date.parse(at));
      result.ok += 1;
    } catch (error) {
      if (counting) fail(error instanceof Error ? error.message : 'network');
    }
  };

  const total = Math.round(options.rate * options.seconds);
  const start = performance.now();
  for (let slot = 0; slot < total; slot += 1) {
    const due = start + (slot * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const ticketId = inFlight.size < MAX_IN_FLIGHT ? pickTicket() : null;
    if (ticketId === null) {
      result.skipped += 1;
      continue;
    }
    busy.add(ticketId);
    result.sent += 1;
    const running: Promise<void> = change(slot, ticketId).finally(() => {
      busy.delete(ticketId);
      inFlight.delete(running);
    });
    inFlight.add(running);
  }
  result.seconds = (performance.now() - start) / 1000;
  const settled = await Promise.race([
    Promise.all(inFlight).then(() => true),
    new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(false), options.settleSeconds * 1000),
    ),
  ]);
  // Answers after this are not counted.
  counting = false;
  return { ...result, errors: { ...result.errors }, unanswered: settled ? 0 : inFlight.size };
}
