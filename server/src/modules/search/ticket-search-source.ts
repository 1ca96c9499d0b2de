import type { EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { Ticket } from '../ticket/ticket.entity';
import { SearchDocType } from './search-document-type';
import { SearchDocument } from './search-document.entity';
import type { IndexedDocument, SearchSource } from './search-index';

/**
 * Ids of rows of `entity` (primary column `id`) with no search_document
 * yet: what the start-up backfill still has to index.
 */
export async function unindexedIds<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  docType: SearchDocType,
  limit: number,
): Promise<number[]> {
  const rows: Array<{ id: string | number }> = await manager
    .createQueryBuilder(entity, 'row')
    .select('row.id', 'id')
    .leftJoin(SearchDocument, 'doc', 'doc.docType = :docType AND doc.docId = row.id', { docType })
    .where('doc.docId IS NULL')
    .orderBy('row.id', 'ASC')
    .limit(limit)
    .getRawMany();
  return rows.map((row) => Number(row.id));
}

/** The ticket as indexed: title, description and affected document IDs, scoped to its organisation. */
export function ticketDocument(ticket: Ticket): IndexedDocument {
  return {
    docType: SearchDocType.TICKET,
    docId: ticket.id,
    scope: ticket.organisationId,
    title: ticket.title,
    body: ticket.description,
    documentIds: ticket.documentIds,
  };
}

/** Tickets for the search index. */
export const ticketSearchSource: SearchSource = {
  docType: SearchDocType.TICKET,
  async load(manager, docId) {
    const ticket = await manager.findOneBy(Ticket, { id: docId });
    return ticket ? ticketDocument(ticket) : null;
  },
  unindexed: (manager, limit) => unindexedIds(manager, Ticket, SearchDocType.TICKET, limit),
};
