import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatBytes } from './file-size';
import type { UploadFailure } from './upload-file';
import type { AttachmentUploads } from './useAttachmentUploads';
import './attachments.css';

/** Props of AttachmentPicker. */
export interface AttachmentPickerProps {
  uploads: AttachmentUploads;
  /** Label of the file input; "Attach files" by default. */
  label?: string;
  /** data-testid prefix, e.g. `intake` → `intake-files`. */
  testId: string;
}

/** The reason of a failed upload in the user's language. */
export function failureText(failure: UploadFailure, t: TFunction, language: string): string {
  switch (failure.kind) {
    case 'tooLarge':
      return failure.maxBytes
        ? t('attachments.tooLarge', { limit: formatBytes(failure.maxBytes, language) })
        : t('attachments.tooLargeUnknown');
    case 'tooMany':
      return failure.maxFiles
        ? t('attachments.tooMany', { count: failure.maxFiles })
        : t('attachments.tooManyUnknown');
    case 'empty':
      return t('attachments.empty');
    case 'unauthenticated':
      return t('error.UNAUTHENTICATED');
    case 'forbidden':
      return t('attachments.forbidden');
    case 'failed':
      return t('attachments.failed');
  }
}

/**
 * Chooses files (several at once) and lists them with an upload progress
 * bar, a remove button, and the reason when one was refused (too large,
 * too many) announced as an alert.
 */
export function AttachmentPicker({ uploads, label, testId }: AttachmentPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="attachment-picker">
      <label htmlFor={id} className="button attachment-button">
        <span aria-hidden="true">📎</span> {label ?? t('attachments.add')}
      </label>
      <input
        id={id}
        type="file"
        multiple
        className="visually-hidden"
        data-testid={`${testId}-files`}
        onChange={(event) => {
          if (event.target.files) uploads.add(event.target.files);
          event.target.value = '';
        }}
      />
      {uploads.files.length > 0 && (
        <ul className="uploads" aria-label={t('attachments.listLabel')}>
          {uploads.files.map((file) => (
            <li
              key={file.key}
              className={`upload upload-${file.status}`}
              data-testid="upload"
              data-status={file.status}
            >
              <span className="upload-name">{file.name}</span>
              <span className="small muted">{formatBytes(file.size, language)}</span>
              {file.status === 'uploading' && (
                <progress
                  max={1}
                  value={file.progress}
                  aria-label={t('attachments.uploading', { name: file.name })}
                />
              )}
              {file.status === 'done' && (
                <span className="small upload-ready">{t('attachments.ready')}</span>
              )}
              {file.status === 'failed' && file.failure && (
                <span className="field-error" role="alert" data-testid="upload-error">
                  {failureText(file.failure, t, language)}
                </span>
              )}
              <button
                type="button"
                className="link-button small"
                aria-label={t('attachments.removeNamed', { name: file.name })}
                onClick={() => uploads.remove(file.key)}
              >
                {t('attachments.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
