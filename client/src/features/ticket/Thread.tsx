import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format/useFormat';
import type { CommentFieldsFragment } from '../../gql/graphql';
import { AttachmentList } from '../attachments/AttachmentList';
import './ticket.css';

/** Props of Thread. */
export interface ThreadProps {
  comments: readonly CommentFieldsFragment[];
}

/**
 * The ticket's conversation, oldest first. Internal notes (which only
 * agents receive) are set apart by background, border and a label.
 */
export function Thread({ comments }: ThreadProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (comments.length === 0) return <p className="muted">{t('thread.empty')}</p>;
  return (
    <ol className="thread" data-testid="thread">
      {comments.map((comment) => (
        <li
          key={comment.id}
          className={[
            'comment',
            comment.internal ? 'comment-internal' : '',
            comment.author?.isAgent ? 'comment-agent' : 'comment-customer',
          ].join(' ')}
          data-testid={comment.internal ? 'internal-note' : 'public-comment'}
        >
          <header className="comment-header">
            <span className="comment-author">{comment.author?.name ?? t('thread.system')}</span>
            {comment.author?.isAgent && !comment.internal && (
              <span className="tag">{t('thread.support')}</span>
            )}
            {comment.internal && <span className="tag tag-internal">{t('thread.internal')}</span>}
            <time className="comment-time" dateTime={comment.createdAt}>
              {format.dateTime(comment.createdAt)}
            </time>
          </header>
          <p className="comment-body prewrap">{comment.body}</p>
          <AttachmentList attachments={comment.attachments} />
        </li>
      ))}
    </ol>
  );
}
