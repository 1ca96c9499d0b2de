import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@support/shared';
import { AttachmentPicker } from '../attachments/AttachmentPicker';
import { useAttachmentUploads } from '../attachments/useAttachmentUploads';
import { ArticleLinkPicker } from '../knowledge/ArticleLinkPicker';
import type { TypingReporter } from '../presence/useTypingReporter';
import { MutationError, useFieldError } from './MutationError';
import { AddCommentMutation } from './ticket.operations';
import { useTicketMutation } from './useTicketMutation';

/** Props of CommentForm. */
export interface CommentFormProps {
  number: string;
  /** Offer the "internal note" toggle (agents). */
  allowInternal: boolean;
  /** Reloads the ticket: a reply can change its state (a customer's answer). */
  reload: () => Promise<unknown>;
  /** Label of the message box; "Reply" by default. */
  label?: string;
  /** Tells the other agents on the ticket that this one is typing (agents). */
  typing?: TypingReporter;
}

/**
 * A reply to the thread, or with the toggle an internal note, with files.
 * Files upload as soon as they are chosen; sending waits for them. The text
 * and files are cleared only once the server accepted the message. The
 * toggle stays as set, so an agent writing notes does not publish one by
 * accident.
 */
export function CommentForm({ number, allowInternal, reload, label, typing }: CommentFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [problem, setProblem] = useState<'empty' | 'uploading' | 'failedFiles' | null>(null);
  const add = useTicketMutation(AddCommentMutation, reload, { refetchAfter: true });
  const uploads = useAttachmentUploads(number);
  const fieldError = useFieldError(add.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setProblem('empty');
    if (uploads.busy) return setProblem('uploading');
    if (uploads.files.some((file) => file.status === 'failed')) return setProblem('failedFiles');
    setProblem(null);
    typing?.stopped();
    const error = await add.run({
      input: {
        number,
        body,
        internal: allowInternal && internal,
        attachmentIds: uploads.ids.length > 0 ? uploads.ids : undefined,
      },
    });
    if (!error) {
      setBody('');
      uploads.clear();
    }
  }

  const error = problem === 'empty' ? t('thread.emptyMessage') : (fieldError('body') ?? null);
  const filesProblem =
    problem === 'uploading'
      ? t('attachments.wait')
      : problem === 'failedFiles' || add.error?.field === 'attachmentIds'
        ? t('attachments.rejected')
        : null;
  return (
    <form
      className={internal ? 'comment-form comment-form-internal' : 'comment-form'}
      onSubmit={submit}
    >
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor="comment-body" className="field-label">
          {internal ? t('thread.noteLabel') : (label ?? t('thread.replyLabel'))}
        </label>
        <textarea
          id="comment-body"
          data-testid="comment-body"
          rows={4}
          maxLength={LIMITS.commentMaxLength}
          value={body}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'comment-body-error' : undefined}
          onChange={(event) => {
            setBody(event.target.value);
            if (event.target.value) typing?.typing();
          }}
          onBlur={() => typing?.stopped()}
        />
        {error && (
          <p id="comment-body-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {allowInternal && (
        <ArticleLinkPicker
          onInsert={(link) => setBody((current) => (current.trim() ? `${current}\n${link}` : link))}
        />
      )}
      <AttachmentPicker uploads={uploads} testId="comment" />
      {filesProblem && (
        <p className="field-error" role="alert">
          {filesProblem}
        </p>
      )}
      <div className="form-buttons">
        {allowInternal && (
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="comment-internal"
              checked={internal}
              onChange={(event) => setInternal(event.target.checked)}
            />
            {t('thread.internalToggle')}
          </label>
        )}
        <button
          type="submit"
          className="button button-primary"
          data-testid="comment-submit"
          disabled={add.busy}
        >
          {internal ? t('thread.addNote') : t('thread.send')}
        </button>
      </div>
      <MutationError error={add.error} fields={['body', 'attachmentIds']} />
    </form>
  );
}
