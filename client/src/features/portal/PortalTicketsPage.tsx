import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { TicketState } from '@support/shared';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { TicketOrder } from '../../gql/graphql';
import { SearchBox } from '../search/SearchBox';
import { TicketTable } from '../ticket/TicketTable';
import { useTicketListLive } from '../ticket/useTicketListLive';
import { OrganisationTicketEventsSubscription, PortalTicketsQuery } from './portal.operations';
import './portal.css';

/** Which tickets the status filter shows. */
type StatusFilter = 'open' | 'closed' | 'all';

const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'closed', 'all'];
const PAGE_SIZE = 50;

/** States in which the ticket waits on the customer. */
const WAITING_ON_CUSTOMER = [TicketState.WAITING_FOR_CUSTOMER, TicketState.SOLUTION_PROPOSED];

/**
 * The organisation's tickets (customers see every ticket of their
 * organisation, to avoid duplicates), most recently updated first, live:
 * new tickets appear and changes show in place. Filters live in the URL.
 */
export function PortalTicketsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = STATUS_FILTERS.find((value) => value === params.get('status')) ?? 'open';
  const mine = params.get('mine') === '1';
  const search = params.get('q') ?? '';

  const { data, error, refetch } = useQuery(PortalTicketsQuery, {
    variables: {
      filter: {
        open: status === 'all' ? undefined : status === 'open',
        mine: mine || undefined,
        search: search || undefined,
        order: TicketOrder.RecentlyUpdated,
      },
      first: PAGE_SIZE,
    },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const recent = useTicketListLive({
    subscription: OrganisationTicketEventsSubscription,
    select: (result) => result.organisationTicketEvents,
    cursor: data?.eventCursor,
    refetch,
  });

  function setFilter(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  }

  const tickets = data?.tickets.edges.map((edge) => edge.node) ?? [];
  return (
    <section>
      <div className="page-heading">
        <h1>{t('portal.title')}</h1>
        <Link to="/portal/new" className="button button-primary" data-testid="new-ticket">
          {t('nav.newTicket')}
        </Link>
      </div>
      <div className="filters" role="group" aria-label={t('filters.label')}>
        <SearchBox
          value={search}
          onSearch={(text) => setFilter('q', text || null)}
          label={t('search.ticketsLabel')}
          placeholder={t('search.ticketsPlaceholder')}
          testId="ticket-search"
        />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('portal.status')}</legend>
          {STATUS_FILTERS.map((value) => (
            <label key={value} className={value === status ? 'segment segment-on' : 'segment'}>
              <input
                type="radio"
                name="status"
                value={value}
                checked={value === status}
                data-testid={`filter-status-${value}`}
                onChange={() => setFilter('status', value === 'open' ? null : value)}
              />
              {t(`portal.filter.${value}`)}
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={mine}
            data-testid="filter-mine"
            onChange={(event) => setFilter('mine', event.target.checked ? '1' : null)}
          />
          {t('portal.mine')}
        </label>
      </div>
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && tickets.length === 0 && <p className="empty">{t('portal.empty')}</p>}
      {data && tickets.length > 0 && (
        <>
          <p className="muted small" aria-live="polite">
            {t('list.count', { shown: tickets.length, total: data.tickets.totalCount })}
          </p>
          <TicketTable
            caption={t('portal.title')}
            tickets={tickets}
            linkTo={(number) => `/portal/tickets/${number}`}
            columns={['planned', 'requester']}
            recent={recent}
            attention={WAITING_ON_CUSTOMER}
          />
          {data.tickets.pageInfo.hasNextPage && <p className="muted small">{t('list.refine')}</p>}
        </>
      )}
    </section>
  );
}
