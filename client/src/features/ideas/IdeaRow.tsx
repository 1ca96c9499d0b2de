import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format/useFormat';
import type { IdeaCardFragment } from '../../gql/graphql';
import { IdeaStatusBadge } from './IdeaStatusBadge';
import { VoteButton } from './VoteButton';

/** Props of IdeaRow. */
export interface IdeaRowProps {
  idea: IdeaCardFragment;
  /** Its details are shown beside the list. */
  open: boolean;
  onOpen(): void;
}

/** An idea on the board: vote, title, status, who posted it, counts. */
export function IdeaRow({ idea, open, onOpen }: IdeaRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={open ? 'idea-row idea-row-open' : 'idea-row'} data-testid={`idea-${idea.id}`}>
      <VoteButton ideaId={idea.id} voteCount={idea.voteCount} voted={idea.viewerHasVoted} />
      <div className="idea-row-text">
        <button
          type="button"
          className="link-button idea-title"
          aria-expanded={open}
          data-testid={`idea-open-${idea.id}`}
          onClick={onOpen}
        >
          {idea.title}
        </button>
        <p className="small muted idea-meta">
          <IdeaStatusBadge status={idea.status} />
          <span>{t('ideas.comments', { count: idea.commentCount })}</span>
          <span>
            {idea.organisationName
              ? t('ideas.byWithOrg', { name: idea.authorName, org: idea.organisationName })
              : t('ideas.by', { name: idea.authorName })}
          </span>
          <span>{format.dateTime(idea.createdAt)}</span>
        </p>
      </div>
    </li>
  );
}
