import type { SelectQueryBuilder } from 'typeorm';
import type { Database } from '../../core/database/database';
import { applyKeyset, encodeCursor, type SortKey } from '../../core/database/keyset';
import { badInput, unauthenticated } from '../../core/errors/domain-error';
import type { Viewer } from '../auth/viewer';
import { highlight, snippet } from '../search/highlight';
import { rankedSearch } from '../search/ranked-search';
import { findMatches } from '../search/bounded-match';
import { minimumMatch } from '../search/search-matcher';
import { SearchDocType } from '../search/search-document-type';
import { parseQuery } from '../search/search-query';
import { SearchField } from '../search/search-field';
import { IdeaOrder } from './idea.enums';
import { Idea } from './idea.entity';
import { IDEA_PAGE, type IdeaFilter } from './idea.inputs';
import type { IdeaConnection, IdeaSearchHit } from './idea.types';

const ORDERS: Record<IdeaOrder, readonly SortKey[]> = {
  [IdeaOrder.TRENDING]: [
    { column: 'idea.trend', property: 'trend', direction: 'DESC' },
    { column: 'idea.id', property: 'id', direction: 'DESC' },
  ],
  [IdeaOrder.TOP]: [
    { column: 'idea.voteCount', property: 'voteCount', direction: 'DESC' },
    { column: 'idea.id', property: 'id', direction: 'DESC' },
  ],
  [IdeaOrder.NEWEST]: [
    { column: 'idea.createdAt', property: 'createdAt', direction: 'DESC', date: true },
    { column: 'idea.id', property: 'id', direction: 'DESC' },
  ],
};

/**
 * Reads of the ideas board. Ideas are a community board across
 * organisations: everyone logged in reads every idea; what identifies an
 * author is limited to a name and an organisation name (see the resolver).
 */
export class IdeaQueries {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer | null,
  ) {}

  /** A query over every idea, for a logged-in viewer. */
  all(): SelectQueryBuilder<Idea> {
    if (!this.viewer) throw unauthenticated();
    return this.db.reader.createQueryBuilder(Idea, 'idea');
  }

  /** The idea with this id, or null. */
  findById(id: number): Promise<Idea | null> {
    return this.all().where('idea.id = :id', { id }).getOne();
  }

  /** A page of the board, filtered and ordered (TRENDING by default). */
  async list(
    filter: IdeaFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<IdeaConnection> {
    const size = first ?? IDEA_PAGE.default;
    if (!Number.isInteger(size) || size < 1 || size > IDEA_PAGE.max) {
      throw badInput('first', `Page size must be between 1 and ${IDEA_PAGE.max}.`);
    }
    const query = this.all();
    if (filter?.statuses?.length) {
      query.andWhere('idea.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter?.mine) query.andWhere('idea.authorId = :me', { me: this.viewer?.user?.id ?? -1 });
    const search = filter?.search?.trim();
    if (search) {
      const matches = await findMatches(this.db.reader, {
        docType: SearchDocType.IDEA,
        query: parseQuery(search),
      });
      // No match leaves an empty list: `IN ()` is not SQL, -1 is no id.
      const ids = matches.length > 0 ? matches.map((match) => match.docId) : [-1];
      query.andWhere('idea.id IN (:...searchIds)', { searchIds: ids });
    }
    const keys = ORDERS[filter?.order ?? IdeaOrder.TRENDING];
    const rows = await applyKeyset(query, keys, after, (iso) => this.db.toDbDate(iso))
      .take(size + 1)
      .getMany();
    const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor(node, keys), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** Ideas ranked by how well they match the text. */
  async search(text: string, first: number, now: Date): Promise<IdeaSearchHit[]> {
    const query = parseQuery(text);
    const match = { docType: SearchDocType.IDEA, query, minMatched: minimumMatch(query) };
    const ranked = await rankedSearch(this.all(), 'idea', 'lastActivityAt', match, first, now);
    return ranked.map(({ entity: idea, score }) => {
      const body = highlight(idea.description, query);
      return {
        idea,
        score,
        highlights: [
          ...highlight(idea.title, query).map((r) => ({ ...r, field: SearchField.TITLE, item: 0 })),
          ...body.map((r) => ({ ...r, field: SearchField.BODY, item: 0 })),
        ],
        snippet: snippet(idea.description, body),
      };
    });
  }
}
