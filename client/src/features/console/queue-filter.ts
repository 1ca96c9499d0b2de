import { Role, TicketState, isSeverity } from '@support/shared';
import { TicketOrder, type TicketFilter } from '../../gql/graphql';

/** The state filter: all open tickets, all tickets, or one state. */
export type QueueStateFilter = TicketState | 'OPEN' | 'ALL';

/**
 * The queue a role starts with: the development and integration teams see
 * the tickets waiting on them (product.md: "filtered to their team").
 */
export function defaultStateFilter(role: Role): QueueStateFilter {
  if (role === Role.DEVELOPMENT) return TicketState.WITH_DEVELOPMENT;
  if (role === Role.INTEGRATION) return TicketState.WITH_INTEGRATION_TEAM;
  return 'OPEN';
}

/** The queue's filters, as kept in the URL. */
export interface QueueFilterValues {
  mine: boolean;
  unassigned: boolean;
  /** 'OPEN' every open ticket, 'ALL' every ticket, else one state. */
  state: QueueStateFilter;
  severity: number | null;
  organisationId: string;
}

function isStateFilter(value: string): value is QueueStateFilter {
  return value === 'OPEN' || value === 'ALL' || value in TicketState;
}

/** Reads the filters from the URL's search parameters; no state given: the role's default. */
export function readQueueFilter(params: URLSearchParams, role: Role): QueueFilterValues {
  const state = params.get('state') ?? '';
  const severity = Number(params.get('severity'));
  return {
    mine: params.get('mine') === '1',
    unassigned: params.get('unassigned') === '1',
    state: isStateFilter(state) ? state : defaultStateFilter(role),
    severity: isSeverity(severity) ? severity : null,
    organisationId: params.get('organisation') ?? '',
  };
}

/** The API filter: queue order (breach risk, severity, age), open tickets unless asked otherwise. */
export function toTicketFilter(values: QueueFilterValues): TicketFilter {
  return {
    order: TicketOrder.Queue,
    open: values.state === 'OPEN' ? true : undefined,
    states: values.state === 'OPEN' || values.state === 'ALL' ? undefined : [values.state],
    severities: values.severity ? [values.severity] : undefined,
    organisationId: values.organisationId || undefined,
    mine: values.mine || undefined,
    unassigned: values.unassigned || undefined,
  };
}
