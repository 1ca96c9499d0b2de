import type { TicketDetailFragment } from '../../gql/graphql';
import { ConflictNotice } from './ConflictNotice';
import { MutationError } from './MutationError';
import type { TicketMutation } from './useTicketMutation';

/** Props of TicketMutationError. */
export interface TicketMutationErrorProps<TVariables> {
  mutation: TicketMutation<TVariables>;
  /** The ticket as it is now. */
  ticket: TicketDetailFragment;
  /** False when the refused edit no longer applies (e.g. the move is not allowed now). */
  canReapply?: boolean;
  /** Called after a successful re-apply (e.g. to close the form). */
  onReapplied?: () => void;
  /** Input fields the form shows errors for itself. */
  fields?: readonly string[];
}

/**
 * A ticket form's failure: a refused stale edit as a ConflictNotice (what
 * changed, re-apply, dismiss), anything else as MutationError.
 */
export function TicketMutationError<TVariables>({
  mutation,
  ticket,
  canReapply = true,
  onReapplied,
  fields,
}: TicketMutationErrorProps<TVariables>) {
  if (mutation.conflict) {
    return (
      <ConflictNotice
        before={mutation.conflict.before}
        current={ticket}
        busy={mutation.busy}
        onDiscard={mutation.dismiss}
        onReapply={
          canReapply
            ? async () => {
                if ((await mutation.reapply(ticket.version, ticket)) === null) onReapplied?.();
              }
            : undefined
        }
      />
    );
  }
  return <MutationError error={mutation.error} fields={fields} />;
}
