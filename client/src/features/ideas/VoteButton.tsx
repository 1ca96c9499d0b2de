import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { VoteForIdeaMutation, WithdrawIdeaVoteMutation } from './ideas.operations';

/** Props of VoteButton. */
export interface VoteButtonProps {
  ideaId: string;
  voteCount: number;
  /** From the API: whether the viewer has voted. */
  voted: boolean;
}

/**
 * One vote per user: the button shows the API's `viewerHasVoted`; pressed
 * once it votes, pressed again it withdraws the vote. It is disabled while
 * a request runs, so a double click cannot send two.
 */
export function VoteButton({ ideaId, voteCount, voted }: VoteButtonProps) {
  const { t } = useTranslation();
  const [vote, voting] = useMutation(VoteForIdeaMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawIdeaVoteMutation);
  const busy = voting.loading || withdrawing.loading;
  const failed = voting.error ?? withdrawing.error;

  return (
    <div className="vote">
      <button
        type="button"
        className={voted ? 'vote-button vote-button-on' : 'vote-button'}
        aria-pressed={voted}
        disabled={busy}
        data-testid={`vote-${ideaId}`}
        title={voted ? t('ideas.withdrawVote') : t('ideas.vote')}
        onClick={() => {
          const variables = { ideaId };
          // Errors are shown below from the mutation state.
          (voted ? withdraw({ variables }) : vote({ variables })).catch(() => undefined);
        }}
      >
        <span aria-hidden="true">▲</span>
        <span className="vote-count" data-testid={`vote-count-${ideaId}`}>
          {voteCount}
        </span>
        <span className="visually-hidden">{voted ? t('ideas.voted') : t('ideas.vote')}</span>
      </button>
      {failed && (
        <span className="field-error small" role="alert">
          {t('ideas.voteFailed')}
        </span>
      )}
    </div>
  );
}
