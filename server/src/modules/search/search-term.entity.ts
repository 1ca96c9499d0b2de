import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const integer = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/**
 * One term of one document: the inverted index. The primary key starts
 * with (docType, term), so the documents containing a term are one range
 * of the B-tree, narrowed by scope (a customer's organisation) and ordered
 * by document. A second index finds a document's terms to replace them.
 * There is one row per term and document: `weight` sums the occurrences,
 * weighted by field (title above body), so matched terms are COUNT(*).
 */
@Entity({ name: 'search_term', withoutRowid: true })
@Index(['docType', 'docId'])
export class SearchTerm {
  /** SearchDocType. */
  @PrimaryColumn({ type: 'smallint' })
  docType: number;

  /** A character, bigram or document-ID term (see terms.ts). */
  @PrimaryColumn({ type: 'bigint', transformer: integer })
  term: number;

  /** Tickets: the organisation; other documents: 0. */
  @PrimaryColumn({ type: 'int' })
  scope: number;

  @PrimaryColumn({ type: 'int' })
  docId: number;

  @Column({ type: 'smallint' })
  weight: number;
}
