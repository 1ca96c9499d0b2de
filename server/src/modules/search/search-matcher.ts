import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { SearchDocType } from './search-document-type';
import { unitCount, type SearchQuery } from './search-query';
import { SearchTerm } from './search-term.entity';

/** Which documents to look in and how many query units they must contain. */
export interface MatchOptions {
  docType: SearchDocType;
  query: SearchQuery;
  /** Only documents of this scope (a customer's organisation); undefined for all. */
  scope?: number;
  /** Fewest query units a document must contain; default all of them. */
  minMatched?: number;
}

/** A document that contains enough of the query, before ranking. */
export interface MatchRow {
  docId: number;
  /** Query units found in it. */
  matched: number;
  /** Their summed weights (occurrences times field weight). */
  weight: number;
}

/** The fewest units a document must match: all, or `ratio` of them (at least one). */
export function minimumMatch(query: SearchQuery, ratio = 1): number {
  return Math.max(1, Math.ceil(unitCount(query) * ratio - 1e-9));
}

/**
 * The aggregation at the heart of search, as a query builder over
 * `search_term` grouped by document: `docId`, `matched` (distinct query
 * units found) and `weight`, keeping documents with at least `minMatched`
 * units. Bigram queries are ranges of the primary key (docType, term,
 * scope); a one-character query matches the character itself or any bigram
 * starting with it. Parameters are prefixed `search` so the builder can be
 * embedded in another query. Returns null for a query with nothing to find.
 */
export function matchQuery(
  manager: EntityManager,
  options: MatchOptions,
  idsOnly = false,
): SelectQueryBuilder<SearchTerm> | null {
  const { query } = options;
  const units = unitCount(query);
  if (units === 0) return null;
  const builder = manager
    .createQueryBuilder()
    .from(SearchTerm, 'st')
    .select('st.docId', 'docId')
    .where('st.docType = :searchDocType', { searchDocType: options.docType });
  let matched = 'COUNT(*)';
  if (query.bigrams.length > 0) {
    builder.andWhere('st.term IN (:...searchTerms)', { searchTerms: query.bigrams });
  } else {
    const conditions = query.characters.map(
      (_unit, index) =>
        `(st.term = :searchChar${index} OR st.term BETWEEN :searchFrom${index} AND :searchTo${index})`,
    );
    query.characters.forEach((unit, index) => {
      builder.setParameter(`searchChar${index}`, unit.term);
      builder.setParameter(`searchFrom${index}`, unit.range[0]);
      builder.setParameter(`searchTo${index}`, unit.range[1]);
    });
    builder.andWhere(`(${conditions.join(' OR ')})`);
    const cases = conditions.map((condition, index) => `WHEN ${condition} THEN ${index}`);
    matched = `COUNT(DISTINCT CASE ${cases.join(' ')} END)`;
  }
  if (options.scope !== undefined) {
    builder.andWhere('st.scope = :searchScope', { searchScope: options.scope });
  }
  if (!idsOnly) {
    builder.addSelect(matched, 'matched').addSelect('SUM(st.weight)', 'weight');
  }
  return builder
    .groupBy('st.docId')
    .having(`${matched} >= :searchMinimum`, { searchMinimum: options.minMatched ?? units });
}

/** Runs matchQuery: the matching documents, best first, at most `limit`. */
export async function findMatches(
  manager: EntityManager,
  options: MatchOptions,
  limit: number,
): Promise<MatchRow[]> {
  const builder = matchQuery(manager, options);
  if (!builder) return [];
  const rows: Array<Record<string, string | number>> = await builder
    .orderBy('matched', 'DESC')
    .addOrderBy('weight', 'DESC')
    .addOrderBy('docId', 'DESC')
    .limit(limit)
    .getRawMany();
  return rows.map((row) => ({
    docId: Number(row.docId),
    matched: Number(row.matched),
    weight: Number(row.weight),
  }));
}
