import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { IsNull, type EntityManager } from 'typeorm';
import { canComment } from '@support/shared';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, forbidden, notFound } from '../../core/errors/domain-error';
import { isAgent, type Viewer } from '../auth/viewer';
import { TicketQueries } from '../ticket/ticket-queries';
import { Ticket } from '../ticket/ticket.entity';
import { Attachment } from './attachment.entity';
import { tooLarge } from './attachment-errors';
import type { AttachmentStorage } from './attachment-storage';
import { receiveFile } from './multipart-file';

/** Limits of attachments, from the configuration. */
export interface AttachmentLimits {
  /** ATTACHMENT_MAX_BYTES: largest file. */
  maxBytes: number;
  /** ATTACHMENT_MAX_PER_TICKET: files per ticket, and pending uploads per person. */
  maxPerTicket: number;
}

/** Multipart framing allowed on top of the file before Content-Length alone refuses it. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** Uploads never linked to a ticket or comment are removed after this. */
const PENDING_LIFETIME_MS = 24 * 3600_000;
const STALE_BATCH = 50;

/**
 * Attachments: uploads streamed into storage and recorded, and the one
 * rule of who may read a file. A pending upload is its uploader's alone;
 * a linked one is readable by whoever may see its ticket, except that an
 * internal one is for agents only.
 */
export class AttachmentService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly storage: AttachmentStorage,
    readonly limits: AttachmentLimits,
  ) {}

  /**
   * Receives the file of a multipart request as a pending upload, for the
   * ticket `ticketNumber` (a comment on it) or, without one, for a ticket
   * about to be opened. Refuses a ticket the viewer may not see or comment
   * on, a file or count over the limits (413), an empty file; then
   * nothing is stored.
   */
  async upload(
    viewer: Viewer,
    ticketNumber: string | undefined,
    req: IncomingMessage,
  ): Promise<Attachment> {
    const uploaderId = viewer.user?.id;
    if (uploaderId === undefined) throw forbidden('Files are uploaded by people, not tokens.');
    const ticket = ticketNumber ? await this.commentableTicket(viewer, ticketNumber) : null;
    await this.removeStalePending();
    await this.db.transaction((manager) => this.checkCount(manager, uploaderId, ticket));
    const declared = Number(req.headers['content-length']);
    if (declared > this.limits.maxBytes + MULTIPART_OVERHEAD_BYTES) {
      throw tooLarge(`The file is larger than ${this.limits.maxBytes} bytes.`);
    }

    const file = await receiveFile(req, this.storage, this.limits.maxBytes);
    try {
      if (file.stored.size === 0) throw badInput('file', 'The file is empty.');
      return await this.db.transaction(async (manager) => {
        await this.checkCount(manager, uploaderId, ticket);
        return manager.save(
          manager.create(Attachment, {
            ticketId: ticket?.id ?? null,
            commentId: null,
            uploaderId,
            name: file.name,
            contentType: file.contentType,
            size: file.stored.size,
            storageKey: file.stored.key,
            internal: false,
            createdAt: this.clock.now(),
            linkedAt: null,
          }),
        );
      });
    } catch (error) {
      await this.storage.remove(file.stored.key);
      throw error;
    }
  }

  /** The attachment and its bytes if the viewer may read it; NOT_FOUND otherwise. */
  async open(viewer: Viewer, id: string): Promise<{ attachment: Attachment; content: Readable }> {
    const attachment = /^\d{1,10}$/.test(id)
      ? await this.db.reader.findOneBy(Attachment, { id: Number(id) })
      : null;
    if (!attachment || !(await this.mayRead(viewer, attachment))) {
      throw notFound('No such file.');
    }
    return { attachment, content: await this.storage.read(attachment.storageKey) };
  }

  private async mayRead(viewer: Viewer, attachment: Attachment): Promise<boolean> {
    if (attachment.linkedAt === null) return attachment.uploaderId === viewer.user?.id;
    if (attachment.internal && !isAgent(viewer)) return false;
    const visible = await new TicketQueries(this.db, viewer).findByIds([attachment.ticketId!]);
    return visible.length === 1;
  }

  private async commentableTicket(viewer: Viewer, number: string): Promise<Ticket> {
    const ticket = await new TicketQueries(this.db, viewer).findByNumber(
      number.trim().toUpperCase(),
    );
    if (!ticket) throw notFound(`No ticket ${number}.`);
    if (!canComment(ticket.state, viewer.role)) {
      throw forbidden('This ticket is closed; open a new one instead.');
    }
    return ticket;
  }

  /** Refuses one more file for the ticket (or pending for a new ticket) past the limit. */
  private async checkCount(
    manager: EntityManager,
    uploaderId: number,
    ticket: Ticket | null,
  ): Promise<void> {
    const max = this.limits.maxPerTicket;
    if (ticket) {
      // Locks the ticket row on MySQL so that concurrent uploads count in turn
      // (SQLite transactions already run one at a time).
      const lock = manager.createQueryBuilder(Ticket, 'ticket').where('ticket.id = :id', {
        id: ticket.id,
      });
      if (this.db.target.dialect === 'mysql') await lock.setLock('pessimistic_write').getOne();
      if ((await manager.countBy(Attachment, { ticketId: ticket.id })) >= max) {
        throw tooLarge(`A ticket holds at most ${max} files.`);
      }
      return;
    }
    const pending = await manager.countBy(Attachment, {
      uploaderId,
      ticketId: IsNull(),
      linkedAt: IsNull(),
    });
    if (pending >= max) throw tooLarge(`At most ${max} files can wait for a new ticket.`);
  }

  /**
   * Forgets uploads (anyone's) never attached within a day, a batch per
   * upload, so that abandoned ones neither count against a ticket's limit
   * nor stay on disk.
   */
  private async removeStalePending(): Promise<void> {
    const before = new Date(this.clock.now().getTime() - PENDING_LIFETIME_MS);
    const stale = await this.db.reader
      .createQueryBuilder(Attachment, 'attachment')
      .where('attachment.linkedAt IS NULL AND attachment.createdAt < :before', {
        before: this.db.toDbDate(before),
      })
      .orderBy('attachment.id', 'ASC')
      .take(STALE_BATCH)
      .getMany();
    for (const attachment of stale) {
      const removed = await this.db.transaction((manager) =>
        manager.delete(Attachment, { id: attachment.id, linkedAt: IsNull() }),
      );
      if (removed.affected) await this.storage.remove(attachment.storageKey);
    }
  }
}
