import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { useDebouncedValue } from '../search/useDebouncedValue';
import {
  CreateIdeaFromTicketMutation,
  IdeasQuery,
  LinkTicketToIdeaMutation,
  TicketIdeaQuery,
  UnlinkTicketFromIdeaMutation,
} from './ideas.operations';
import { IdeaStatusBadge } from './IdeaStatusBadge';

/** Props of TicketIdeaLink. */
export interface TicketIdeaLinkProps {
  number: string;
  /** Prefills a new idea. */
  title: string;
  description: string;
}

/**
 * In the engineer's workspace: the idea that would lift the limitation
 * this ticket found. Link an existing idea (search the board) or post a
 * new one from the ticket; the customer then sees it on the status page.
 */
export function TicketIdeaLink({ number, title, description }: TicketIdeaLinkProps) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(TicketIdeaQuery, { variables: { number } });
  const [mode, setMode] = useState<'idle' | 'link' | 'create'>('idle');
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim());
  const [draft, setDraft] = useState({ title, description });
  const ideas = useQuery(IdeasQuery, {
    variables: { filter: { search: query || undefined }, first: 8 },
    skip: mode !== 'link',
  });
  const [link, linking] = useMutation(LinkTicketToIdeaMutation);
  const [create, creating] = useMutation(CreateIdeaFromTicketMutation);
  const [unlink, unlinking] = useMutation(UnlinkTicketFromIdeaMutation);
  const failed = linking.error ?? creating.error ?? unlinking.error;

  async function linkTo(ideaId: string) {
    await link({ variables: { input: { number, ideaId } } }).catch(() => undefined);
    setMode('idle');
  }

  async function createIdea(event: FormEvent) {
    event.preventDefault();
    if (draft.title.trim().length < 3 || !draft.description.trim()) return;
    try {
      await create({ variables: { input: { number, ...draft } } });
      await refetch();
      setMode('idle');
    } catch {
      // Shown from the mutation state.
    }
  }

  const linked = data?.ticket?.linkedIdea ?? null;
  return (
    <section className="card" aria-labelledby="ticket-idea-title" data-testid="ticket-idea">
      <h2 id="ticket-idea-title" className="card-title">
        {t('ideas.ticket.title')}
      </h2>
      {linked ? (
        <>
          <p>
            <Link to={`/ideas?idea=${linked.id}`} data-testid="ticket-idea-link">
              {linked.title}
            </Link>
          </p>
          <p className="small muted idea-meta">
            <IdeaStatusBadge status={linked.status} />
            <span>{t('ideas.votes', { count: linked.voteCount })}</span>
          </p>
          <button
            type="button"
            className="button button-quiet"
            disabled={unlinking.loading}
            onClick={() => void unlink({ variables: { number } }).catch(() => undefined)}
          >
            {t('ideas.ticket.unlink')}
          </button>
        </>
      ) : (
        <p className="small muted">{t('ideas.ticket.none')}</p>
      )}
      {mode === 'idle' && (
        <div className="form-buttons">
          <button
            type="button"
            className="button"
            data-testid="ticket-idea-choose"
            onClick={() => setMode('link')}
          >
            {linked ? t('ideas.ticket.change') : t('ideas.ticket.link')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="ticket-idea-create"
            onClick={() => setMode('create')}
          >
            {t('ideas.ticket.create')}
          </button>
        </div>
      )}
      {mode === 'link' && (
        <div className="ticket-idea-picker">
          <input
            type="search"
            autoFocus
            aria-label={t('ideas.searchLabel')}
            placeholder={t('ideas.searchPlaceholder')}
            data-testid="ticket-idea-search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <ul className="suggestions-list">
            {ideas.data?.ideas.edges.map(({ node }) => (
              <li key={node.id}>
                <button
                  type="button"
                  className="link-button"
                  disabled={linking.loading}
                  data-testid={`ticket-idea-pick-${node.id}`}
                  onClick={() => void linkTo(node.id)}
                >
                  {node.title}
                </button>{' '}
                <span className="small muted">{t(`ideas.status.${node.status}`)}</span>
              </li>
            ))}
          </ul>
          <button type="button" className="button button-quiet" onClick={() => setMode('idle')}>
            {t('ideas.cancel')}
          </button>
        </div>
      )}
      {mode === 'create' && (
        <form onSubmit={createIdea} className="ticket-idea-form">
          <label className="field-label" htmlFor="ticket-idea-new-title">
            {t('ideas.titleLabel')}
          </label>
          <input
            id="ticket-idea-new-title"
            data-testid="ticket-idea-new-title"
            value={draft.title}
            onChange={(event) => setDraft({ ...draft, title: event.target.value })}
          />
          <label className="field-label" htmlFor="ticket-idea-new-description">
            {t('ideas.descriptionLabel')}
          </label>
          <textarea
            id="ticket-idea-new-description"
            rows={4}
            value={draft.description}
            onChange={(event) => setDraft({ ...draft, description: event.target.value })}
          />
          <div className="form-buttons">
            <button
              type="submit"
              className="button button-primary"
              disabled={creating.loading}
              data-testid="ticket-idea-post"
            >
              {t('ideas.post')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setMode('idle')}>
              {t('ideas.cancel')}
            </button>
          </div>
        </form>
      )}
      {failed && <ErrorAlert error={failed} />}
    </section>
  );
}
