import type { EntityManager } from 'typeorm';
import type { TicketEventKind } from '@support/shared';
import { nextCounterValue } from '../database/counters';
import { TicketEventRecord } from './ticket-event.entity';

/** What a change records for the real-time log. */
export interface NewTicketEvent {
  ticketId: number;
  organisationId: number;
  kind: TicketEventKind;
  internal?: boolean;
  actorId: number | null;
  commentId?: number | null;
  at: Date;
}

/**
 * Appends an event to the outbox inside the caller's transaction. Call it
 * last in the transaction: the sequence row stays locked until commit.
 */
export async function appendEvent(
  manager: EntityManager,
  event: NewTicketEvent,
): Promise<TicketEventRecord> {
  const sequence = await nextCounterValue(manager, 'event_sequence');
  const record = manager.create(TicketEventRecord, {
    sequence,
    ticketId: event.ticketId,
    organisationId: event.organisationId,
    kind: event.kind,
    internal: event.internal ?? false,
    actorId: event.actorId,
    commentId: event.commentId ?? null,
    at: event.at,
  });
  // insert, not save: save would first look the new key up.
  await manager.insert(TicketEventRecord, record);
  return record;
}

/** The newest committed event sequence, '0' when there is none. */
export async function latestEventSequence(manager: EntityManager): Promise<string> {
  const rows: Array<{ max: string | number | null }> = await manager.query(
    'SELECT MAX(sequence) AS max FROM ticket_event',
  );
  return String(rows[0]?.max ?? '0');
}
