import DataLoader from 'dataloader';
import { In, Not, IsNull } from 'typeorm';
import type { Database } from '../../core/database/database';
import { Attachment } from './attachment.entity';

/**
 * The linked attachments of each ticket (its own and its comments'),
 * oldest first. Without `includeInternal` (customers) files of internal
 * notes are left out in the query itself.
 */
export function createAttachmentsByTicketLoader(
  db: Database,
  includeInternal: boolean,
): DataLoader<number, Attachment[]> {
  return new DataLoader(async (ticketIds) => {
    const attachments = await db.reader.find(Attachment, {
      where: {
        ticketId: In([...ticketIds]),
        linkedAt: Not(IsNull()),
        ...(includeInternal ? {} : { internal: false }),
      },
      order: { id: 'ASC' },
    });
    return ticketIds.map((id) => attachments.filter((attachment) => attachment.ticketId === id));
  });
}
