import type { SelectQueryBuilder } from 'typeorm';
import { CANDIDATE_LIMIT, findMatches } from './bounded-match';
import type { MatchOptions } from './search-matcher';
import { unitCount } from './search-query';
import { rankScore } from './search-ranking';

/**
 * Matches ranked per hit returned: the newest 5 × `limit` matches (at
 * least 100) compete for the `limit` places. A search box shows the best
 * of the recent matches; lists (TicketQueries) read up to CANDIDATE_LIMIT.
 */
const RANKED_CANDIDATES_PER_HIT = 5;
const MIN_RANKED_CANDIDATES = 100;

/** A visible document that matches, ranked. */
export interface RankedMatch<T> {
  entity: T;
  /** Query units it contains. */
  matched: number;
  weight: number;
  /** Relevance between 0 and 1 (search-ranking.ts). */
  score: number;
}

/** SQLite returns the stored UTC text of an instant, MySQL a Date. */
function instant(value: unknown): Date {
  return value instanceof Date ? value : new Date(`${String(value).replace(' ', 'T')}Z`);
}

/**
 * Runs a search over the documents of `base`, a query builder that already
 * holds the viewer's visibility rules (and any filter) for alias `alias`:
 * finds the matching documents in the index (findMatches), keeps those
 * `base` admits, ranks them by rankScore (coverage, field weight and the
 * recency of `updatedColumn`) and loads the best `limit`. Only ids and
 * instants are read for ranking: up to CANDIDATE_LIMIT full rows would
 * cost more than the search.
 */
export async function rankedSearch<T extends { id: number }>(
  base: SelectQueryBuilder<T>,
  alias: string,
  updatedColumn: string,
  match: MatchOptions,
  limit: number,
  now: Date,
): Promise<Array<RankedMatch<T>>> {
  const matches = await findMatches(
    base.connection.manager,
    match,
    Math.min(CANDIDATE_LIMIT, Math.max(RANKED_CANDIDATES_PER_HIT * limit, MIN_RANKED_CANDIDATES)),
  );
  if (matches.length === 0) return [];
  const byId = new Map(matches.map((entry) => [entry.docId, entry]));
  const visible: Array<{ id: number | string; updatedAt: unknown }> = await base
    .clone()
    .select(`${alias}.id`, 'id')
    .addSelect(`${alias}.${updatedColumn}`, 'updatedAt')
    .andWhere(`${alias}.id IN (:...searchIds)`, { searchIds: [...byId.keys()] })
    .getRawMany();
  const units = unitCount(match.query);
  const ranked = visible
    .map((row) => {
      const { docId, matched, weight } = byId.get(Number(row.id)) as (typeof matches)[number];
      const updatedAt = instant(row.updatedAt);
      return {
        docId,
        matched,
        weight,
        score: rankScore({ matched, units, weight, updatedAt, now }),
      };
    })
    .sort((a, b) => b.score - a.score || b.docId - a.docId)
    .slice(0, limit);
  if (ranked.length === 0) return [];
  const entities = await base
    .andWhere(`${alias}.id IN (:...searchTopIds)`, { searchTopIds: ranked.map((r) => r.docId) })
    .getMany();
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  return ranked.flatMap(({ docId, matched, weight, score }) => {
    const entity = entityById.get(docId);
    return entity ? [{ entity, matched, weight, score }] : [];
  });
}
