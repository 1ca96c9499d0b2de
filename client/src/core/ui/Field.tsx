import type { ReactNode } from 'react';

/** Attributes Field gives the control it labels. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

/** Props of Field. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  /** Shown under the label, linked to the control. */
  hint?: ReactNode;
  /** Shown under the control and linked to it; marks the control invalid. */
  error?: string | null;
  required?: boolean;
  /** Renders the control with the id and ARIA attributes it must carry. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form control with its hint and its error, wired together for
 * screen readers (label `for`, `aria-describedby`, `aria-invalid`).
 */
export function Field({ id, label, hint, error, required, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
