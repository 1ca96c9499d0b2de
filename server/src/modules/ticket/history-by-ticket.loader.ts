import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../../core/database/database';
import { HistoryEntry } from './history-entry.entity';

/** The history of each ticket, oldest first, batched per request. */
export function createHistoryByTicketLoader(db: Database): DataLoader<number, HistoryEntry[]> {
  return new DataLoader(async (ticketIds) => {
    const entries = await db.reader.find(HistoryEntry, {
      where: { ticketId: In([...ticketIds]) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return ticketIds.map((id) => entries.filter((entry) => entry.ticketId === id));
  });
}
