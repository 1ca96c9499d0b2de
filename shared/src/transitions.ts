import { Resolution, Role, TicketState } from './enums';

/** Moves a person can make on a ticket. Each is a row of TRANSITIONS. */
export enum TicketAction {
  /** Support picks the ticket up: the first response. */
  START_INVESTIGATION = 'START_INVESTIGATION',
  /** Support cannot reproduce and asks the customer for details. */
  REQUEST_INFO = 'REQUEST_INFO',
  /** The customer answers a request for details. */
  PROVIDE_INFO = 'PROVIDE_INFO',
  /** A reproducible defect goes to the development team. */
  ESCALATE_TO_DEVELOPMENT = 'ESCALATE_TO_DEVELOPMENT',
  /** An integration request goes to the integration team. */
  FORWARD_TO_INTEGRATION = 'FORWARD_TO_INTEGRATION',
  /** Development or the integration team hands the ticket back to support. */
  RETURN_TO_SUPPORT = 'RETURN_TO_SUPPORT',
  PROPOSE_SOLUTION = 'PROPOSE_SOLUTION',
  /** The customer confirms the proposed solution works. */
  ACCEPT_SOLUTION = 'ACCEPT_SOLUTION',
  /** The customer says what is still unresolved: counted as a reopen. */
  REJECT_SOLUTION = 'REJECT_SOLUTION',
  CLOSE = 'CLOSE',
  /** The customer no longer needs the ticket. */
  WITHDRAW = 'WITHDRAW',
}

/** One row of the lifecycle: in `from`, a person of `roles` may `action`. */
export interface Transition {
  readonly from: TicketState;
  readonly action: TicketAction;
  readonly roles: readonly Role[];
  readonly to: TicketState;
  /** The action must carry a comment (a question, a proposal, a reason). */
  readonly commentRequired: boolean;
  /** Resolution recorded when the transition closes the ticket. */
  readonly resolution?: Resolution;
  /** The transition sends a proposed solution back: a reopen. */
  readonly reopens?: boolean;
}

const SUPPORT: readonly Role[] = [Role.ENGINEER, Role.ADMIN];
const CUSTOMER: readonly Role[] = [Role.CUSTOMER];
const S = TicketState;
const A = TicketAction;

function row(
  from: TicketState,
  action: TicketAction,
  roles: readonly Role[],
  to: TicketState,
  extra: Partial<Pick<Transition, 'commentRequired' | 'resolution' | 'reopens'>> = {},
): Transition {
  return { from, action, roles, to, commentRequired: false, ...extra };
}

const WORKING_STATES = [S.INVESTIGATING, S.WITH_DEVELOPMENT, S.WITH_INTEGRATION_TEAM];
const WITHDRAWABLE = Object.values(S).filter((state) => state !== S.CLOSED);

/**
 * The one lifecycle table (state, role, action -> next state). The server
 * refuses anything not listed; the client shows only what is listed.
 */
export const TRANSITIONS: readonly Transition[] = [
  row(S.NEW, A.START_INVESTIGATION, SUPPORT, S.INVESTIGATING),
  row(S.NEW, A.REQUEST_INFO, SUPPORT, S.WAITING_FOR_CUSTOMER, { commentRequired: true }),
  row(S.INVESTIGATING, A.REQUEST_INFO, SUPPORT, S.WAITING_FOR_CUSTOMER, {
    commentRequired: true,
  }),
  row(S.WAITING_FOR_CUSTOMER, A.PROVIDE_INFO, CUSTOMER, S.INVESTIGATING, {
    commentRequired: true,
  }),
  row(S.INVESTIGATING, A.ESCALATE_TO_DEVELOPMENT, SUPPORT, S.WITH_DEVELOPMENT),
  row(S.INVESTIGATING, A.FORWARD_TO_INTEGRATION, SUPPORT, S.WITH_INTEGRATION_TEAM),
  row(S.WITH_DEVELOPMENT, A.RETURN_TO_SUPPORT, [Role.DEVELOPMENT, ...SUPPORT], S.INVESTIGATING),
  row(
    S.WITH_INTEGRATION_TEAM,
    A.RETURN_TO_SUPPORT,
    [Role.INTEGRATION, ...SUPPORT],
    S.INVESTIGATING,
  ),
  ...WORKING_STATES.map((from) =>
    row(from, A.PROPOSE_SOLUTION, SUPPORT, S.SOLUTION_PROPOSED, { commentRequired: true }),
  ),
  row(S.SOLUTION_PROPOSED, A.ACCEPT_SOLUTION, CUSTOMER, S.RESOLVED),
  row(S.SOLUTION_PROPOSED, A.REJECT_SOLUTION, CUSTOMER, S.INVESTIGATING, {
    commentRequired: true,
    reopens: true,
  }),
  row(S.RESOLVED, A.CLOSE, SUPPORT, S.CLOSED, { resolution: Resolution.SOLVED }),
  ...WITHDRAWABLE.map((from) =>
    row(from, A.WITHDRAW, CUSTOMER, S.CLOSED, { resolution: Resolution.WITHDRAWN }),
  ),
];

/** The transition for this move, or undefined when the table refuses it. */
export function findTransition(
  from: TicketState,
  role: Role,
  action: TicketAction,
): Transition | undefined {
  return TRANSITIONS.find(
    (transition) =>
      transition.from === from && transition.action === action && transition.roles.includes(role),
  );
}

/** The actions a person of `role` may take on a ticket in `state`, in table order. */
export function allowedActions(state: TicketState, role: Role): TicketAction[] {
  return TRANSITIONS.filter(
    (transition) => transition.from === state && transition.roles.includes(role),
  ).map((transition) => transition.action);
}

/** Roles that may set a ticket's planned availability. */
export const PLANNED_AVAILABILITY_ROLES: readonly Role[] = [
  Role.DEVELOPMENT,
  Role.ENGINEER,
  Role.ADMIN,
];

/** States in which planned availability may change: after escalation, before close. */
export const PLANNED_AVAILABILITY_STATES: readonly TicketState[] = [
  S.INVESTIGATING,
  S.WAITING_FOR_CUSTOMER,
  S.WITH_DEVELOPMENT,
  S.SOLUTION_PROPOSED,
  S.RESOLVED,
];

/** True when a person of `role` may set planned availability in `state`. */
export function canSetPlannedAvailability(state: TicketState, role: Role): boolean {
  return PLANNED_AVAILABILITY_ROLES.includes(role) && PLANNED_AVAILABILITY_STATES.includes(state);
}

/** Roles that may assign tickets. */
export const ASSIGN_ROLES: readonly Role[] = SUPPORT;

/** Roles that may change a ticket's severity (customers choose it at intake). */
export const SEVERITY_ROLES: readonly Role[] = SUPPORT;

/** True when a person of `role` may change the severity of a ticket in `state`. */
export function canChangeSeverity(state: TicketState, role: Role): boolean {
  return SEVERITY_ROLES.includes(role) && state !== S.CLOSED;
}

/** True when a person of `role` may comment on a ticket in `state`. */
export function canComment(state: TicketState, role: Role): boolean {
  return state !== S.CLOSED || role !== Role.CUSTOMER;
}
