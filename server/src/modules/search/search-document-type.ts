/**
 * What an indexed document is. Stored as a small integer: it leads the
 * index key of every search term, so it should be short.
 */
export enum SearchDocType {
  TICKET = 1,
  ARTICLE = 2,
  IDEA = 3,
}

/** Scope of documents that everyone who may search them sees (articles, ideas). */
export const UNSCOPED = 0;
