import type { AppServices } from '../../src/core/graphql/context';
import { TicketEventRecord } from '../../src/core/events/ticket-event.entity';
import { Comment } from '../../src/modules/ticket/comment.entity';
import { HistoryEntry } from '../../src/modules/ticket/history-entry.entity';
import { Ticket } from '../../src/modules/ticket/ticket.entity';

/** How many rows a mutation could have written, table by table. */
export interface WriteCounts {
  tickets: number;
  comments: number;
  history: number;
  events: number;
}

/**
 * Counts the rows of every table a ticket mutation writes, read from the
 * committed database. Compare before and after to prove a refused
 * mutation wrote nothing (no ticket, comment, history entry or event).
 */
export async function countWrites(services: AppServices): Promise<WriteCounts> {
  const reader = services.db.reader;
  const [tickets, comments, history, events] = await Promise.all([
    reader.count(Ticket),
    reader.count(Comment),
    reader.count(HistoryEntry),
    reader.count(TicketEventRecord),
  ]);
  return { tickets, comments, history, events };
}
