import DataLoader from 'dataloader';
import { In, Not, IsNull } from 'typeorm';
import type { Database } from '../../core/database/database';
import { Attachment } from './attachment.entity';

/** The attachments of each comment, oldest first; internal ones only with `includeInternal`. */
export function createAttachmentsByCommentLoader(
  db: Database,
  includeInternal: boolean,
): DataLoader<number, Attachment[]> {
  return new DataLoader(async (commentIds) => {
    const attachments = await db.reader.find(Attachment, {
      where: {
        commentId: In([...commentIds]),
        linkedAt: Not(IsNull()),
        ...(includeInternal ? {} : { internal: false }),
      },
      order: { id: 'ASC' },
    });
    return commentIds.map((id) => attachments.filter((attachment) => attachment.commentId === id));
  });
}
