import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { badInput } from '../../core/errors/domain-error';
import { Attachment } from './attachment.entity';

/** Default of ATTACHMENT_MAX_PER_TICKET. */
export const DEFAULT_MAX_ATTACHMENTS_PER_TICKET = 20;

/** What the uploads are linked to. */
export interface LinkTarget {
  /** Who uploaded them: nobody else may link them. */
  uploaderId: number | null;
  /** Attachment ids from the input; empty or absent links nothing. */
  ids: readonly string[] | null | undefined;
  ticketId: number;
  /** Null links them to the ticket itself. */
  commentId: number | null;
  /** Internal note: its files are agents-only too. */
  internal: boolean;
  now: Date;
}

/**
 * Links pending uploads to the ticket or comment being created, inside the
 * ticket mutation's transaction. Refuses (BAD_USER_INPUT on
 * `attachmentIds`) ids that are unknown, someone else's, already linked or
 * uploaded for another ticket, and a ticket that would exceed its limit.
 */
export class AttachmentLinker {
  constructor(readonly maxPerTicket = DEFAULT_MAX_ATTACHMENTS_PER_TICKET) {}

  async link(manager: EntityManager, target: LinkTarget): Promise<void> {
    const ids = [...new Set(target.ids ?? [])];
    if (ids.length === 0) return;
    if (target.uploaderId === null || !ids.every((id) => /^\d{1,10}$/.test(id))) {
      throw badInput('attachmentIds', 'These files cannot be attached.');
    }
    const pending = await manager.findBy(Attachment, {
      id: In(ids.map(Number)),
      uploaderId: target.uploaderId,
      linkedAt: IsNull(),
    });
    const usable = pending.filter(
      (attachment) => attachment.ticketId === null || attachment.ticketId === target.ticketId,
    );
    if (usable.length !== ids.length) {
      throw badInput('attachmentIds', 'Some files are unknown, not yours or attached already.');
    }
    await manager.update(
      Attachment,
      { id: In(usable.map((attachment) => attachment.id)) },
      {
        ticketId: target.ticketId,
        commentId: target.commentId,
        internal: target.internal,
        linkedAt: target.now,
      },
    );
    const linked = await manager.countBy(Attachment, {
      ticketId: target.ticketId,
      linkedAt: Not(IsNull()),
    });
    if (linked > this.maxPerTicket) {
      throw badInput('attachmentIds', `A ticket holds at most ${this.maxPerTicket} files.`);
    }
  }
}
