import { In } from 'typeorm';
import { TicketState } from '@support/shared';
import type { TicketQueries } from '../ticket/ticket-queries';
import type { Ticket } from '../ticket/ticket.entity';
import { normalise, runsOf } from './normalise';
import { SearchDocType } from './search-document-type';
import { parseQuery, unitCount } from './search-query';
import { SearchTerm } from './search-term.entity';
import { documentKey } from './terms';
import { SearchField, type FieldRange } from './search-field';
import { searchTickets, ticketHighlights } from './ticket-search';
import type { SimilarTicketsInput } from './similar-tickets.inputs';
import { SimilarityReason, type SimilarTicket } from './similar-tickets.types';

/** Share of the typed text's bigrams a ticket must contain to be considered. */
const TEXT_RATIO = 0.3;
/** Likeness below which a ticket that shares no document ID is not suggested. */
const MIN_LIKENESS = 0.3;
/** Bigrams the typed text needs before text suggestions start (three characters). */
const MIN_UNITS = 2;

function bigramSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const run of runsOf(normalise(text))) {
    const points = run.codePoints;
    for (let index = 0; index + 1 < points.length; index += 1) {
      set.add(String.fromCodePoint(points[index], points[index + 1]));
    }
  }
  return set;
}

/** Dice coefficient of two texts' bigram sets: 1 for the same words, 0 for nothing shared. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const bigram of a) if (b.has(bigram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Open tickets of the viewer's organisation naming one of the document IDs. */
async function sameDocument(
  tickets: TicketQueries,
  documentIds: readonly string[],
  keys: readonly number[],
): Promise<Map<number, { ticket: Ticket; matched: string[] }>> {
  const found = new Map<number, { ticket: Ticket; matched: string[] }>();
  if (keys.length === 0) return found;
  const scope = tickets.organisationScope();
  const builder = tickets
    .visible()
    .connection.manager.createQueryBuilder()
    .from(SearchTerm, 'st')
    .select('DISTINCT st.docId', 'docId')
    .where('st.docType = :docType', { docType: SearchDocType.TICKET })
    .andWhere({ term: In([...keys]) });
  if (scope !== null) builder.andWhere('st.scope = :scope', { scope });
  const rows: Array<{ docId: number | string }> = await builder.limit(100).getRawMany();
  const wanted = new Set(documentIds.map(documentKey));
  for (const ticket of await tickets.findByIds(rows.map((row) => Number(row.docId)))) {
    if (ticket.state === TicketState.CLOSED) continue;
    // Keys are hashes: the IDs themselves confirm the match.
    const matched = ticket.documentIds.filter((id) => wanted.has(documentKey(id)));
    if (matched.length > 0) found.set(ticket.id, { ticket, matched });
  }
  return found;
}

/**
 * The duplicate check: open tickets of the viewer's organisation that look
 * like the ticket being typed, best first. Text likeness mixes how much of
 * the typed text a ticket contains with how alike the titles are; a ticket
 * naming one of the same document IDs is always suggested. Everything is
 * read through the viewer's TicketQueries, so another organisation's
 * tickets never appear.
 */
export async function findSimilarTickets(
  tickets: TicketQueries,
  input: SimilarTicketsInput,
  now: Date,
): Promise<SimilarTicket[]> {
  const title = input.title?.trim() ?? '';
  const text = [title, input.description?.trim() ?? ''].filter(Boolean).join('\n');
  const documentIds = (input.documentIds ?? []).map((id) => id.trim()).filter(Boolean);
  const query = parseQuery(text, documentIds);
  const suggestions = new Map<number, SimilarTicket>();
  if (unitCount(query) >= MIN_UNITS) {
    const titleBigrams = bigramSet(title || text);
    const hits = await searchTickets(
      tickets,
      text,
      { first: input.first * 4, openOnly: true, ratio: TEXT_RATIO },
      now,
    );
    for (const hit of hits) {
      const likeness =
        0.6 * (hit.matched / hit.units) + 0.4 * dice(titleBigrams, bigramSet(hit.ticket.title));
      if (likeness < MIN_LIKENESS) continue;
      suggestions.set(hit.ticket.id, {
        ticket: hit.ticket,
        score: likeness,
        reasons: [SimilarityReason.SIMILAR_TEXT],
        matchedDocumentIds: [],
        highlights: hit.highlights,
      });
    }
  }
  for (const { ticket, matched } of (
    await sameDocument(tickets, documentIds, query.documentKeys)
  ).values()) {
    const existing = suggestions.get(ticket.id);
    const ranges: FieldRange[] = matched.map((id) => ({
      field: SearchField.DOCUMENT_ID,
      item: ticket.documentIds.indexOf(id),
      start: 0,
      end: id.length,
    }));
    suggestions.set(ticket.id, {
      ticket,
      score: Math.min(1, 0.6 + 0.4 * (existing?.score ?? 0)),
      reasons: [...(existing?.reasons ?? []), SimilarityReason.SAME_DOCUMENT],
      matchedDocumentIds: matched,
      highlights: [
        ...(existing?.highlights ?? ticketHighlights(ticket, query)).filter(
          (range) => range.field !== SearchField.DOCUMENT_ID,
        ),
        ...ranges,
      ],
    });
  }
  return [...suggestions.values()]
    .sort((a, b) => b.score - a.score || b.ticket.id - a.ticket.id)
    .slice(0, input.first);
}
