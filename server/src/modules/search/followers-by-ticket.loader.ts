import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../../core/database/database';
import { TicketFollower } from './ticket-follower.entity';

/** The ids of each ticket's followers, in the order they started following. */
export function createFollowersByTicketLoader(db: Database): DataLoader<number, number[]> {
  return new DataLoader(async (ticketIds) => {
    const rows = await db.reader.find(TicketFollower, {
      where: { ticketId: In([...ticketIds]) },
      order: { createdAt: 'ASC', userId: 'ASC' },
    });
    return ticketIds.map((id) =>
      rows.filter((row) => row.ticketId === id).map((row) => row.userId),
    );
  });
}
