import type { TicketState } from '@support/shared';
import type { TicketDetailFragment } from '../../gql/graphql';

/** One difference between the copy an edit was based on and the ticket now. */
export type TicketChange =
  | { field: 'state'; from: TicketState; to: TicketState }
  | { field: 'severity'; from: number; to: number }
  | { field: 'assignee'; from: string | null; to: string | null }
  | { field: 'planned'; from: string | null; to: string | null }
  | { field: 'title'; from: string; to: string }
  | { field: 'comments'; count: number; authors: string[] };

/** The parts of a ticket a conflict explanation compares. */
export type ComparableTicket = Pick<
  TicketDetailFragment,
  'state' | 'severity' | 'assignee' | 'plannedAvailability' | 'title' | 'comments'
>;

function plannedText(ticket: ComparableTicket): string | null {
  const planned = ticket.plannedAvailability;
  const text = [planned?.release, planned?.date, planned?.reference, planned?.note]
    .filter(Boolean)
    .join(' · ');
  return text || null;
}

/**
 * What changed between `before` (the copy the user was editing) and
 * `after` (the ticket as the server has it now), in the order a person
 * reads a ticket: state, severity, assignee, planned availability, title,
 * then messages added meanwhile (how many, by whom).
 */
export function diffTicket(before: ComparableTicket, after: ComparableTicket): TicketChange[] {
  const changes: TicketChange[] = [];
  if (before.state !== after.state) {
    changes.push({ field: 'state', from: before.state, to: after.state });
  }
  if (before.severity !== after.severity) {
    changes.push({ field: 'severity', from: before.severity, to: after.severity });
  }
  if ((before.assignee?.id ?? null) !== (after.assignee?.id ?? null)) {
    changes.push({
      field: 'assignee',
      from: before.assignee?.name ?? null,
      to: after.assignee?.name ?? null,
    });
  }
  if (plannedText(before) !== plannedText(after)) {
    changes.push({ field: 'planned', from: plannedText(before), to: plannedText(after) });
  }
  if (before.title !== after.title) {
    changes.push({ field: 'title', from: before.title, to: after.title });
  }
  const known = new Set(before.comments.map((comment) => comment.id));
  const added = after.comments.filter((comment) => !known.has(comment.id));
  if (added.length > 0) {
    const authors = [...new Set(added.map((comment) => comment.author?.name ?? ''))].filter(
      Boolean,
    );
    changes.push({ field: 'comments', count: added.length, authors });
  }
  return changes;
}
