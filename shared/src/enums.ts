/**
 * Domain enumerations shared by the server (GraphQL enums, database values)
 * and the client (labels, forms). String values equal their names so that
 * the database, the API and logs all read the same.
 */

/** What a user is to the support organisation. */
export enum Role {
  CUSTOMER = 'CUSTOMER',
  ENGINEER = 'ENGINEER',
  ADMIN = 'ADMIN',
  DEVELOPMENT = 'DEVELOPMENT',
  INTEGRATION = 'INTEGRATION',
}

/** Roles of the vendor's own staff: they work in the agent console. */
export const AGENT_ROLES: readonly Role[] = [
  Role.ENGINEER,
  Role.ADMIN,
  Role.DEVELOPMENT,
  Role.INTEGRATION,
];

/** True for vendor staff, false for customer users. */
export function isAgentRole(role: Role): boolean {
  return role !== Role.CUSTOMER;
}

/** The request types that open a ticket (product ideas go to the ideas board). */
export enum TicketType {
  QUESTION = 'QUESTION',
  PLATFORM_ISSUE = 'PLATFORM_ISSUE',
  SERVICE_REQUEST = 'SERVICE_REQUEST',
  INTEGRATION = 'INTEGRATION',
}

/** Where the affected instance runs. */
export enum InstanceEnvironment {
  TEST = 'TEST',
  PRODUCTION = 'PRODUCTION',
}

/** The organisation's support plan; it sets the service-level targets. */
export enum SupportPlan {
  STANDARD = 'STANDARD',
  PREMIER = 'PREMIER',
  PREMIER_PLUS = 'PREMIER_PLUS',
}

/** The lifecycle states of product.md. */
export enum TicketState {
  NEW = 'NEW',
  INVESTIGATING = 'INVESTIGATING',
  WAITING_FOR_CUSTOMER = 'WAITING_FOR_CUSTOMER',
  WITH_DEVELOPMENT = 'WITH_DEVELOPMENT',
  WITH_INTEGRATION_TEAM = 'WITH_INTEGRATION_TEAM',
  SOLUTION_PROPOSED = 'SOLUTION_PROPOSED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

/** Stage of the seed document (1 report, 2 investigation, 3 resolution). */
export const STAGE_OF_STATE: Readonly<Record<TicketState, 1 | 2 | 3>> = {
  [TicketState.NEW]: 1,
  [TicketState.INVESTIGATING]: 2,
  [TicketState.WAITING_FOR_CUSTOMER]: 2,
  [TicketState.WITH_DEVELOPMENT]: 2,
  [TicketState.WITH_INTEGRATION_TEAM]: 2,
  [TicketState.SOLUTION_PROPOSED]: 3,
  [TicketState.RESOLVED]: 3,
  [TicketState.CLOSED]: 3,
};

/** States in which a ticket still needs work from someone. */
export const OPEN_STATES: readonly TicketState[] = Object.values(TicketState).filter(
  (state) => state !== TicketState.CLOSED,
);

/** Why a closed ticket was closed. */
export enum Resolution {
  SOLVED = 'SOLVED',
  WITHDRAWN = 'WITHDRAWN',
}

/** What happened to a ticket; carried by every real-time event. */
export enum TicketEventKind {
  CREATED = 'CREATED',
  STATE_CHANGED = 'STATE_CHANGED',
  ASSIGNED = 'ASSIGNED',
  SEVERITY_CHANGED = 'SEVERITY_CHANGED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  PLANNED_AVAILABILITY_CHANGED = 'PLANNED_AVAILABILITY_CHANGED',
  /** Less than 25% of the current service-level target is left. */
  SLA_AT_RISK = 'SLA_AT_RISK',
  /** The current service-level target passed. */
  SLA_BREACHED = 'SLA_BREACHED',
}

/** What a history entry records. */
export enum HistoryKind {
  CREATED = 'CREATED',
  STATE_CHANGED = 'STATE_CHANGED',
  ASSIGNEE_CHANGED = 'ASSIGNEE_CHANGED',
  SEVERITY_CHANGED = 'SEVERITY_CHANGED',
  PLANNED_AVAILABILITY_CHANGED = 'PLANNED_AVAILABILITY_CHANGED',
  /** A service-level target passed (recorded once per target, by the system). */
  SLA_BREACHED = 'SLA_BREACHED',
}

/** Interface languages. */
export enum Locale {
  EN = 'en',
  JA = 'ja',
}

/** What an API token may do. Sessions may do everything their role allows. */
export enum ApiTokenScope {
  /** Queries: read tickets, comments, history. */
  READ = 'READ',
  /** Subscriptions: receive live changes. */
  SUBSCRIBE = 'SUBSCRIBE',
  /** Mutations, acting as the token's user (personal tokens only). */
  WRITE = 'WRITE',
}

/** What an agent is doing on a ticket, shown to the other agents on it. */
export enum PresenceActivity {
  VIEWING = 'VIEWING',
  TYPING = 'TYPING',
  LEFT = 'LEFT',
}
