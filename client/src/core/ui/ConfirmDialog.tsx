import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of ConfirmDialog. */
export interface ConfirmDialogProps {
  /** Shown when true; closing (Esc, Cancel) calls onCancel. */
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question on the native <dialog>: the browser keeps focus inside,
 * Esc cancels, and focus returns to the button that opened it. The safe
 * choice (Cancel) has the initial focus.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, danger, busy, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      // jsdom has no showModal; the attribute still shows the dialog there.
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title" className="dialog-title">
        {title}
      </h2>
      {children}
      <div className="form-buttons">
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button button-primary'}
          data-testid="dialog-confirm"
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
