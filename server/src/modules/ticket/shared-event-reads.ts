import type { Database } from '../../core/database/database';
import type { TicketEventMessage } from '../../core/events/ticket-event-message';
import { isAgent, type Viewer } from '../auth/viewer';
import { User } from '../user/user.entity';
import { Comment } from './comment.entity';
import { TicketQueries } from './ticket-queries';
import type { TicketEvent } from './ticket.types';

/**
 * One event as an audience receives it: the ticket as the audience may see
 * it now (null when it may not), the comment only where they may read it.
 * The same object goes to every subscriber of the audience, which lets the
 * WebSocket door execute their (equal) selections once (SharedExecution).
 */
export type PresentedEvent = TicketEvent | null;

/** Events × audiences kept; at 100 events a second, several seconds' worth. */
const CAPACITY = 1024;

/**
 * Each live event presented once per audience instead of once per
 * subscriber. An audience is everyone who sees the
 * same tickets: all agents, or the customers (and organisation tokens) of
 * one organisation — exactly what TicketQueries' scoping depends on. With
 * 500 agents on the queue, one change used to cost 500 reads of the same
 * row; now it costs one.
 *
 * The first subscriber of an audience to present an event reads "the
 * ticket now" for all of them, so a slow subscriber may see the ticket as
 * it was a moment earlier; the later events of that ticket follow anyway.
 * A failed read is forgotten, so the next subscriber tries again.
 */
export class SharedEventReads {
  private readonly entries = new Map<string, Promise<PresentedEvent>>();

  constructor(private readonly db: Database) {}

  /** `message` as the viewer's audience receives it. */
  of(message: TicketEventMessage, viewer: Viewer): Promise<PresentedEvent> {
    const audience = isAgent(viewer) ? 'agents' : `organisation:${viewer.organisationId ?? -1}`;
    const key = `${message.sequence}/${audience}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.read(message, viewer);
      this.entries.set(key, entry);
      entry.catch(() => this.entries.delete(key));
      if (this.entries.size > CAPACITY) {
        this.entries.delete(this.entries.keys().next().value as string);
      }
    }
    return entry;
  }

  private async read(message: TicketEventMessage, viewer: Viewer): Promise<PresentedEvent> {
    const reader = this.db.reader;
    const [tickets, comment, actor] = await Promise.all([
      new TicketQueries(this.db, viewer).findByIds([message.ticketId]),
      message.commentId ? reader.findOneBy(Comment, { id: message.commentId }) : null,
      message.actorId === null ? null : reader.findOneBy(User, { id: message.actorId }),
    ]);
    const ticket = tickets[0];
    if (!ticket) return null;
    return {
      sequence: message.sequence,
      kind: message.kind,
      at: new Date(message.at),
      ticket,
      comment: comment && (!comment.internal || isAgent(viewer)) ? comment : null,
      actor,
    };
  }
}

const byDatabase = new WeakMap<Database, SharedEventReads>();

/** The shared reads of this database (one per running app, also in tests). */
export function sharedEventReads(db: Database): SharedEventReads {
  let reads = byDatabase.get(db);
  if (!reads) {
    reads = new SharedEventReads(db);
    byDatabase.set(db, reads);
  }
  return reads;
}
