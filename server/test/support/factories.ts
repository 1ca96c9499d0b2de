import { Locale, Role, SupportPlan, TicketAction, TicketState, TicketType } from '@support/shared';
import type { AppServices } from '../../src/core/graphql/context';
import { userViewer, type Viewer } from '../../src/modules/auth/viewer';
import {
  DEFAULT_BUSINESS_HOURS,
  Organisation,
} from '../../src/modules/organisation/organisation.entity';
import type { CreateTicketInput } from '../../src/modules/ticket/ticket.inputs';
import type { Ticket } from '../../src/modules/ticket/ticket.entity';
import { User } from '../../src/modules/user/user.entity';

/** The password of every user a factory makes. */
export const TEST_PASSWORD = 'test-password';

let sequence = 0;
let passwordHash: Promise<string> | undefined;

function unique(): number {
  sequence += 1;
  return sequence;
}

/** An organisation saved in the test database. */
export async function buildOrganisation(
  services: AppServices,
  overrides: Partial<Organisation> = {},
): Promise<Organisation> {
  const n = unique();
  return services.db.transaction((manager) =>
    manager.save(
      manager.create(Organisation, {
        name: `Organisation ${n}`,
        plan: SupportPlan.STANDARD,
        timeZone: 'Asia/Tokyo',
        locale: Locale.EN,
        ...DEFAULT_BUSINESS_HOURS,
        holidayCalendar: 'JP',
        createdAt: new Date(),
        ...overrides,
      }),
    ),
  );
}

/** A user saved in the test database, with password TEST_PASSWORD. */
export async function buildUser(
  services: AppServices,
  role: Role,
  overrides: Partial<User> = {},
): Promise<User> {
  const n = unique();
  passwordHash ??= services.auth.hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  return services.db.transaction((manager) =>
    manager.save(
      manager.create(User, {
        email: `${role.toLowerCase()}${n}@test.example`,
        name: `${role} ${n}`,
        role,
        organisationId: null,
        locale: Locale.EN,
        timeZone: 'Asia/Tokyo',
        passwordHash: hash,
        active: true,
        createdAt: new Date(),
        ...overrides,
      }),
    ),
  );
}

/** A customer of the organisation. */
export function buildCustomer(
  services: AppServices,
  organisation: Organisation,
  overrides: Partial<User> = {},
) {
  return buildUser(services, Role.CUSTOMER, { organisationId: organisation.id, ...overrides });
}

/** A viewer acting as the user, as a session would. */
export function viewerOf(user: User): Viewer {
  return userViewer(user, 'session', null);
}

/** A NEW question ticket opened by the customer through the real intake service. */
export function buildTicket(
  services: AppServices,
  customer: User,
  overrides: Partial<CreateTicketInput> = {},
): Promise<Ticket> {
  const n = unique();
  return services.intake.create(viewerOf(customer), {
    type: TicketType.QUESTION,
    severity: 3,
    title: `Ticket ${n}`,
    description: `Description ${n}`,
    ...overrides,
  } as CreateTicketInput);
}

/** The moves (and who makes them) that lead from NEW to each state. */
const PATH_TO: Record<TicketState, Array<[TicketAction, 'engineer' | 'customer']>> = {
  [TicketState.NEW]: [],
  [TicketState.INVESTIGATING]: [[TicketAction.START_INVESTIGATION, 'engineer']],
  [TicketState.WAITING_FOR_CUSTOMER]: [
    [TicketAction.START_INVESTIGATION, 'engineer'],
    [TicketAction.REQUEST_INFO, 'engineer'],
  ],
  [TicketState.WITH_DEVELOPMENT]: [
    [TicketAction.START_INVESTIGATION, 'engineer'],
    [TicketAction.ESCALATE_TO_DEVELOPMENT, 'engineer'],
  ],
  [TicketState.WITH_INTEGRATION_TEAM]: [
    [TicketAction.START_INVESTIGATION, 'engineer'],
    [TicketAction.FORWARD_TO_INTEGRATION, 'engineer'],
  ],
  [TicketState.SOLUTION_PROPOSED]: [
    [TicketAction.START_INVESTIGATION, 'engineer'],
    [TicketAction.PROPOSE_SOLUTION, 'engineer'],
  ],
  [TicketState.RESOLVED]: [
    [TicketAction.START_INVESTIGATION, 'engineer'],
    [TicketAction.PROPOSE_SOLUTION, 'engineer'],
    [TicketAction.ACCEPT_SOLUTION, 'customer'],
  ],
  [TicketState.CLOSED]: [
    [TicketAction.START_INVESTIGATION, 'engineer'],
    [TicketAction.PROPOSE_SOLUTION, 'engineer'],
    [TicketAction.ACCEPT_SOLUTION, 'customer'],
    [TicketAction.CLOSE, 'engineer'],
  ],
};

/** A ticket brought to `state` through the real lifecycle service. */
export async function buildTicketInState(
  services: AppServices,
  state: TicketState,
  people: { customer: User; engineer: User },
): Promise<Ticket> {
  let ticket = await buildTicket(services, people.customer);
  for (const [action, who] of PATH_TO[state]) {
    ticket = await services.lifecycle.transition(viewerOf(people[who]), {
      number: ticket.number,
      action,
      expectedVersion: ticket.version,
      comment: 'Because the test says so.',
    });
  }
  return ticket;
}
