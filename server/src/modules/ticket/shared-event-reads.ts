import { In } from 'typeorm';
import type { Database } from '../../core/database/database';
import type { TicketEventMessage } from '../../core/events/ticket-event-message';
import { isAgent, type Viewer } from '../auth/viewer';
import { User } from '../user/user.entity';
import { Comment } from './comment.entity';
import type { Ticket } from './ticket.entity';
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

/** What an event shows besides its ticket: the same for every audience. */
interface EventParts {
  comment: Comment | null;
  actor: User | null;
}

/**
 * Each live event presented once per audience instead of once per
 * subscriber. An audience is everyone who sees the same tickets: all
 * agents, or the customers (and organisation tokens) of one organisation —
 * exactly what TicketQueries' scoping depends on. With 500 agents on the
 * queue, one change costs one read of its ticket, not 500; its comment and
 * actor are read once for all audiences.
 *
 * The first subscriber of an audience to present an event reads "the
 * ticket now" for all of them, so a slow subscriber may see the ticket as
 * it was a moment earlier; the later events of that ticket follow anyway.
 * A failed read is forgotten, so the next subscriber tries again.
 */
export class SharedEventReads {
  private readonly entries = new Map<string, Promise<PresentedEvent>>();
  private readonly parts = new Map<string, Promise<EventParts>>();

  constructor(private readonly db: Database) {}

  /** `message` as the viewer's audience receives it. */
  of(message: TicketEventMessage, viewer: Viewer): Promise<PresentedEvent> {
    const key = `${message.sequence}/${audienceOf(viewer)}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.read(message, viewer);
      remember(this.entries, key, entry);
    }
    return entry;
  }

  /**
   * Reads the events of a replayed batch for the viewer's audience in
   * three queries (their tickets, comments and actors) instead of three
   * per event; `of` then finds them.
   */
  async prefetch(messages: readonly TicketEventMessage[], viewer: Viewer): Promise<void> {
    const audience = audienceOf(viewer);
    const missing = messages.filter((m) => !this.entries.has(`${m.sequence}/${audience}`));
    if (missing.length === 0) return;
    const distinct = (ids: Array<number | null>) => [
      ...new Set(ids.filter((id): id is number => id !== null)),
    ];
    const commentIds = distinct(missing.map((m) => m.commentId));
    const actorIds = distinct(missing.map((m) => m.actorId));
    const reader = this.db.reader;
    const [tickets, comments, actors] = await Promise.all([
      new TicketQueries(this.db, viewer).findByIds(distinct(missing.map((m) => m.ticketId))),
      commentIds.length > 0 ? reader.findBy(Comment, { id: In(commentIds) }) : [],
      actorIds.length > 0 ? reader.findBy(User, { id: In(actorIds) }) : [],
    ]);
    const ticketById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    const commentById = new Map(comments.map((comment) => [comment.id, comment]));
    const actorById = new Map(actors.map((actor) => [actor.id, actor]));
    for (const message of missing) {
      const parts = {
        comment: message.commentId === null ? null : (commentById.get(message.commentId) ?? null),
        actor: message.actorId === null ? null : (actorById.get(message.actorId) ?? null),
      };
      const ticket = ticketById.get(message.ticketId) ?? null;
      remember(
        this.entries,
        `${message.sequence}/${audience}`,
        Promise.resolve(present(message, ticket, parts, isAgent(viewer))),
      );
    }
  }

  private async read(message: TicketEventMessage, viewer: Viewer): Promise<PresentedEvent> {
    const [tickets, parts] = await Promise.all([
      new TicketQueries(this.db, viewer).findByIds([message.ticketId]),
      this.partsOf(message),
    ]);
    return present(message, tickets[0] ?? null, parts, isAgent(viewer));
  }

  private partsOf(message: TicketEventMessage): Promise<EventParts> {
    let parts = this.parts.get(message.sequence);
    if (!parts) {
      const reader = this.db.reader;
      parts = Promise.all([
        message.commentId ? reader.findOneBy(Comment, { id: message.commentId }) : null,
        message.actorId === null ? null : reader.findOneBy(User, { id: message.actorId }),
      ]).then(([comment, actor]) => ({ comment, actor }));
      remember(this.parts, message.sequence, parts);
    }
    return parts;
  }
}

/** Who sees the same tickets: all agents, or one organisation. */
function audienceOf(viewer: Viewer): string {
  return isAgent(viewer) ? 'agents' : `organisation:${viewer.organisationId ?? -1}`;
}

/** Keeps a read, the newest CAPACITY of them; a failed one is forgotten. */
function remember<T>(map: Map<string, Promise<T>>, key: string, value: Promise<T>): void {
  map.set(key, value);
  value.catch(() => map.delete(key));
  if (map.size > CAPACITY) map.delete(map.keys().next().value as string);
}

/** The event as an audience receives it; internal comments only for agents. */
function present(
  message: TicketEventMessage,
  ticket: Ticket | null,
  parts: EventParts,
  agent: boolean,
): PresentedEvent {
  if (!ticket) return null;
  const { comment, actor } = parts;
  return {
    sequence: message.sequence,
    kind: message.kind,
    at: new Date(message.at),
    ticket,
    comment: comment && (!comment.internal || agent) ? comment : null,
    actor,
  };
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
