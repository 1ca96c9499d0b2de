import { LessThanOrEqual, type EntityManager } from 'typeorm';
import { HistoryKind, Locale, TicketAction, TicketEventKind, TicketState } from '@support/shared';
import { TicketEventRecord } from '../../core/events/ticket-event.entity';
import type { AppLogger } from '../../core/logging/logger';
import { inviteToSurvey, surveyUrl } from '../survey/survey-invitations';
import { Comment } from '../ticket/comment.entity';
import { HistoryEntry } from '../ticket/history-entry.entity';
import { Ticket } from '../ticket/ticket.entity';
import { User } from '../user/user.entity';
import { renderMail, type MailContext, type MailDraft, type RenderedMail } from './mail-layout';
import { acknowledgement } from './templates/acknowledgement';
import { closed } from './templates/closed';
import { plannedAvailability, type PlannedValues } from './templates/planned-availability';
import { solutionProposed } from './templates/solution-proposed';
import { waitingForCustomer } from './templates/waiting-for-customer';
import { withdrawn } from './templates/withdrawn';

/** The messages the console sends; each is one template module. */
export type MailTemplate =
  | 'acknowledgement'
  | 'waiting-for-customer'
  | 'solution-proposed'
  | 'planned-availability'
  | 'closed'
  | 'withdrawn';

/** A message to queue for one recipient. */
export interface PlannedMail {
  recipientUserId: number;
  recipient: string;
  template: MailTemplate;
  locale: Locale;
  rendered: RenderedMail;
}

/** What planning needs besides the event. */
export interface PlanOptions {
  /** Base of every link, without a trailing slash. */
  publicUrl: string;
  now: Date;
  logger: AppLogger;
}

/** The customer portal page of a ticket. */
export function ticketUrl(publicUrl: string, number: string): string {
  return `${publicUrl}/portal/tickets/${encodeURIComponent(number)}`;
}

/**
 * The history entry written with this event. Every STATE_CHANGED and
 * PLANNED_AVAILABILITY_CHANGED event is appended in the same transaction
 * as exactly one history entry of the same kind (see applyChange), so the
 * k-th such event of a ticket pairs with its k-th such entry; the shared
 * instant confirms the pair. Null when they do not pair.
 */
async function historyOf(
  manager: EntityManager,
  event: TicketEventRecord,
  kind: HistoryKind,
): Promise<HistoryEntry | null> {
  const position = await manager.countBy(TicketEventRecord, {
    ticketId: event.ticketId,
    kind: event.kind,
    sequence: LessThanOrEqual(event.sequence),
  });
  const [entry] = await manager.find(HistoryEntry, {
    where: { ticketId: event.ticketId, kind },
    order: { id: 'ASC' },
    skip: position - 1,
    take: 1,
  });
  if (!entry || new Date(entry.at).getTime() !== new Date(event.at).getTime()) return null;
  return entry;
}

/** The event's comment if customers may read it; internal notes never reach an email. */
async function publicComment(
  manager: EntityManager,
  commentId: number | null,
): Promise<string | null> {
  if (commentId === null) return null;
  const comment = await manager.findOneBy(Comment, { id: commentId });
  return comment && !comment.internal ? comment.body : null;
}

type Draft = { template: MailTemplate; draft: MailDraft };

async function stateChangeDraft(
  manager: EntityManager,
  event: TicketEventRecord,
  ticket: Ticket,
  context: MailContext,
  options: PlanOptions,
): Promise<Draft | null> {
  const entry = await historyOf(manager, event, HistoryKind.STATE_CHANGED);
  if (!entry) {
    options.logger.warn({ category: 'mail', sequence: event.sequence }, 'no history for event');
    return null;
  }
  switch (entry.toValue) {
    case TicketState.WAITING_FOR_CUSTOMER: {
      const question = await publicComment(manager, event.commentId);
      return { template: 'waiting-for-customer', draft: waitingForCustomer(context, question) };
    }
    case TicketState.SOLUTION_PROPOSED: {
      const proposal = await publicComment(manager, event.commentId);
      return { template: 'solution-proposed', draft: solutionProposed(context, proposal) };
    }
    case TicketState.CLOSED: {
      if (entry.action === TicketAction.WITHDRAW) {
        return { template: 'withdrawn', draft: withdrawn(context) };
      }
      const invitation = await inviteToSurvey(manager, ticket, options.now);
      if (!invitation) return null;
      const survey = { url: surveyUrl(options.publicUrl, invitation.secret), ...invitation };
      return { template: 'closed', draft: closed(context, survey) };
    }
    default:
      return null;
  }
}

async function plannedDraft(
  manager: EntityManager,
  event: TicketEventRecord,
  context: MailContext,
): Promise<Draft | null> {
  const entry = await historyOf(manager, event, HistoryKind.PLANNED_AVAILABILITY_CHANGED);
  if (!entry?.toValue) return null;
  const values = JSON.parse(entry.toValue) as PlannedValues;
  return { template: 'planned-availability', draft: plannedAvailability(context, values) };
}

/**
 * The emails one ticket event causes, rendered for the requester in their
 * language: acknowledgement on creation; "waiting for you", "solution
 * proposed" and "closed" (with a new survey invitation, written in the
 * caller's transaction) or "withdrawn" on those state changes; planned
 * availability changes. Internal events and other kinds send nothing, nor
 * does anything to an inactive requester.
 */
export async function planMail(
  manager: EntityManager,
  event: TicketEventRecord,
  options: PlanOptions,
): Promise<PlannedMail[]> {
  if (event.internal) return [];
  const relevant = [
    TicketEventKind.CREATED,
    TicketEventKind.STATE_CHANGED,
    TicketEventKind.PLANNED_AVAILABILITY_CHANGED,
  ];
  if (!relevant.includes(event.kind)) return [];
  const ticket = await manager.findOneBy(Ticket, { id: event.ticketId });
  const requester = ticket && (await manager.findOneBy(User, { id: ticket.requesterId }));
  if (!ticket || !requester?.active) return [];

  const locale = requester.locale === Locale.JA ? Locale.JA : Locale.EN;
  const context: MailContext = {
    locale,
    recipientName: requester.name,
    ticketNumber: ticket.number,
    ticketTitle: ticket.title,
    ticketUrl: ticketUrl(options.publicUrl, ticket.number),
    timeZone: requester.timeZone,
  };
  let planned: Draft | null = null;
  if (event.kind === TicketEventKind.CREATED) {
    planned = { template: 'acknowledgement', draft: acknowledgement(context) };
  } else if (event.kind === TicketEventKind.STATE_CHANGED) {
    planned = await stateChangeDraft(manager, event, ticket, context, options);
  } else {
    planned = await plannedDraft(manager, event, context);
  }
  if (!planned) return [];
  return [
    {
      recipientUserId: requester.id,
      recipient: requester.email,
      template: planned.template,
      locale,
      rendered: renderMail(context, planned.draft),
    },
  ];
}
