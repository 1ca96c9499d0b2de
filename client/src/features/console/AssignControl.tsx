import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import type { TicketDetailFragment } from '../../gql/graphql';
import { TicketMutationError } from '../ticket/TicketMutationError';
import { AssignTicketMutation } from '../ticket/ticket.operations';
import { useTicketMutation } from '../ticket/useTicketMutation';
import { AgentsQuery } from './console.operations';

/** Props of AssignControl. */
export interface AssignControlProps {
  ticket: TicketDetailFragment;
  reload: () => Promise<unknown>;
  /** The viewer's own id, for "assign to me". */
  myId: string;
}

/**
 * Chooses the assignee among the active agents, or none. Sends the version
 * on screen; a stale one is refused (CONFLICT) and the ticket reloads.
 */
export function AssignControl({ ticket, reload, myId }: AssignControlProps) {
  const { t } = useTranslation();
  const { data } = useQuery(AgentsQuery);
  const assign = useTicketMutation(AssignTicketMutation, reload);
  const agents = data?.agents ?? [];
  const current = ticket.assignee?.id ?? '';

  const assignTo = (assigneeId: string | null) =>
    assign.run(
      { input: { number: ticket.number, assigneeId, expectedVersion: ticket.version } },
      ticket,
    );

  return (
    <div className="assign">
      <div className="field">
        <label htmlFor="assignee" className="field-label">
          {t('ticket.assignee')}
        </label>
        <select
          id="assignee"
          data-testid="assignee-select"
          value={current}
          disabled={assign.busy || agents.length === 0}
          onChange={(event) => void assignTo(event.target.value || null)}
        >
          <option value="">{t('ticket.unassigned')}</option>
          {ticket.assignee && !agents.some((agent) => agent.id === current) && (
            <option value={current}>{ticket.assignee.name}</option>
          )}
          {agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name} ({t(`role.${agent.role}`)})
            </option>
          ))}
        </select>
      </div>
      {current !== myId && (
        <button
          type="button"
          className="button"
          data-testid="assign-me"
          disabled={assign.busy}
          onClick={() => void assignTo(myId)}
        >
          {t('assign.me')}
        </button>
      )}
      <TicketMutationError mutation={assign} ticket={ticket} />
    </div>
  );
}
