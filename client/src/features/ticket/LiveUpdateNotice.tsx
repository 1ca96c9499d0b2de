import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format/useFormat';
import type { TicketLiveEvent } from './useTicketPage';

/** Props of LiveUpdateNotice. */
export interface LiveUpdateNoticeProps {
  event: TicketLiveEvent | null;
  /** The ticket's live stream failed (e.g. it is no longer visible). */
  failed: boolean;
}

/**
 * Says politely (aria-live) what the last live update was, by whom and
 * when, so a change that appears on screen by itself is explained.
 */
export function LiveUpdateNotice({ event, failed }: LiveUpdateNoticeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="live-notice" aria-live="polite" data-testid="live-update">
      {failed && <p className="alert alert-warning">{t('live.failed')}</p>}
      {event && (
        <p className="muted small">
          {t('live.lastUpdate', {
            what: t(`eventKind.${event.kind}`),
            who: event.actor?.name ?? t('thread.system'),
            time: format.dateTime(event.at),
          })}
        </p>
      )}
    </div>
  );
}
