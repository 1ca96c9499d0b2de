import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Role } from '@support/shared';
import { useFormat } from '../../core/format/useFormat';
import { useSession } from '../../core/session/session-context';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { AddIdeaCommentMutation, IdeaQuery } from './ideas.operations';
import { IdeaStatusBadge } from './IdeaStatusBadge';
import { IdeaStatusControl } from './IdeaStatusControl';
import { VoteButton } from './VoteButton';

/** Props of IdeaDetail. */
export interface IdeaDetailProps {
  id: string;
  onClose(): void;
  /** Hands the page a function that reloads this idea (on live events). */
  registerReload(reload: (() => void) | null): void;
}

/**
 * One idea: description, status and the admins' note, the comments and a
 * comment box, the tickets linked to it, and (admins) the status control.
 */
export function IdeaDetail({ id, onClose, registerReload }: IdeaDetailProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useSession();
  const { data, error, refetch } = useQuery(IdeaQuery, { variables: { id } });
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const [comment, commenting] = useMutation(AddIdeaCommentMutation);

  useEffect(() => {
    registerReload(() => void refetch());
    return () => registerReload(null);
  }, [refetch, registerReload]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setEmpty(!body.trim());
    if (!body.trim()) return;
    try {
      await comment({ variables: { input: { ideaId: id, body } } });
      setBody('');
      await refetch();
    } catch {
      // Shown from the mutation state; the text stays.
    }
  }

  const idea = data?.idea;
  if (error && !idea) return <ErrorAlert error={error} />;
  if (!idea) return data ? <p className="empty">{t('ideas.notFound')}</p> : <Loading />;
  return (
    <aside
      className="idea-detail card"
      aria-labelledby="idea-detail-title"
      data-testid="idea-detail"
    >
      <div className="idea-detail-head">
        <VoteButton ideaId={idea.id} voteCount={idea.voteCount} voted={idea.viewerHasVoted} />
        <h2 id="idea-detail-title" className="card-title">
          {idea.title}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('ideas.close')}
        </button>
      </div>
      <p className="small muted idea-meta">
        <IdeaStatusBadge status={idea.status} />
        <span>
          {idea.organisationName
            ? t('ideas.byWithOrg', { name: idea.authorName, org: idea.organisationName })
            : t('ideas.by', { name: idea.authorName })}
        </span>
        <span>{format.dateTime(idea.createdAt)}</span>
      </p>
      {idea.statusNote && (
        <p className="alert idea-status-note">
          <strong>{t('ideas.statusNote')}</strong> {idea.statusNote}
        </p>
      )}
      <p className="prewrap">{idea.description}</p>
      {me?.role === Role.ADMIN && <IdeaStatusControl idea={idea} />}
      {idea.linkedTickets.length > 0 && (
        <>
          <h3 className="idea-subtitle">{t('ideas.linkedTickets')}</h3>
          <ul className="idea-tickets">
            {idea.linkedTickets.map((ticket) => (
              <li key={ticket.number}>
                <Link to={`${me?.isAgent ? '/console' : '/portal'}/tickets/${ticket.number}`}>
                  <span className="mono">{ticket.number}</span> {ticket.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="idea-subtitle">{t('ideas.comments', { count: idea.comments.length })}</h3>
      <ol className="idea-comments" data-testid="idea-comments">
        {idea.comments.map((item) => (
          <li
            key={item.id}
            className={item.byStaff ? 'idea-comment idea-comment-staff' : 'idea-comment'}
          >
            <p className="small muted">
              <strong>{item.authorName}</strong>
              {item.organisationName && ` · ${item.organisationName}`}
              {item.byStaff && ` · ${t('ideas.staff')}`} · {format.dateTime(item.createdAt)}
            </p>
            <p className="prewrap">{item.body}</p>
          </li>
        ))}
      </ol>
      <form onSubmit={submit} className="idea-comment-form">
        <label htmlFor="idea-comment" className="field-label">
          {t('ideas.commentLabel')}
        </label>
        <textarea
          id="idea-comment"
          rows={3}
          data-testid="idea-comment-body"
          value={body}
          aria-invalid={empty}
          onChange={(event) => setBody(event.target.value)}
        />
        {empty && (
          <p className="field-error" role="alert">
            {t('ideas.commentEmpty')}
          </p>
        )}
        {commenting.error && <ErrorAlert error={commenting.error} />}
        <div className="form-buttons">
          <button
            type="submit"
            className="button button-primary"
            data-testid="idea-comment-submit"
            disabled={commenting.loading}
          >
            {t('ideas.addComment')}
          </button>
        </div>
      </form>
    </aside>
  );
}
