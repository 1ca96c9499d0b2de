import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { IdeaOrder, IdeaStatus } from '../../gql/graphql';
import { SearchBox } from '../search/SearchBox';
import { IdeaDetail } from './IdeaDetail';
import { IdeaRow } from './IdeaRow';
import { IdeasQuery } from './ideas.operations';
import { NewIdeaForm } from './NewIdeaForm';
import { useIdeaEvents } from './useIdeaEvents';
import './ideas.css';

/** Roadmap order, not the generated enum's alphabetical one. */
export const IDEA_STATUSES = [
  IdeaStatus.UnderReview,
  IdeaStatus.Planned,
  IdeaStatus.Shipped,
  IdeaStatus.Declined,
];
const STATUSES = IDEA_STATUSES;
const ORDERS = Object.values(IdeaOrder);

/**
 * The community ideas board (product ideas are not tickets): ideas ranked
 * by engagement, filtered by status, searchable; vote once, comment, post
 * an idea; admins set the status. Live through `ideaEvents`. The open
 * idea, filters and order live in the URL (`?idea=`, `status`, `order`, `q`).
 */
export function IdeasPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((value) => value === params.get('status')) ?? null;
  const order = ORDERS.find((value) => value === params.get('order')) ?? IdeaOrder.Trending;
  const search = params.get('q') ?? '';
  const openId = params.get('idea');

  const { data, error, refetch } = useQuery(IdeasQuery, {
    variables: {
      filter: { statuses: status ? [status] : undefined, order, search: search || undefined },
      first: 50,
    },
  });
  const detailReload = useRef<(() => void) | null>(null);
  useIdeaEvents(() => {
    void refetch();
    detailReload.current?.();
  });

  function setParam(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  }

  const ideas = data?.ideas.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="ideas" data-testid="ideas-page">
      <div className="page-heading">
        <h1>{t('ideas.title')}</h1>
      </div>
      <p className="muted">{t('ideas.intro')}</p>
      <NewIdeaForm onCreated={(id) => setParam('idea', id)} />
      <div className="filters" role="group" aria-label={t('filters.label')}>
        <SearchBox
          value={search}
          onSearch={(value) => setParam('q', value)}
          label={t('ideas.searchLabel')}
          placeholder={t('ideas.searchPlaceholder')}
          testId="ideas-search"
        />
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('ideas.statusFilter')}</legend>
          {[null, ...STATUSES].map((value) => (
            <label
              key={value ?? 'all'}
              className={value === status ? 'segment segment-on' : 'segment'}
            >
              <input
                type="radio"
                name="status"
                checked={value === status}
                data-testid={`ideas-status-${value ?? 'all'}`}
                onChange={() => setParam('status', value)}
              />
              {value ? t(`ideas.status.${value}`) : t('ideas.allStatuses')}
            </label>
          ))}
        </fieldset>
        <label className="inline-field">
          {t('ideas.order')}{' '}
          <select
            value={order}
            data-testid="ideas-order"
            onChange={(event) =>
              setParam(
                'order',
                event.target.value === IdeaOrder.Trending ? null : event.target.value,
              )
            }
          >
            {ORDERS.map((value) => (
              <option key={value} value={value}>
                {t(`ideas.orderBy.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Loading />}
      <div className={openId ? 'ideas-columns ideas-columns-open' : 'ideas-columns'}>
        {data && ideas.length === 0 && <p className="empty">{t('ideas.empty')}</p>}
        {ideas.length > 0 && (
          <ol className="idea-list" data-testid="idea-list">
            {ideas.map((idea) => (
              <IdeaRow
                key={idea.id}
                idea={idea}
                open={idea.id === openId}
                onOpen={() => setParam('idea', idea.id === openId ? null : idea.id)}
              />
            ))}
          </ol>
        )}
        {openId && (
          <IdeaDetail
            key={openId}
            id={openId}
            onClose={() => setParam('idea', null)}
            registerReload={(reload) => {
              detailReload.current = reload;
            }}
          />
        )}
      </div>
    </section>
  );
}
