import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { TicketIdeaQuery } from './ideas.operations';
import { IdeaStatusBadge } from './IdeaStatusBadge';

/**
 * On the customer's status page: the idea support linked this ticket to
 * (a limitation of the service), with its status; nothing when none.
 */
export function LinkedIdeaCard({ number }: { number: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(TicketIdeaQuery, { variables: { number } });
  const idea = data?.ticket?.linkedIdea;
  if (!idea) return null;
  return (
    <section className="card" aria-labelledby="linked-idea-title" data-testid="linked-idea">
      <h2 id="linked-idea-title" className="card-title">
        {t('ideas.ticket.customerTitle')}
      </h2>
      <p className="small muted">{t('ideas.ticket.customerIntro')}</p>
      <p>
        <Link to={`/ideas?idea=${idea.id}`}>{idea.title}</Link>
      </p>
      <p className="small muted idea-meta">
        <IdeaStatusBadge status={idea.status} />
        <span>{t('ideas.votes', { count: idea.voteCount })}</span>
        <span>{t('ideas.comments', { count: idea.commentCount })}</span>
      </p>
    </section>
  );
}
