import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TicketAction, TRANSITIONS, type TicketState } from '@support/shared';
import './ticket.css';

/** Props of TicketActions. */
export interface TicketActionsProps {
  state: TicketState;
  /** The moves the caller may make now: the ticket's `allowedActions`. */
  actions: readonly TicketAction[];
  /** Makes the move; resolves true on success (the comment box then closes). */
  onRun(action: TicketAction, comment: string | null): Promise<boolean>;
  busy?: boolean;
}

/** Moves that ask "are you sure?" because the caller cannot undo them. */
const CONFIRM_TEXT: Partial<
  Record<TicketAction, 'actionConfirm.WITHDRAW' | 'actionConfirm.CLOSE'>
> = {
  [TicketAction.WITHDRAW]: 'actionConfirm.WITHDRAW',
  [TicketAction.CLOSE]: 'actionConfirm.CLOSE',
};

/** True when the shared table says this move carries a comment. */
export function needsComment(state: TicketState, action: TicketAction): boolean {
  return TRANSITIONS.some(
    (transition) =>
      transition.from === state && transition.action === action && transition.commentRequired,
  );
}

/**
 * The lifecycle moves the caller may make, one button each, exactly those
 * in `actions`. A move that needs a comment (a question, a proposal, a
 * reason) opens a labelled comment box first; withdraw and close ask for
 * confirmation. If the ticket changes while a box is open and the move is
 * no longer allowed, the box stays, with the text, but cannot be sent.
 */
export function TicketActions({ state, actions, onRun, busy = false }: TicketActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TicketAction | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  async function run(action: TicketAction, text: string | null) {
    if (await onRun(action, text)) {
      setOpen(null);
      setComment('');
    }
  }

  function start(action: TicketAction) {
    setMissing(false);
    if (needsComment(state, action) || CONFIRM_TEXT[action]) setOpen(action);
    else void run(action, null);
  }

  function cancel() {
    setOpen(null);
    setComment('');
    setMissing(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!open) return;
    const withComment = needsComment(state, open) || comment.trim() !== '';
    if (needsComment(state, open) && !comment.trim()) {
      setMissing(true);
      return;
    }
    void run(open, withComment ? comment.trim() : null);
  }

  const stillAllowed = open !== null && actions.includes(open);
  const commentBox = open !== null && (needsComment(state, open) || comment !== '');
  const confirmText = open !== null && stillAllowed ? CONFIRM_TEXT[open] : undefined;

  return (
    <div className="actions" data-testid="ticket-actions">
      {actions.length === 0 && <p className="muted">{t('actions.none')}</p>}
      <div className="action-buttons">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === TicketAction.WITHDRAW ? 'button button-danger' : 'button'}
            data-testid={`action-${action}`}
            aria-expanded={needsComment(state, action) ? open === action : undefined}
            disabled={busy}
            onClick={() => start(action)}
          >
            {t(`action.${action}`)}
          </button>
        ))}
      </div>
      {open !== null && (
        <form className="action-form" onSubmit={submit} data-testid="action-form">
          {!stillAllowed && (
            <p className="alert alert-warning" role="alert">
              {t('actions.unavailable')}
            </p>
          )}
          {confirmText && <p className="action-confirm-text">{t(confirmText)}</p>}
          {commentBox && (
            <div className={missing ? 'field field-invalid' : 'field'}>
              <label htmlFor="action-comment" className="field-label">
                {t(`actionComment.${open}`)}
              </label>
              <textarea
                id="action-comment"
                data-testid="action-comment"
                rows={4}
                value={comment}
                aria-invalid={missing}
                aria-describedby={missing ? 'action-comment-error' : undefined}
                onChange={(event) => setComment(event.target.value)}
              />
              {missing && (
                <p id="action-comment-error" className="field-error" role="alert">
                  {t('actions.commentRequired')}
                </p>
              )}
            </div>
          )}
          <div className="form-buttons">
            <button
              type="submit"
              className="button button-primary"
              data-testid="action-confirm"
              disabled={busy || !stillAllowed}
            >
              {t(`action.${open}`)}
            </button>
            <button type="button" className="button button-quiet" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
