import { TicketEventKind } from '@support/shared';
import { Database } from '../../../src/core/database/database';
import { databaseTarget } from '../../../src/core/database/data-source';
import type { TestDatabase } from '../../support/test-database';
import type { MutationOutcome } from './burst';
import type { DeliveredEvent } from './resuming-subscriber';

/** What the database committed after a cursor: the truth the tests compare with. */
export interface Ledger {
  /** Outbox rows after the cursor, ascending. */
  events: Array<{ sequence: string; kind: string; commentId: number | null }>;
  /** Comments on the burst's tickets, by id. */
  comments: Map<number, string>;
}

/**
 * Reads the outbox and the comments straight from the database, through a
 * connection of its own (the server under test may be dead, or another
 * process).
 */
export async function readLedger(database: TestDatabase, after: string): Promise<Ledger> {
  const db = await Database.open(databaseTarget(database.databaseUrl, database.dataDir));
  try {
    const events: Array<{ sequence: string | number; kind: string; commentId: unknown }> =
      await db.reader.query(
        'SELECT sequence, kind, commentId FROM ticket_event WHERE sequence > ? ORDER BY sequence',
        [after],
      );
    const comments: Array<{ id: number; body: string }> = await db.reader.query(
      'SELECT id, body FROM ticket_comment',
    );
    return {
      events: events.map((row) => ({
        sequence: String(row.sequence),
        kind: row.kind,
        commentId: row.commentId === null ? null : Number(row.commentId),
      })),
      comments: new Map(comments.map((row) => [Number(row.id), row.body])),
    };
  } finally {
    await db.close();
  }
}

/** The newest committed sequence in the ledger ('0' when empty). */
export function lastSequence(ledger: Ledger): string {
  return ledger.events.at(-1)?.sequence ?? '0';
}

/**
 * The subscriber received every committed event exactly once, in commit
 * order, with the right comment: its sequences are the outbox's, no more,
 * no fewer, no repeats.
 */
export function expectDeliveredExactlyOnce(delivered: DeliveredEvent[], ledger: Ledger): void {
  expect(delivered.map((event) => event.sequence)).toEqual(
    ledger.events.map((event) => event.sequence),
  );
  ledger.events.forEach((event, position) => {
    expect(delivered[position].kind).toBe(event.kind);
    const body = event.commentId === null ? null : ledger.comments.get(event.commentId);
    expect(delivered[position].body).toBe(body ?? null);
  });
}

/**
 * Nothing half-done. Each burst comment has exactly one COMMENT_ADDED event
 * and each such event its comment; each successful mutation committed
 * exactly once; a failed one at most once (it may have committed with its
 * response lost, and then its event exists like any other); no comment
 * comes from nowhere. Returns how many failed mutations committed anyway.
 */
export function expectNoHalfWrites(
  outcomes: MutationOutcome[],
  ledger: Ledger,
  label: string,
): { failedButCommitted: number } {
  const problems: string[] = [];
  const eventsPerComment = new Map<number, number>();
  for (const event of ledger.events) {
    if (event.kind !== TicketEventKind.COMMENT_ADDED) continue;
    const id = event.commentId ?? -1;
    if (!ledger.comments.has(id)) problems.push(`event ${event.sequence} has no comment ${id}`);
    eventsPerComment.set(id, (eventsPerComment.get(id) ?? 0) + 1);
  }
  const copies = new Map<string, number>();
  for (const [id, body] of ledger.comments) {
    if (!body.startsWith(`${label} `)) continue;
    copies.set(body, (copies.get(body) ?? 0) + 1);
    const events = eventsPerComment.get(id) ?? 0;
    if (events !== 1) problems.push(`comment "${body}" has ${events} events`);
  }
  const sent = new Set(outcomes.map((outcome) => outcome.body));
  for (const body of copies.keys()) {
    if (!sent.has(body)) problems.push(`comment "${body}" was never sent`);
  }
  let failedButCommitted = 0;
  for (const outcome of outcomes) {
    const committed = copies.get(outcome.body) ?? 0;
    if (outcome.status === 'ok' && committed !== 1) {
      problems.push(`"${outcome.body}" succeeded but committed ${committed} times`);
    }
    if (outcome.status !== 'ok' && committed > 1) {
      problems.push(`"${outcome.body}" failed but committed ${committed} times`);
    }
    if (outcome.status !== 'ok' && committed === 1) failedButCommitted += 1;
  }
  expect(problems).toEqual([]);
  return { failedButCommitted };
}
