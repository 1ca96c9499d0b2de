import type { SearchDocType } from './search-document-type';
import { unitCount, type SearchQuery } from './search-query';

/** Which documents to look in and how many query units they must contain. */
export interface MatchOptions {
  docType: SearchDocType;
  query: SearchQuery;
  /** Only documents of this scope (a customer's organisation); undefined for all. */
  scope?: number;
  /** Fewest query units a document must contain; default all of them. */
  minMatched?: number;
}

/** The fewest units a document must match: all, or `ratio` of them (at least one). */
export function minimumMatch(query: SearchQuery, ratio = 1): number {
  return Math.max(1, Math.ceil(unitCount(query) * ratio - 1e-9));
}
