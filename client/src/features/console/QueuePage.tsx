import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { LIMITS, Role, TicketState } from '@support/shared';
import { useSession } from '../../core/session/session-context';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { TicketTable } from '../ticket/TicketTable';
import { useTicketListLive } from '../ticket/useTicketListLive';
import { QueueEventsSubscription, QueuePageQuery } from './console.operations';
import { readQueueFilter, toTicketFilter } from './queue-filter';
import { QueueFilters } from './QueueFilters';
import { useListKeyboard } from './useListKeyboard';
import './console.css';

const PAGE_SIZE = 50;

/** New tickets wait for their first response: they get the engineer's attention. */
const NEEDS_PICKUP = [TicketState.NEW];

/**
 * The agents' queue in queue order (breach risk, severity, age), live:
 * new tickets appear and state, assignee and severity change in place.
 * Filters live in the URL; j/k or the arrows move, Enter opens.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { me } = useSession();
  const filter = readQueueFilter(params, me?.role ?? Role.ENGINEER);
  const first = Math.min(Number(params.get('first')) || PAGE_SIZE, LIMITS.maxPageSize);

  const { data, error, refetch } = useQuery(QueuePageQuery, {
    variables: { filter: toTicketFilter(filter), first },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const recent = useTicketListLive({
    subscription: QueueEventsSubscription,
    select: (result) => result.queueEvents,
    cursor: data?.eventCursor,
    refetch,
  });
  const tickets = data?.tickets.edges.map((edge) => edge.node) ?? [];
  const calendars = useMemo(
    () => new Map(data?.organisations.map((org) => [org.id, org.businessCalendar]) ?? []),
    [data?.organisations],
  );
  const keyboard = useListKeyboard(tickets.length, (index) =>
    navigate(`/console/tickets/${tickets[index].number}`),
  );

  function setParam(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  }

  const more = data?.tickets.pageInfo.hasNextPage && first < LIMITS.maxPageSize;
  return (
    <section>
      <div className="page-heading">
        <h1>{t('queue.title')}</h1>
        <p className="muted small" id="queue-keys">
          {t('queue.keyboardHint')}
        </p>
      </div>
      <QueueFilters values={filter} organisations={data?.organisations ?? []} onChange={setParam} />
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && tickets.length === 0 && <p className="empty">{t('queue.empty')}</p>}
      {data && tickets.length > 0 && (
        <>
          <p className="muted small" aria-live="polite">
            {t('list.count', { shown: tickets.length, total: data.tickets.totalCount })}
          </p>
          <TicketTable
            caption={t('queue.title')}
            tickets={tickets}
            linkTo={(number) => `/console/tickets/${number}`}
            columns={['organisation', 'timeLeft', 'assignee', 'planned']}
            calendarOf={(id) => calendars.get(id) ?? null}
            recent={recent}
            attention={NEEDS_PICKUP}
            selected={keyboard}
          />
          {more && (
            <button
              type="button"
              className="button"
              onClick={() => setParam('first', String(LIMITS.maxPageSize))}
            >
              {t('list.showMore')}
            </button>
          )}
          {data.tickets.pageInfo.hasNextPage && !more && (
            <p className="muted small">{t('list.refine')}</p>
          )}
        </>
      )}
    </section>
  );
}
