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

/**
 * Compares two sequences numerically (they may exceed 2^53). Sequences
 * are decimal digits without leading zeros, so the longer is the larger
 * and equal lengths compare as text: no BigInt per comparison.
 */
export function compareSequence(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
