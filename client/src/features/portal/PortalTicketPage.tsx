import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { TicketAction, TicketState } from '@support/shared';
import { useFormat } from '../../core/format/useFormat';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { AttachmentList } from '../attachments/AttachmentList';
import { CustomerServiceLevel } from '../service-level/ServiceLevelCard';
import { LinkedIdeaCard } from '../ideas/LinkedIdeaCard';
import { FollowNotice } from '../search/FollowNotice';
import { CommentForm } from '../ticket/CommentForm';
import { LiveUpdateNotice } from '../ticket/LiveUpdateNotice';
import { PlannedAvailabilityCard } from '../ticket/PlannedAvailabilityCard';
import { StageProgress } from '../ticket/StageProgress';
import { Thread } from '../ticket/Thread';
import { TicketActionsPanel } from '../ticket/TicketActionsPanel';
import { TicketHeader } from '../ticket/TicketHeader';
import { useTicketPage } from '../ticket/useTicketPage';
import { StatusCallout } from './StatusCallout';
import './portal.css';

/**
 * Answering a question is a reply: the server applies PROVIDE_INFO when the
 * customer replies to a ticket waiting on them, so no separate button.
 */
const REPLY_ACTIONS: readonly TicketAction[] = [TicketAction.PROVIDE_INFO];

/**
 * The customer's live status page of one ticket: where it stands (stage,
 * state, planned availability of the fix), what support said, and what
 * the customer can do now (reply, accept, say what is unresolved,
 * withdraw). Everything updates live through `ticketEvents`.
 */
export function PortalTicketPage({ number }: { number: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ticket, loading, error, reload, lastEvent, liveFailed } = useTicketPage(number);
  const justCreated = (useLocation().state as { created?: boolean } | null)?.created === true;

  if (error && !ticket) return <ErrorAlert error={error} />;
  if (!ticket) {
    if (loading) return <Loading />;
    return (
      <section className="centered-page">
        <h1>{t('ticket.notFound', { number })}</h1>
        <Link to="/portal">{t('ticket.backToList')}</Link>
      </section>
    );
  }

  return (
    <article className="ticket-page" data-testid="ticket-page">
      <Link to="/portal" className="back-link">
        {t('ticket.backToList')}
      </Link>
      {justCreated && (
        <p className="alert alert-success" role="status" data-testid="created-notice">
          {t('status.created', { number: ticket.number })}
        </p>
      )}
      <TicketHeader ticket={ticket} />
      <FollowNotice number={ticket.number} />
      <StageProgress state={ticket.state} />
      <p className="state-info" data-testid="state-info">
        {t(`stateInfo.${ticket.state}`)}
      </p>
      <StatusCallout state={ticket.state} />
      <LiveUpdateNotice event={lastEvent} failed={liveFailed} />
      <div className="ticket-columns">
        <div className="ticket-main">
          <PlannedAvailabilityCard
            planned={ticket.plannedAvailability}
            history={ticket.plannedAvailabilityHistory}
          />
          <section className="card" aria-labelledby="thread-title">
            <h2 id="thread-title" className="card-title">
              {t('thread.title')}
            </h2>
            <div className="description">
              <p className="muted small">
                {t('ticket.openedBy', {
                  name: ticket.requester.name,
                  time: format.dateTime(ticket.createdAt),
                })}
              </p>
              <p className="prewrap">{ticket.description}</p>
              <AttachmentList
                attachments={ticket.attachments.filter((file) => file.commentId === null)}
              />
            </div>
            <Thread comments={ticket.comments} />
            {ticket.capabilities.comment ? (
              <CommentForm
                number={ticket.number}
                allowInternal={false}
                reload={reload}
                label={
                  ticket.state === TicketState.WAITING_FOR_CUSTOMER
                    ? t('thread.answerLabel')
                    : undefined
                }
              />
            ) : (
              <p className="muted">{t('thread.closed')}</p>
            )}
          </section>
        </div>
        <aside className="ticket-side">
          <CustomerServiceLevel
            level={ticket.serviceLevel}
            calendar={ticket.organisation.businessCalendar}
          />
          <LinkedIdeaCard number={ticket.number} />
          {ticket.allowedActions.some((action) => !REPLY_ACTIONS.includes(action)) && (
            <TicketActionsPanel ticket={ticket} reload={reload} hide={REPLY_ACTIONS} />
          )}
          <section className="card" aria-labelledby="facts-title">
            <h2 id="facts-title" className="card-title">
              {t('ticket.details')}
            </h2>
            <dl className="facts">
              <dt>{t('ticket.organisation')}</dt>
              <dd>{ticket.organisation.name}</dd>
              <dt>{t('ticket.requester')}</dt>
              <dd>{ticket.requester.name}</dd>
              <dt>{t('ticket.assignee')}</dt>
              <dd>{ticket.assignee?.name ?? t('ticket.notYetAssigned')}</dd>
              <dt>{t('ticket.created')}</dt>
              <dd>{format.dateTime(ticket.createdAt)}</dd>
              <dt>{t('ticket.updated')}</dt>
              <dd>{format.dateTime(ticket.updatedAt)}</dd>
              {ticket.resolution && (
                <>
                  <dt>{t('ticket.resolution')}</dt>
                  <dd>{t(`resolution.${ticket.resolution}`)}</dd>
                </>
              )}
            </dl>
          </section>
        </aside>
      </div>
    </article>
  );
}
