import { TicketState } from '@support/shared';
import type { TicketQueries } from '../ticket/ticket-queries';
import type { Ticket } from '../ticket/ticket.entity';
import { highlight, snippet, type Snippet } from './highlight';
import { SearchField, type FieldRange } from './search-field';
import { minimumMatch } from './search-matcher';
import { rankedSearch } from './ranked-search';
import { SearchDocType } from './search-document-type';
import { parseQuery, unitCount, type SearchQuery } from './search-query';

/** A ranked ticket with where the query occurs in it. */
export interface TicketHit {
  ticket: Ticket;
  score: number;
  /** Query units the ticket contains, of `units`. */
  matched: number;
  units: number;
  highlights: FieldRange[];
  snippet: Snippet;
}

/** How to search tickets. */
export interface TicketSearchOptions {
  /** Hits to return. */
  first: number;
  /** Only tickets that are not closed. */
  openOnly?: boolean;
  /** Share of the query a ticket must contain: 1 (default) is all of it. */
  ratio?: number;
}

/** Title, description and document-ID highlights of a ticket. */
export function ticketHighlights(ticket: Ticket, query: SearchQuery): FieldRange[] {
  const ranges: FieldRange[] = [
    ...highlight(ticket.title, query).map((range) => ({
      ...range,
      field: SearchField.TITLE,
      item: 0,
    })),
    ...highlight(ticket.description, query).map((range) => ({
      ...range,
      field: SearchField.BODY,
      item: 0,
    })),
  ];
  ticket.documentIds.forEach((id, item) => {
    for (const range of highlight(id, query)) {
      ranges.push({ ...range, field: SearchField.DOCUMENT_ID, item });
    }
  });
  return ranges;
}

/** A snippet of the description around its first highlight. */
export function bodySnippet(body: string, ranges: FieldRange[]): Snippet {
  return snippet(
    body,
    ranges.filter((range) => range.field === SearchField.BODY),
  );
}

/**
 * Ranked full-text search of tickets. Tenant scoping goes through the
 * viewer's TicketQueries: the index lookups are narrowed to a customer's
 * organisation, and the matching tickets are loaded through `visible()`,
 * so a customer never receives another organisation's ticket.
 */
export async function searchTickets(
  tickets: TicketQueries,
  text: string,
  options: TicketSearchOptions,
  now: Date,
): Promise<TicketHit[]> {
  const query = parseQuery(text);
  const base = tickets.visible();
  if (options.openOnly) base.andWhere('ticket.state <> :closed', { closed: TicketState.CLOSED });
  const match = {
    docType: SearchDocType.TICKET,
    query,
    scope: tickets.organisationScope() ?? undefined,
    minMatched: minimumMatch(query, options.ratio ?? 1),
  };
  const ranked = await rankedSearch(base, 'ticket', 'updatedAt', match, options.first, now);
  const units = unitCount(query);
  return ranked.map(({ entity: ticket, score, matched }) => {
    const highlights = ticketHighlights(ticket, query);
    return {
      ticket,
      score,
      matched,
      units,
      highlights,
      snippet: bodySnippet(ticket.description, highlights),
    };
  });
}
