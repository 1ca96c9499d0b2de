import type DataLoader from 'dataloader';
import type { Database } from '../../core/database/database';
import type { TicketEventMessage } from '../../core/events/ticket-event-message';
import { isAgent, type Viewer } from '../auth/viewer';
import type { Organisation } from '../organisation/organisation.entity';
import { createOrganisationLoader } from '../organisation/organisation.loader';
import type { User } from '../user/user.entity';
import { createUserLoader } from '../user/user.loader';
import { Comment } from './comment.entity';
import type { Ticket } from './ticket.entity';
import { TicketQueries } from './ticket-queries';

/** What presenting one event reads; the same for every viewer of one audience. */
export interface EventReads {
  /** The ticket now, as the audience may see it; null when it may not. */
  ticket: Ticket | null;
  /** The event's comment, internal or not: presenting filters it per viewer. */
  comment: Comment | null;
  /** Users by id; the loader depends on nothing of the viewer. */
  users: DataLoader<number, User | null>;
  /** Organisations by id; the loader depends on nothing of the viewer. */
  organisations: DataLoader<number, Organisation | null>;
}

/** Events × audiences kept; at 100 events a second, several seconds' worth. */
const CAPACITY = 1024;

/**
 * The reads behind each live event, made once per event and audience
 * instead of once per subscriber. An audience is everyone who sees the
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
  private readonly entries = new Map<string, Promise<EventReads>>();

  constructor(private readonly db: Database) {}

  /** The reads of `message` for the viewer's audience. */
  of(message: TicketEventMessage, viewer: Viewer): Promise<EventReads> {
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

  private async read(message: TicketEventMessage, viewer: Viewer): Promise<EventReads> {
    const [tickets, comment] = await Promise.all([
      new TicketQueries(this.db, viewer).findByIds([message.ticketId]),
      message.commentId ? this.db.reader.findOneBy(Comment, { id: message.commentId }) : null,
    ]);
    return {
      ticket: tickets[0] ?? null,
      comment,
      users: createUserLoader(this.db),
      organisations: createOrganisationLoader(this.db),
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
