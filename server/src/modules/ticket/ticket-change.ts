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
  /** More writes of the same change that need the new comment (attaching files to it). */
  withComment?: (manager: EntityManager, comment: Comment, now: Date) => Promise<void>;
}

/** Who makes the change and when. */
export interface ChangeAuthor {
  actorId: number | null;
  now: Date;
}

/**
 * Recomputes what derives from the ticket's history (its service level),
 * given the ticket as it now is; it updates that object with what it writes.
 */
export type DerivedRefresh = (
  manager: EntityManager,
  ticket: Ticket,
  change: ChangeSet,
) => Promise<unknown>;

/**
 * Applies a change inside the caller's transaction. The update states the
 * version that was read, so a concurrent writer makes it fail with CONFLICT
 * instead of being overwritten. What derives from the history is refreshed
 * before the events, which come last (see appendEvent).
 * Returns the ticket as it now is and the new comment, if any. The ticket
 * is not read again: the update's columns are applied to the one read
 * (in this transaction) exactly as the UPDATE applies them.
 */
export async function applyChange(
  manager: EntityManager,
  ticket: Ticket,
  author: ChangeAuthor,
  change: ChangeSet,
  refreshDerived: DerivedRefresh,
): Promise<{ ticket: Ticket; comment: Comment | null }> {
  const patch = change.patch ?? {};
  const bumps = Object.keys(patch).length > 0;
  // An internal note changes nothing a customer sees, not even updatedAt.
  const visible = bumps || (change.comment !== undefined && !change.comment.internal);
  if (bumps || visible) {
    const update = manager
      .createQueryBuilder()
      .update(Ticket)
      .set({
        ...patch,
        ...(visible ? { updatedAt: author.now } : {}),
        ...(bumps ? { version: () => 'version + 1' } : {}),
      })
      .where('id = :id', { id: ticket.id });
    // Only edits state the version they read; a comment never conflicts with one.
    if (bumps) update.andWhere('version = :version', { version: ticket.version });
    const result = await update.execute();
    if (result.affected === 0) throw conflict(await latestVersion(manager, ticket.id));
  }
  const updated = manager.create(Ticket, {
    ...ticket,
    ...patch,
    ...(visible ? { updatedAt: author.now } : {}),
    ...(bumps ? { version: ticket.version + 1 } : {}),
  });

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
  if (comment && change.withComment) await change.withComment(manager, comment, author.now);
  await refreshDerived(manager, updated, change);
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
