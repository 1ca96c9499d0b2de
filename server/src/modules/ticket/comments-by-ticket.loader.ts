import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../../core/database/database';
import { Comment } from './comment.entity';

/**
 * The thread of each ticket, oldest first. Without `includeInternal`
 * (customers) internal notes are left out in the query itself.
 */
export function createCommentsByTicketLoader(
  db: Database,
  includeInternal: boolean,
): DataLoader<number, Comment[]> {
  return new DataLoader(async (ticketIds) => {
    const comments = await db.reader.find(Comment, {
      where: includeInternal
        ? { ticketId: In([...ticketIds]) }
        : { ticketId: In([...ticketIds]), internal: false },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return ticketIds.map((id) => comments.filter((comment) => comment.ticketId === id));
  });
}
