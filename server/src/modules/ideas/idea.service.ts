import type { EntityManager } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, forbidden, notFound } from '../../core/errors/domain-error';
import type { Viewer } from '../auth/viewer';
import { SearchDocType } from '../search/search-document-type';
import type { SearchIndex } from '../search/search-index';
import { TicketQueries } from '../ticket/ticket-queries';
import type { Ticket } from '../ticket/ticket.entity';
import { ideaConflict, ideaNotFound } from './idea-errors';
import type { IdeaEventBus } from './idea-events';
import { IdeaEventKind, IdeaStatus } from './idea.enums';
import { Idea } from './idea.entity';
import type { CreateIdeaInput, SetIdeaStatusInput } from './idea.inputs';
import { lockIdea } from './idea-lock';
import { IdeaTicketLink } from './idea-ticket-link.entity';
import { ENGAGEMENT_WEIGHT, trendOf } from './idea-trend';

function text(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, `${field} is empty.`);
  return trimmed;
}

/**
 * Posting ideas, their roadmap status, and the links from tickets that
 * found a limitation of the service. Each call is one transaction (the
 * search index included); events are published after commit.
 */
export class IdeaService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly search: SearchIndex,
    private readonly events: IdeaEventBus,
  ) {}

  /** Posts an idea as the viewer (with their organisation, if a customer). */
  async create(viewer: Viewer, input: CreateIdeaInput): Promise<Idea> {
    if (!viewer.user) throw forbidden('Ideas are posted by people, not tokens.');
    const author = viewer.user;
    const now = this.clock.now();
    const idea = await this.db.transaction((manager) =>
      this.insert(manager, input, author.id, author.organisationId, now),
    );
    this.events.publish({
      ideaId: idea.id,
      kind: IdeaEventKind.CREATED,
      actorId: author.id,
      at: now,
      commentId: null,
    });
    return idea;
  }

  /** Sets the roadmap status (admins), stating the version read. */
  async setStatus(viewer: Viewer, input: SetIdeaStatusInput): Promise<Idea> {
    const now = this.clock.now();
    const ideaId = Number(input.ideaId);
    const idea = await this.db.transaction(async (manager) => {
      const locked = await lockIdea(manager, ideaId);
      if (!locked) throw ideaNotFound(ideaId);
      if (locked.version !== input.expectedVersion) throw ideaConflict(locked.version);
      await manager.update(Idea, ideaId, {
        status: input.status,
        statusNote: input.note?.trim() || null,
        version: locked.version + 1,
        lastActivityAt: now,
      });
      return manager.findOneByOrFail(Idea, { id: ideaId });
    });
    this.events.publish({
      ideaId,
      kind: IdeaEventKind.STATUS_CHANGED,
      actorId: viewer.user?.id ?? null,
      at: now,
      commentId: null,
    });
    return idea;
  }

  /** Links a visible ticket to an existing idea; a ticket has one idea, relinking moves it. */
  async linkTicket(viewer: Viewer, number: string, ideaId: number): Promise<Ticket> {
    const now = this.clock.now();
    const ticket = await this.db.transaction(async (manager) => {
      const found = await this.ticket(viewer, number, manager);
      if (!(await manager.existsBy(Idea, { id: ideaId }))) throw ideaNotFound(ideaId);
      await this.link(manager, found.id, ideaId, viewer, now);
      return found;
    });
    this.events.publish({
      ideaId,
      kind: IdeaEventKind.TICKET_LINKED,
      actorId: viewer.user?.id ?? null,
      at: now,
      commentId: null,
    });
    return ticket;
  }

  /** Posts a new idea (as the engineer, without an organisation) and links the ticket to it. */
  async createFromTicket(viewer: Viewer, number: string, input: CreateIdeaInput): Promise<Idea> {
    if (!viewer.user) throw forbidden('Ideas are posted by people, not tokens.');
    const author = viewer.user;
    const now = this.clock.now();
    const idea = await this.db.transaction(async (manager) => {
      const ticket = await this.ticket(viewer, number, manager);
      const created = await this.insert(manager, input, author.id, null, now);
      await this.link(manager, ticket.id, created.id, viewer, now);
      return created;
    });
    for (const kind of [IdeaEventKind.CREATED, IdeaEventKind.TICKET_LINKED]) {
      this.events.publish({ ideaId: idea.id, kind, actorId: author.id, at: now, commentId: null });
    }
    return idea;
  }

  /** Removes a ticket's link to its idea, if any. */
  async unlinkTicket(viewer: Viewer, number: string): Promise<Ticket> {
    return this.db.transaction(async (manager) => {
      const ticket = await this.ticket(viewer, number, manager);
      await manager.delete(IdeaTicketLink, { ticketId: ticket.id });
      return ticket;
    });
  }

  private async ticket(viewer: Viewer, number: string, manager: EntityManager): Promise<Ticket> {
    const ticket = await new TicketQueries(this.db, viewer).findByNumber(number, manager);
    if (!ticket) throw notFound(`No ticket ${number}.`);
    return ticket;
  }

  private async link(
    manager: EntityManager,
    ticketId: number,
    ideaId: number,
    viewer: Viewer,
    now: Date,
  ) {
    await manager.delete(IdeaTicketLink, { ticketId });
    await manager.insert(IdeaTicketLink, {
      ticketId,
      ideaId,
      linkedById: viewer.user?.id ?? 0,
      linkedAt: now,
    });
  }

  private async insert(
    manager: EntityManager,
    input: CreateIdeaInput,
    authorId: number,
    organisationId: number | null,
    now: Date,
  ): Promise<Idea> {
    const idea = await manager.save(
      manager.create(Idea, {
        title: text(input.title, 'title'),
        description: text(input.description, 'description'),
        authorId,
        organisationId,
        status: IdeaStatus.UNDER_REVIEW,
        statusNote: null,
        voteCount: 0,
        commentCount: 0,
        trend: trendOf([{ weight: ENGAGEMENT_WEIGHT.post, at: now }]),
        lastActivityAt: now,
        version: 1,
        createdAt: now,
      }),
    );
    await this.search.refresh(manager, SearchDocType.IDEA, idea.id);
    return idea;
  }
}
