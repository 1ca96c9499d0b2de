import { useTranslation } from 'react-i18next';
import type { TicketAction } from '@support/shared';
import type { TicketDetailFragment } from '../../gql/graphql';
import { MutationError } from './MutationError';
import { TicketActions } from './TicketActions';
import { TransitionTicketMutation } from './ticket.operations';
import { useTicketMutation } from './useTicketMutation';

/** Props of TicketActionsPanel. */
export interface TicketActionsPanelProps {
  ticket: Pick<TicketDetailFragment, 'number' | 'version' | 'state' | 'allowedActions'>;
  /** Reloads the ticket (after a conflict). */
  reload: () => Promise<unknown>;
  /** Allowed moves this page offers another way (e.g. PROVIDE_INFO as the reply box). */
  hide?: readonly TicketAction[];
}

/**
 * The ticket's allowed lifecycle moves, sent with the version on screen as
 * `expectedVersion`: a move based on a stale copy is refused (CONFLICT),
 * the ticket reloads and the comment typed stays in its box.
 */
export function TicketActionsPanel({ ticket, reload, hide = [] }: TicketActionsPanelProps) {
  const { t } = useTranslation();
  const transition = useTicketMutation(TransitionTicketMutation, reload);
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title" className="card-title">
        {t('actions.title')}
      </h2>
      <TicketActions
        state={ticket.state}
        actions={ticket.allowedActions.filter((action) => !hide.includes(action))}
        busy={transition.busy}
        onRun={async (action, comment) =>
          (await transition.run({
            input: { number: ticket.number, action, expectedVersion: ticket.version, comment },
          })) === null
        }
      />
      <MutationError error={transition.error} />
    </section>
  );
}
