import { Ticket } from '../ticket/ticket.entity';
import { SearchDocType } from './search-document-type';
import type { IndexedDocument, SearchSource } from './search-index';
import { unindexedIds } from './unindexed-ids';

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
