import { useTranslation } from 'react-i18next';
import { isSeverity } from '@support/shared';
import { diffTicket, type ComparableTicket, type TicketChange } from './ticket-diff';

/** Props of ConflictNotice. */
export interface ConflictNoticeProps {
  /** The copy the refused edit was based on; null when unknown. */
  before: ComparableTicket | null;
  /** The ticket as it is now (reloaded). */
  current: ComparableTicket;
  /** Sends the same edit again on the current version; absent when it no longer applies. */
  onReapply?: () => void;
  onDiscard(): void;
  busy?: boolean;
}

/**
 * Explains a refused stale edit (CONFLICT): someone changed the ticket
 * meanwhile, here is what changed (field by field), what you typed is
 * kept, and you may apply your change again on the current version or
 * drop it. Announced as an alert.
 */
export function ConflictNotice({
  before,
  current,
  onReapply,
  onDiscard,
  busy,
}: ConflictNoticeProps) {
  const { t } = useTranslation();
  const changes = before ? diffTicket(before, current) : [];
  const severity = (level: number) =>
    isSeverity(level) ? t(`severity.${level}.label`) : String(level);
  const nobody = t('ticket.unassigned');

  function describe(change: TicketChange): string {
    switch (change.field) {
      case 'state':
        return t('conflict.change.state', {
          from: t(`state.${change.from}`),
          to: t(`state.${change.to}`),
        });
      case 'severity':
        return t('conflict.change.severity', {
          from: severity(change.from),
          to: severity(change.to),
        });
      case 'assignee':
        return t('conflict.change.assignee', {
          from: change.from ?? nobody,
          to: change.to ?? nobody,
        });
      case 'planned':
        return t('conflict.change.planned', {
          from: change.from ?? t('planned.cleared'),
          to: change.to ?? t('planned.cleared'),
        });
      case 'title':
        return t('conflict.change.title', { from: change.from, to: change.to });
      case 'comments':
        return t('conflict.change.comments', {
          count: change.count,
          authors: change.authors.join(', '),
        });
    }
  }

  return (
    <div className="alert alert-warning conflict" role="alert" data-testid="conflict-notice">
      <p className="alert-title">{t('conflict.title')}</p>
      <p>{t('conflict.kept')}</p>
      {changes.length > 0 ? (
        <>
          <p className="small">{t('conflict.whatChanged')}</p>
          <ul className="conflict-changes" data-testid="conflict-changes">
            {changes.map((change) => (
              <li key={change.field}>{describe(change)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="small">{t('conflict.unknownChanges')}</p>
      )}
      {!onReapply && <p className="small">{t('conflict.noLongerApplies')}</p>}
      <div className="form-buttons">
        {onReapply && (
          <button
            type="button"
            className="button button-primary"
            data-testid="conflict-reapply"
            disabled={busy}
            onClick={onReapply}
          >
            {t('conflict.reapply')}
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={onDiscard}>
          {t('conflict.discard')}
        </button>
      </div>
    </div>
  );
}
