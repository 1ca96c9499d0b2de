import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const integer = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/**
 * One term of one document: the inverted index. The primary key
 * (docType, term, docId) makes the documents containing a term one range
 * of the B-tree in document order (newest last), and a (term, document)
 * pair one point lookup. The (docType, scope, term, docId, weight) index
 * does the same within one organisation, for customers' searches, and
 * covers what they read. The (docType, docId) index finds a document's
 * terms to replace them. There is one row per term and document: `weight`
 * sums the occurrences, weighted by field (title above body).
 */
@Entity({ name: 'search_term', withoutRowid: true })
@Index(['docType', 'docId'])
@Index(['docType', 'scope', 'term', 'docId', 'weight'])
export class SearchTerm {
  /** SearchDocType. */
  @PrimaryColumn({ type: 'smallint' })
  docType: number;

  /** A character, bigram or document-ID term (see terms.ts). */
  @PrimaryColumn({ type: 'bigint', transformer: integer })
  term: number;

  @PrimaryColumn({ type: 'int' })
  docId: number;

  /** Tickets: the organisation (customers search only theirs); other documents: 0. */
  @Column({ type: 'int' })
  scope: number;

  @Column({ type: 'smallint' })
  weight: number;
}
