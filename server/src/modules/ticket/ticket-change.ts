import type { EntityManager } from 'typeorm';
import type { HistoryKind, TicketEventKind } from '@support/shared';
import { appendEvent } from '../../core/events/outbox';
import { conflict } from '../../core/errors/domain-error';
import { Comment } from './comment.entity';
import { HistoryEntry } from './history-entry.entity';
import { Ticket } from './ticket.entity';

/** Ticket columns a change may set. */
export type TicketPatch = Partial<
  Pick<
    Ticket,
    | 'state'
    | 'resolution'
    | 'reopenCount'
    | 'assigneeId'
    | 'severity'
    | 'plannedRelease'
    | 'plannedDate'
    | 'plannedReference'
    | 'plannedNote'
    | 'plannedUpdatedAt'
    | 'plannedUpdatedById'
  >
>;

/** Everything one mutation does to one ticket. */
export interface ChangeSet {
  /** Column changes; any change increments the version. */
  patch?: TicketPatch;
  history?: Array<{ kind: HistoryKind; from: string | null; to: string | null; action?: string }>;
  comment?: { body: string; internal: boolean };
  /** Events for subscribers; `internal` ones reach agents only. */
  events: Array<{ kind: TicketEventKind; internal?: boolean }>;
}

/** Who makes the change and when. */
export interface ChangeAuthor {
  actorId: number | null;
  now: Date;
}

/**
 * Applies a change inside the caller's transaction. The update states the
 * version that was read, so a concurrent writer makes it fail with CONFLICT
 * instead of being overwritten. Events are appended last (see appendEvent).
 * Returns the ticket as it now is and the new comment, if any.
 */
export async function applyChange(
  manager: EntityManager,
  ticket: Ticket,
  author: ChangeAuthor,
  change: ChangeSet,
): Promise<{ ticket: Ticket; comment: Comment | null }> {
  const patch = change.patch ?? {};
  const bumps = Object.keys(patch).length > 0;
  const result = await manager
    .createQueryBuilder()
    .update(Ticket)
    .set({
      ...patch,
      updatedAt: author.now,
      ...(bumps ? { version: () => 'version + 1' } : {}),
    })
    .where('id = :id AND version = :version', { id: ticket.id, version: ticket.version })
    .execute();
  if (result.affected === 0) throw conflict(await latestVersion(manager, ticket.id));

  let comment: Comment | null = null;
  if (change.comment) {
    comment = await manager.save(
      manager.create(Comment, {
        ticketId: ticket.id,
        authorId: author.actorId ?? 0,
        body: change.comment.body,
        internal: change.comment.internal,
        createdAt: author.now,
      }),
    );
  }
  for (const entry of change.history ?? []) {
    await manager.insert(HistoryEntry, {
      ticketId: ticket.id,
      actorId: author.actorId,
      at: author.now,
      kind: entry.kind,
      fromValue: entry.from,
      toValue: entry.to,
      action: entry.action ?? null,
    });
  }
  for (const event of change.events) {
    await appendEvent(manager, {
      ticketId: ticket.id,
      organisationId: ticket.organisationId,
      kind: event.kind,
      internal: event.internal,
      actorId: author.actorId,
      commentId: comment?.id ?? null,
      at: author.now,
    });
  }
  const updated = await manager.findOneByOrFail(Ticket, { id: ticket.id });
  return { ticket: updated, comment };
}

/**
 * The newest committed version of a ticket. Under MySQL's repeatable read a
 * plain read would repeat this transaction's snapshot (the stale version),
 * so it reads with a lock, which sees the latest committed row.
 */
async function latestVersion(manager: EntityManager, ticketId: number): Promise<number> {
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const rows: Array<{ version: number }> = await manager.query(
    `SELECT version FROM ticket WHERE id = ?${sqlite ? '' : ' FOR UPDATE'}`,
    [ticketId],
  );
  return Number(rows[0].version);
}
