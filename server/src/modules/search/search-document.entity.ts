import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * What the index holds of one document: a hash of the indexed text (so an
 * unchanged document is not rewritten on every ticket change) and its
 * number of distinct terms (for similarity, which compares sizes).
 */
@Entity({ name: 'search_document' })
export class SearchDocument {
  /** SearchDocType. */
  @PrimaryColumn({ type: 'smallint' })
  docType: number;

  @PrimaryColumn({ type: 'int' })
  docId: number;

  @Column({ type: 'int' })
  scope: number;

  /** SHA-256 (hex) of the indexed fields and scope. */
  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'int' })
  termCount: number;

  @DateTimeColumn()
  indexedAt: Date;
}
