import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketAction } from '@support/shared';
import type { TicketDetailFragment } from '../../gql/graphql';
import { TicketMutationError } from './TicketMutationError';
import { TicketActions } from './TicketActions';
import { TransitionTicketMutation } from './ticket.operations';
import { useTicketMutation } from './useTicketMutation';

/** Props of TicketActionsPanel. */
export interface TicketActionsPanelProps {
  ticket: TicketDetailFragment;
  /** Reloads the ticket (after a conflict). */
  reload: () => Promise<unknown>;
  /** Allowed moves this page offers another way (e.g. PROVIDE_INFO as the reply box). */
  hide?: readonly TicketAction[];
}

/**
 * The ticket's allowed lifecycle moves, sent with the version on screen as
 * `expectedVersion`: a move based on a stale copy is refused (CONFLICT),
 * the ticket reloads, the comment typed stays in its box, and the notice
 * lists what changed and offers to make the move again (if still allowed).
 */
export function TicketActionsPanel({ ticket, reload, hide = [] }: TicketActionsPanelProps) {
  const { t } = useTranslation();
  const transition = useTicketMutation(TransitionTicketMutation, reload);
  // A new key closes the move's form once a re-applied move succeeded.
  const [formKey, setFormKey] = useState(0);
  const refused = transition.conflict?.variables.input.action;
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title" className="card-title">
        {t('actions.title')}
      </h2>
      <TicketActions
        key={formKey}
        state={ticket.state}
        actions={ticket.allowedActions.filter((action) => !hide.includes(action))}
        busy={transition.busy}
        onRun={async (action, comment) =>
          (await transition.run(
            {
              input: { number: ticket.number, action, expectedVersion: ticket.version, comment },
            },
            ticket,
          )) === null
        }
      />
      <TicketMutationError
        mutation={transition}
        ticket={ticket}
        canReapply={refused !== undefined && ticket.allowedActions.includes(refused)}
        onReapplied={() => setFormKey((key) => key + 1)}
      />
    </section>
  );
}
