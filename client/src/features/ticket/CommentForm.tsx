import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@support/shared';
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
}

/**
 * A reply to the thread, or with the toggle an internal note. The text is
 * cleared only once the server accepted it. The toggle stays as set, so an
 * agent writing notes does not publish one by accident.
 */
export function CommentForm({ number, allowInternal, reload, label }: CommentFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [empty, setEmpty] = useState(false);
  const add = useTicketMutation(AddCommentMutation, reload, { refetchAfter: true });
  const fieldError = useFieldError(add.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    const error = await add.run({ input: { number, body, internal: allowInternal && internal } });
    if (!error) setBody('');
  }

  const error = empty ? t('thread.emptyMessage') : fieldError('body');
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
          onChange={(event) => setBody(event.target.value)}
        />
        {error && (
          <p id="comment-body-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
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
      <MutationError error={add.error} fields={['body']} />
    </form>
  );
}
