import { In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { HistoryKind, Locale, TicketAction, TicketEventKind, TicketState } from '@support/shared';
import { TicketEventRecord } from '../../core/events/ticket-event.entity';
import type { AppLogger } from '../../core/logging/logger';
import { inviteToSurvey, surveyUrl } from '../survey/survey-invitations';
import { TicketFollower } from '../search/ticket-follower.entity';
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

async function plannedValues(
  manager: EntityManager,
  event: TicketEventRecord,
): Promise<PlannedValues | null> {
  const entry = await historyOf(manager, event, HistoryKind.PLANNED_AVAILABILITY_CHANGED);
  return entry?.toValue ? (JSON.parse(entry.toValue) as PlannedValues) : null;
}

/** Active customers following the ticket (not its requester), the oldest follow first. */
async function activeFollowers(
  manager: EntityManager,
  ticketId: number,
  requesterId: number,
): Promise<User[]> {
  const follows = await manager.find(TicketFollower, {
    where: { ticketId },
    order: { createdAt: 'ASC' },
  });
  const ids = follows.map((follow) => follow.userId).filter((id) => id !== requesterId);
  if (ids.length === 0) return [];
  const users = await manager.findBy(User, { id: In(ids) });
  const byId = new Map(users.map((user) => [user.id, user]));
  return ids
    .map((id) => byId.get(id))
    .filter((user): user is User => user !== undefined && user.active);
}

/** The message context for one recipient: their language, name and time zone. */
function contextFor(recipient: User, ticket: Ticket, options: PlanOptions): MailContext {
  return {
    locale: recipient.locale === Locale.JA ? Locale.JA : Locale.EN,
    recipientName: recipient.name,
    ticketNumber: ticket.number,
    ticketTitle: ticket.title,
    ticketUrl: ticketUrl(options.publicUrl, ticket.number),
    timeZone: recipient.timeZone,
  };
}

function mailTo(recipient: User, context: MailContext, planned: Draft): PlannedMail {
  return {
    recipientUserId: recipient.id,
    recipient: recipient.email,
    template: planned.template,
    locale: context.locale,
    rendered: renderMail(context, planned.draft),
  };
}

/**
 * The emails one ticket event causes, each rendered in its recipient's
 * language: to the requester, acknowledgement on creation; "waiting for
 * you", "solution proposed" and "closed" (with a new survey invitation,
 * written in the caller's transaction) or "withdrawn" on those state
 * changes; planned availability changes. Customers who follow the ticket
 * instead of opening a duplicate also get the planned availability (when
 * the fix comes is why they follow it); the conversation itself stays with
 * the requester. Internal events and other kinds send nothing, nor does
 * anything go to an inactive user.
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
  if (!ticket || !requester) return [];

  if (event.kind === TicketEventKind.PLANNED_AVAILABILITY_CHANGED) {
    const values = await plannedValues(manager, event);
    if (!values) return [];
    const followers = await activeFollowers(manager, ticket.id, requester.id);
    const recipients = requester.active ? [requester, ...followers] : followers;
    return recipients.map((recipient) => {
      const context = contextFor(recipient, ticket, options);
      const draft = plannedAvailability(context, values);
      return mailTo(recipient, context, { template: 'planned-availability', draft });
    });
  }

  if (!requester.active) return [];
  const context = contextFor(requester, ticket, options);
  const planned: Draft | null =
    event.kind === TicketEventKind.CREATED
      ? { template: 'acknowledgement', draft: acknowledgement(context) }
      : await stateChangeDraft(manager, event, ticket, context, options);
  return planned ? [mailTo(requester, context, planned)] : [];
}
