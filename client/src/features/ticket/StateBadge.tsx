import { useTranslation } from 'react-i18next';
import type { TicketState } from '@support/shared';

/** A ticket's lifecycle state as a coloured badge. */
export function StateBadge({ state }: { state: TicketState }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge state-${state.toLowerCase()}`}
      data-testid="ticket-state"
      data-state={state}
    >
      {t(`state.${state}`)}
    </span>
  );
}
