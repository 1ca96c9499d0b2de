import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { LIMITS, Role, TicketState } from '@support/shared';
import type { Database } from '../../core/database/database';
import { applyKeyset, encodeCursor, type SortKey } from '../../core/database/keyset';
import { badInput, unauthenticated } from '../../core/errors/domain-error';
import { isAgent, type Viewer } from '../auth/viewer';
import { TicketOrder, type TicketFilter } from './ticket.inputs';
import { Ticket } from './ticket.entity';
import type { TicketConnection } from './ticket.types';
import { findMatches } from '../search/bounded-match';
import { SearchDocType } from '../search/search-document-type';
import { parseQuery } from '../search/search-query';
import { latestEventSequence } from '../../core/events/outbox';

const ORDERS: Record<TicketOrder, readonly SortKey[]> = {
  // Breach risk first (the due instant; paused and stopped clocks last), then severity, then age.
  [TicketOrder.QUEUE]: [
    { column: 'ticket.queueRank', property: 'queueRank', direction: 'ASC', date: true },
    { column: 'ticket.severity', property: 'severity', direction: 'ASC' },
    { column: 'ticket.createdAt', property: 'createdAt', direction: 'ASC', date: true },
    { column: 'ticket.id', property: 'id', direction: 'ASC' },
  ],
  [TicketOrder.NEWEST]: [
    { column: 'ticket.createdAt', property: 'createdAt', direction: 'DESC', date: true },
    { column: 'ticket.id', property: 'id', direction: 'DESC' },
  ],
  [TicketOrder.RECENTLY_UPDATED]: [
    { column: 'ticket.updatedAt', property: 'updatedAt', direction: 'DESC', date: true },
    { column: 'ticket.id', property: 'id', direction: 'DESC' },
  ],
};

// '!' escapes LIKE wildcards: a backslash would need different quoting on MySQL and SQLite.
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (character) => `!${character}`);
}

/**
 * Every read of tickets goes through here, so tenant scoping lives in one
 * place: a customer (or organisation token) only ever sees the tickets of
 * their organisation; agents see all. Built per request for its viewer.
 */
export class TicketQueries {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer | null,
  ) {}

  /** A query over the tickets this viewer may see. */
  visible(manager: EntityManager = this.db.reader): SelectQueryBuilder<Ticket> {
    const viewer = this.viewer;
    if (!viewer) throw unauthenticated();
    const query = manager.createQueryBuilder(Ticket, 'ticket');
    if (isAgent(viewer)) return query;
    return query.where('ticket.organisationId = :scopeOrganisationId', {
      scopeOrganisationId: viewer.organisationId ?? -1,
    });
  }

  /**
   * The organisation this viewer is limited to; null for agents, who see
   * every organisation. Search narrows its index lookups with it; the
   * results still go through `visible()`.
   */
  organisationScope(): number | null {
    const viewer = this.viewer;
    if (!viewer) throw unauthenticated();
    return isAgent(viewer) ? null : (viewer.organisationId ?? -1);
  }

  /** The ticket with this number (any case) if the viewer may see it, else null. */
  findByNumber(number: string, manager?: EntityManager): Promise<Ticket | null> {
    const normalised = number.trim().toUpperCase();
    return this.visible(manager)
      .andWhere('ticket.number = :number', { number: normalised })
      .getOne();
  }

  /** Visible tickets with these ids, in any order. */
  findByIds(ids: readonly number[]): Promise<Ticket[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.visible().andWhere('ticket.id IN (:...ids)', { ids }).getMany();
  }

  /** A page of the visible tickets matching the filter. */
  async list(
    filter: TicketFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<TicketConnection> {
    const size = first ?? LIMITS.defaultPageSize;
    if (!Number.isInteger(size) || size < 1 || size > LIMITS.maxPageSize) {
      throw badInput('first', `Page size must be between 1 and ${LIMITS.maxPageSize}.`);
    }
    const searchIds = await this.searchMatches(filter?.search);
    const query = this.applyFilter(this.visible(), filter ?? {}, searchIds);
    const counter = query.clone();
    // Read the cursor before the page: replaying from it may repeat, never miss.
    const eventCursor = await latestEventSequence(this.db.reader);
    const keys = ORDERS[filter?.order ?? TicketOrder.QUEUE];
    const rows = await applyKeyset(query, keys, after, (iso) => this.db.toDbDate(iso))
      .take(size + 1)
      .getMany();
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({ cursor: encodeCursor(node, keys), node }));
    return {
      edges,
      eventCursor,
      countTotal: () => counter.getCount(),
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * Tickets whose title, description or document IDs contain every bigram
   * of the search text, through the search index (bounded: the newest
   * CANDIDATE_LIMIT matches); narrowed to a customer's organisation.
   */
  private async searchMatches(search: string | null | undefined): Promise<number[]> {
    const text = search?.trim();
    if (!text) return [];
    const scope = this.organisationScope() ?? undefined;
    const query = parseQuery(text);
    const matches = await findMatches(this.db.reader, {
      docType: SearchDocType.TICKET,
      query,
      scope,
    });
    return matches.map((match) => match.docId);
  }

  private applyFilter(
    query: SelectQueryBuilder<Ticket>,
    filter: TicketFilter,
    searchIds: number[],
  ): SelectQueryBuilder<Ticket> {
    const viewer = this.viewer as Viewer;
    if (filter.states?.length)
      query.andWhere('ticket.state IN (:...states)', { states: filter.states });
    if (filter.open === true)
      query.andWhere('ticket.state <> :closed', { closed: TicketState.CLOSED });
    if (filter.open === false)
      query.andWhere('ticket.state = :closed', { closed: TicketState.CLOSED });
    if (filter.severities?.length) {
      query.andWhere('ticket.severity IN (:...severities)', { severities: filter.severities });
    }
    if (filter.types?.length) query.andWhere('ticket.type IN (:...types)', { types: filter.types });
    if (filter.organisationId) {
      query.andWhere('ticket.organisationId = :organisationId', {
        organisationId: Number(filter.organisationId),
      });
    }
    if (filter.assigneeId) {
      query.andWhere('ticket.assigneeId = :assigneeId', { assigneeId: Number(filter.assigneeId) });
    }
    if (filter.unassigned) query.andWhere('ticket.assigneeId IS NULL');
    if (filter.mine) {
      const column = viewer.role === Role.CUSTOMER ? 'ticket.requesterId' : 'ticket.assigneeId';
      query.andWhere(`${column} = :me`, { me: viewer.user?.id ?? -1 });
    }
    const search = filter.search?.trim();
    if (search) {
      // The number by pattern, the text through the search index (searchMatches).
      const pattern = `%${escapeLike(search)}%`;
      query.andWhere(
        new Brackets((where) => {
          where.where("ticket.number LIKE :pattern ESCAPE '!'", { pattern });
          if (searchIds.length > 0) where.orWhere('ticket.id IN (:...searchIds)', { searchIds });
        }),
      );
    }
    return query;
  }
}
