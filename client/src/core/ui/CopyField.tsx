import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of CopyField. */
export interface CopyFieldProps {
  label: string;
  value: string;
  /** data-testid of the read-only input. */
  testId?: string;
}

/**
 * A value shown once (a token's secret, an invitation link): read-only,
 * selected on focus, with a copy button that says when it worked. Where
 * the clipboard API is refused, the text is selected for Ctrl+C instead.
 */
export function CopyField({ label, value, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'manual' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard permission (or no secure context): select the text instead.
      input.current?.select();
      setCopied('manual');
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="copy-row">
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(event) => event.target.select()}
          className="mono"
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('common.copy')}
        </button>
      </div>
      <p className="small muted" aria-live="polite">
        {copied === 'yes' && t('common.copied')}
        {copied === 'manual' && t('common.copyManually')}
      </p>
    </div>
  );
}
