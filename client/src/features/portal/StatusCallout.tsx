import { useTranslation } from 'react-i18next';
import { TicketState } from '@support/shared';

/**
 * Tells the customer when the ticket waits on them: an answer to a
 * question (WAITING_FOR_CUSTOMER) or a test of a proposed solution.
 */
export function StatusCallout({ state }: { state: TicketState }) {
  const { t } = useTranslation();
  if (state === TicketState.WAITING_FOR_CUSTOMER) {
    return (
      <div className="callout callout-waiting" role="note" data-testid="waiting-callout">
        <p className="callout-title">{t('status.waitingTitle')}</p>
        <p>{t('status.waitingBody')}</p>
      </div>
    );
  }
  if (state === TicketState.SOLUTION_PROPOSED) {
    return (
      <div className="callout callout-proposed" role="note" data-testid="proposed-callout">
        <p className="callout-title">{t('status.proposedTitle')}</p>
        <p>{t('status.proposedBody')}</p>
      </div>
    );
  }
  return null;
}
