import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '@support/shared';
import type { TicketDetailFragment } from '../../gql/graphql';
import { TicketMutationError } from '../ticket/TicketMutationError';
import { ChangeSeverityMutation } from '../ticket/ticket.operations';
import { useTicketMutation } from '../ticket/useTicketMutation';

/** Props of SeverityControl. */
export interface SeverityControlProps {
  ticket: TicketDetailFragment;
  reload: () => Promise<unknown>;
}

/**
 * Raises or lowers the severity, with the four definitions as the options'
 * titles. Sends the version on screen; a stale one is refused (CONFLICT).
 */
export function SeverityControl({ ticket, reload }: SeverityControlProps) {
  const { t } = useTranslation();
  const change = useTicketMutation(ChangeSeverityMutation, reload);
  return (
    <div className="field">
      <label htmlFor="severity" className="field-label">
        {t('ticket.severity')}
      </label>
      <select
        id="severity"
        data-testid="severity-select"
        value={ticket.severity}
        disabled={change.busy}
        onChange={(event) =>
          void change.run(
            {
              input: {
                number: ticket.number,
                severity: Number(event.target.value),
                expectedVersion: ticket.version,
              },
            },
            ticket,
          )
        }
      >
        {SEVERITIES.map((level) => (
          <option key={level} value={level} title={t(`severity.${level}.definition`)}>
            {t(`severity.${level}.label`)}
          </option>
        ))}
      </select>
      <TicketMutationError mutation={change} ticket={ticket} />
    </div>
  );
}
