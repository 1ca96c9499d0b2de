import { useTranslation } from 'react-i18next';
import type { AttachmentFieldsFragment } from '../../gql/graphql';
import { formatBytes } from './file-size';
import './attachments.css';

/**
 * Files of a ticket or a message: images as thumbnails that open the file,
 * everything else as a download link with its size. The server sends only
 * what the viewer may see (internal notes' files only to agents).
 */
export function AttachmentList({
  attachments,
}: {
  attachments: readonly AttachmentFieldsFragment[];
}) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) return null;
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <ul className="attachments" aria-label={t('attachments.title')} data-testid="attachments">
      {attachments.map((file) => (
        <li key={file.id} className="attachment">
          {file.thumbnailUrl ? (
            <a href={file.url} className="attachment-thumb" download={file.name}>
              <img
                src={file.thumbnailUrl}
                alt={t('attachments.imageAlt', { name: file.name })}
                loading="lazy"
              />
            </a>
          ) : null}
          <a href={file.url} download={file.name} className="attachment-link">
            <span aria-hidden="true">⬇</span> {file.name}
          </a>
          <span className="small muted"> {formatBytes(file.size, language)}</span>
        </li>
      ))}
    </ul>
  );
}
