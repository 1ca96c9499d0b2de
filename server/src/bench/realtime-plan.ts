/**
 * The benchmark's world and who subscribes to what: deterministic ids for
 * organisations, tickets and users, the subscription each client opens, and
 * which events each subscriber is entitled to.
 */
import { randomBytes } from 'node:crypto';
import { Role } from '@support/shared';
import type { BenchOptions } from './realtime-options';

/** The three live views of the console. */
export type Topic = 'queue' | 'organisation' | 'ticket';

/** A user the benchmark creates, with the secret of its session cookie. */
export interface SeedUser {
  id: number;
  email: string;
  role: Role;
  organisationId: number | null;
  secret: string;
}

/** Everything seeded; ticket `id` belongs to organisation ceil(id / ticketsPerOrganisation). */
export interface World {
  organisations: number;
  ticketsPerOrganisation: number;
  /** Agents whose connections watch the queue (ten connections each). */
  watchers: SeedUser[];
  /** Agents that make the changes. */
  mutators: SeedUser[];
  /** Two customer users per organisation. */
  customers: SeedUser[];
}

/** One WebSocket client with one subscription. */
export interface SubscriberSpec {
  index: number;
  topic: Topic;
  /** The customer's organisation (0 for agents). */
  organisationId: number;
  /** The status page's ticket (0 otherwise). */
  ticketId: number;
  cookie: string;
  /** Index of the server process it connects to. */
  server: number;
}

/** A committed event as the log holds it. */
export interface EventRow {
  sequence: number;
  ticketId: number;
  organisationId: number;
  internal: boolean;
  /** The event's `at`, ms since the epoch. */
  atMs: number;
}

const CONNECTIONS_PER_WATCHER = 10;
const MUTATORS = 10;

/** Name of the session cookie (SESSION_COOKIE of the server). */
export const SESSION_COOKIE = 'sc_session';

/** Ticket number of a ticket id, as the seed writes it. */
export function ticketNumber(id: number): string {
  return `CS-${String(id).padStart(6, '0')}`;
}

/** Ticket id of a ticket number. */
export function ticketIdOf(number: string): number {
  return Number(number.slice(3));
}

/** Users and their session secrets for these options. */
export function planWorld(options: BenchOptions): World {
  let id = 0;
  const user = (role: Role, organisationId: number | null, email: string): SeedUser => ({
    id: (id += 1),
    email,
    role,
    organisationId,
    secret: randomBytes(32).toString('base64url'),
  });
  const watchers = Array.from(
    { length: Math.ceil(options.agents / CONNECTIONS_PER_WATCHER) },
    (_, i) => user(Role.ENGINEER, null, `watcher${i}@bench.example`),
  );
  const mutators = Array.from({ length: MUTATORS }, (_, i) =>
    user(Role.ENGINEER, null, `mutator${i}@bench.example`),
  );
  const customers: SeedUser[] = [];
  for (let org = 1; org <= options.organisations; org += 1) {
    customers.push(user(Role.CUSTOMER, org, `a${org}@customer.example`));
    customers.push(user(Role.CUSTOMER, org, `b${org}@customer.example`));
  }
  return {
    organisations: options.organisations,
    ticketsPerOrganisation: options.ticketsPerOrganisation,
    watchers,
    mutators,
    customers,
  };
}

/** The cookie header of a user's session. */
export function cookieOf(user: SeedUser): string {
  return `${SESSION_COOKIE}=${user.secret}`;
}

/**
 * The subscribers: the first `agents` watch the queue, the rest are
 * customers spread over the organisations, alternately on their list and on
 * one ticket's status page. Subscriber i connects to server i mod processes.
 */
export function planSubscribers(
  options: BenchOptions,
  world: World,
  processes: number,
): SubscriberSpec[] {
  const specs: SubscriberSpec[] = [];
  for (let index = 0; index < options.subscribers; index += 1) {
    const server = index % processes;
    if (index < options.agents) {
      const watcher = world.watchers[Math.floor(index / CONNECTIONS_PER_WATCHER)];
      specs.push({
        index,
        topic: 'queue',
        organisationId: 0,
        ticketId: 0,
        cookie: cookieOf(watcher),
        server,
      });
      continue;
    }
    const customer = index - options.agents;
    const organisationId = (customer % world.organisations) + 1;
    const round = Math.floor(customer / world.organisations);
    const person = world.customers[(organisationId - 1) * 2 + (round % 2)];
    const onTicket = Math.floor(round / 2) % 2 === 1;
    const ticketOffset = Math.floor(round / 4) % world.ticketsPerOrganisation;
    specs.push({
      index,
      topic: onTicket ? 'ticket' : 'organisation',
      organisationId,
      ticketId: onTicket
        ? (organisationId - 1) * world.ticketsPerOrganisation + ticketOffset + 1
        : 0,
      cookie: cookieOf(person),
      server,
    });
  }
  return specs;
}

/** True when the subscriber must receive the event (and false when it must not). */
export function entitled(
  spec: Pick<SubscriberSpec, 'topic' | 'organisationId' | 'ticketId'>,
  event: EventRow,
): boolean {
  if (spec.topic === 'queue') return true;
  if (event.internal) return false;
  if (spec.topic === 'organisation') return event.organisationId === spec.organisationId;
  return event.ticketId === spec.ticketId;
}

/** GraphQL field each topic subscribes to. */
export const FIELD: Record<Topic, string> = {
  queue: 'queueEvents',
  organisation: 'organisationTicketEvents',
  ticket: 'ticketEvents',
};

/** The subscription each view of the console opens (what its page shows). */
export const SUBSCRIPTION: Record<Topic, string> = {
  queue: `subscription($after: String) { queueEvents(after: $after) {
    sequence kind at
    ticket { number state severity version updatedAt assignee { id name } plannedAvailability { release date } }
    actor { id name } } }`,
  organisation: `subscription($after: String) { organisationTicketEvents(after: $after) {
    sequence kind at
    ticket { number title state version updatedAt plannedAvailability { release date note } }
    comment { id body createdAt } } }`,
  ticket: `subscription($number: String!, $after: String) { ticketEvents(number: $number, after: $after) {
    sequence kind at
    ticket { number state version updatedAt plannedAvailability { release date reference note } }
    comment { body createdAt author { name } }
    actor { name } } }`,
};
