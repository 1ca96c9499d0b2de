import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import { SearchDocType } from './search-document-type';
import { SearchDocument } from './search-document.entity';
import { SearchTerm } from './search-term.entity';
import { documentTerms, type SearchableText } from './terms';

/** A document as the index receives it. */
export interface IndexedDocument extends SearchableText {
  docType: SearchDocType;
  docId: number;
  /** Tickets: the organisation (customers search only theirs); others UNSCOPED. */
  scope: number;
}

/**
 * Where the index gets documents of one type: a feature module registers
 * one, and the index reloads a document through it when told it changed.
 */
export interface SearchSource {
  docType: SearchDocType;
  /** The document as it is now, in the caller's transaction; null when it is gone. */
  load(manager: EntityManager, docId: number): Promise<IndexedDocument | null>;
  /** Ids of documents that have no index entry yet, ascending, at most `limit`. */
  unindexed(manager: EntityManager, limit: number): Promise<number[]>;
}

/** Rows per INSERT: 5 parameters each stays far below SQLite's variable limit. */
const INSERT_BATCH = 500;

function contentHash(document: IndexedDocument): string {
  const fields = [document.scope, document.title, document.body, document.documentIds ?? []];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Writes the inverted index. Every write runs inside the caller's
 * transaction, so a document and its index entries commit (or roll back)
 * together. A document whose text did not change costs one primary-key
 * read: ticket changes refresh the index on every move.
 */
export class SearchIndex {
  private readonly sources = new Map<SearchDocType, SearchSource>();

  constructor(private readonly clock: Clock) {}

  /** Makes a document type indexable; `refresh` and the backfill use its source. */
  register(source: SearchSource): void {
    this.sources.set(source.docType, source);
  }

  /** The registered sources (for the start-up backfill). */
  registered(): SearchSource[] {
    return [...this.sources.values()];
  }

  /** Re-reads a document through its source and indexes it (or removes it when gone). */
  async refresh(manager: EntityManager, docType: SearchDocType, docId: number): Promise<void> {
    const source = this.sources.get(docType);
    if (!source) throw new Error(`No search source for document type ${docType}.`);
    const document = await source.load(manager, docId);
    if (document) await this.write(manager, document);
    else await this.remove(manager, docType, docId);
  }

  /** Indexes a ticket; the callback ticket changes run inside their transaction. */
  indexTicket(manager: EntityManager, ticketId: number): Promise<void> {
    return this.refresh(manager, SearchDocType.TICKET, ticketId);
  }

  /** Replaces the document's terms unless its text and scope are unchanged. */
  async write(manager: EntityManager, document: IndexedDocument): Promise<void> {
    const hash = contentHash(document);
    const key = { docType: document.docType, docId: document.docId };
    const existing = await manager.findOneBy(SearchDocument, key);
    if (existing?.contentHash === hash) return;
    if (existing) await manager.delete(SearchTerm, key);
    const rows = [...documentTerms(document)].map(([term, weight]) => ({
      ...key,
      term,
      scope: document.scope,
      weight,
    }));
    for (let first = 0; first < rows.length; first += INSERT_BATCH) {
      await manager.insert(SearchTerm, rows.slice(first, first + INSERT_BATCH));
    }
    await manager.save(
      manager.create(SearchDocument, {
        ...key,
        scope: document.scope,
        contentHash: hash,
        termCount: rows.length,
        indexedAt: this.clock.now(),
      }),
    );
  }

  /** Removes a document from the index. */
  async remove(manager: EntityManager, docType: SearchDocType, docId: number): Promise<void> {
    await manager.delete(SearchTerm, { docType, docId });
    await manager.delete(SearchDocument, { docType, docId });
  }
}
