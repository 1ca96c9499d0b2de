import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Role } from '@support/shared';
import { useFormat } from '../../core/format/useFormat';
import { useSession } from '../../core/session/session-context';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { PresenceBar } from '../presence/PresenceBar';
import { usePresence } from '../presence/usePresence';
import { useTypingReporter } from '../presence/useTypingReporter';
import { ServiceLevelCard } from '../service-level/ServiceLevelCard';
import { SatisfactionCard } from '../survey/SatisfactionCard';
import { TicketIdeaLink } from '../ideas/TicketIdeaLink';
import { CommentForm } from '../ticket/CommentForm';
import { LiveUpdateNotice } from '../ticket/LiveUpdateNotice';
import { PlannedAvailabilityCard } from '../ticket/PlannedAvailabilityCard';
import { StageProgress } from '../ticket/StageProgress';
import { Thread } from '../ticket/Thread';
import { TicketActionsPanel } from '../ticket/TicketActionsPanel';
import { TicketHeader } from '../ticket/TicketHeader';
import { useTicketPage } from '../ticket/useTicketPage';
import { AssignControl } from './AssignControl';
import { HistoryList } from './HistoryList';
import { PlannedAvailabilityEditor } from './PlannedAvailabilityEditor';
import { ReportedProblem } from './ReportedProblem';
import { SeverityControl } from './SeverityControl';
import { WorkspaceTabs } from './WorkspaceTabs';
import './console.css';

/**
 * An agent's workspace for one ticket: the reported problem, the thread
 * with replies and internal notes, the allowed moves, the assignee, the
 * planned availability (editable by those who may set it) and the
 * history. Live through `ticketEvents`; stale edits are refused (CONFLICT)
 * and the ticket reloads with the input kept.
 */
export function WorkspacePage({ number }: { number: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const { ticket, loading, error, reload, lastEvent, liveFailed } = useTicketPage(number);
  const presence = usePresence(number, me?.id ?? '', ticket !== null);
  const typing = useTypingReporter(number, ticket !== null);

  if (error && !ticket) return <ErrorAlert error={error} />;
  if (!ticket) {
    if (loading) return <Loading />;
    return (
      <section className="centered-page">
        <h1>{t('ticket.notFound', { number })}</h1>
        <Link to="/console">{t('queue.back')}</Link>
      </section>
    );
  }

  return (
    <article className="ticket-page" data-testid="ticket-page">
      <Link to="/console" className="back-link">
        {t('queue.back')}
      </Link>
      <TicketHeader ticket={ticket} />
      <StageProgress state={ticket.state} />
      <LiveUpdateNotice event={lastEvent} failed={liveFailed} />
      <PresenceBar entries={presence} />
      <div className="ticket-columns">
        <div className="ticket-main">
          <ReportedProblem ticket={ticket} />
          <WorkspaceTabs
            panels={{
              conversation: (
                <>
                  <Thread comments={ticket.comments} />
                  {ticket.capabilities.comment && (
                    <CommentForm
                      number={ticket.number}
                      allowInternal={ticket.capabilities.addInternalNote}
                      reload={reload}
                      typing={typing}
                    />
                  )}
                </>
              ),
              history: <HistoryList history={ticket.history} />,
            }}
          />
        </div>
        <aside className="ticket-side">
          <ServiceLevelCard
            level={ticket.serviceLevel}
            calendar={ticket.organisation.businessCalendar}
          />
          <TicketActionsPanel ticket={ticket} reload={reload} />
          {(ticket.capabilities.assign || ticket.capabilities.changeSeverity) && (
            <section className="card" aria-labelledby="triage-title">
              <h2 id="triage-title" className="card-title">
                {t('workspace.triage')}
              </h2>
              {ticket.capabilities.changeSeverity && (
                <SeverityControl ticket={ticket} reload={reload} />
              )}
              {ticket.capabilities.assign && me && (
                <AssignControl ticket={ticket} reload={reload} myId={me.id} />
              )}
            </section>
          )}
          {ticket.satisfaction && <SatisfactionCard satisfaction={ticket.satisfaction} />}
          <PlannedAvailabilityCard
            planned={ticket.plannedAvailability}
            history={ticket.plannedAvailabilityHistory}
          />
          {ticket.capabilities.setPlannedAvailability && (
            <PlannedAvailabilityEditor ticket={ticket} reload={reload} />
          )}
          {(me?.role === Role.ENGINEER || me?.role === Role.ADMIN) && (
            <TicketIdeaLink
              number={ticket.number}
              title={ticket.title}
              description={ticket.description}
            />
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
              <dd>{ticket.assignee?.name ?? t('ticket.unassigned')}</dd>
              <dt>{t('ticket.created')}</dt>
              <dd>{format.dateTime(ticket.createdAt)}</dd>
              <dt>{t('ticket.updated')}</dt>
              <dd>{format.dateTime(ticket.updatedAt)}</dd>
              <dt>{t('ticket.reopenCount')}</dt>
              <dd data-testid="reopen-count">{ticket.reopenCount}</dd>
              <dt>{t('ticket.version')}</dt>
              <dd data-testid="ticket-version">{ticket.version}</dd>
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
