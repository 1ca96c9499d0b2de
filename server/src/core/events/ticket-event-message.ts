import type { TicketEventKind } from '@support/shared';
import type { TicketEventRecord } from './ticket-event.entity';

/** What travels on the event bus: the outbox row, serialisable as JSON. */
export interface TicketEventMessage {
  sequence: string;
  ticketId: number;
  organisationId: number;
  kind: TicketEventKind;
  internal: boolean;
  actorId: number | null;
  commentId: number | null;
  /** ISO instant. */
  at: string;
}

/** The bus message of an outbox row. */
export function toMessage(record: TicketEventRecord): TicketEventMessage {
  return {
    sequence: String(record.sequence),
    ticketId: record.ticketId,
    organisationId: record.organisationId,
    kind: record.kind,
    internal: Boolean(record.internal),
    actorId: record.actorId,
    commentId: record.commentId,
    at: new Date(record.at).toISOString(),
  };
}

/** Compares two sequences numerically (they may exceed 2^53). */
export function compareSequence(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}
