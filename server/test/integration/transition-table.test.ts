import {
  allowedActions,
  findTransition,
  Role,
  TicketAction,
  TicketState,
  TRANSITIONS,
} from '@support/shared';
import {
  buildCustomer,
  buildOrganisation,
  buildTicketInState,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { countWrites } from '../support/db-counts';
import { errorCode, GqlHttp } from '../support/graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';
import type { User } from '../../src/modules/user/user.entity';

const STATES = Object.values(TicketState);
const ROLES = Object.values(Role);
const ACTIONS = Object.values(TicketAction);

const TRANSITION = `mutation Transition($input: TransitionTicketInput!) {
  transitionTicket(input: $input) { number state version resolution reopenCount }
}`;

const TICKET = `query Ticket($number: String!) {
  ticket(number: $number) {
    state
    version
    resolution
    reopenCount
    allowedActions
    comments { body internal author { id } }
    history { kind action fromValue toValue actor { id } at }
  }
}`;

/** Every (state, role, action) the shared table allows, with where it leads. */
const ALLOWED_MOVES = STATES.flatMap((state) =>
  ROLES.flatMap((role) =>
    allowedActions(state, role).map((action) => {
      const move = findTransition(state, role, action)!;
      return { state, role, action, to: move.to, move };
    }),
  ),
);

const MOVES_NEEDING_A_COMMENT = ALLOWED_MOVES.filter(({ move }) => move.commentRequired);

const COMMENT = 'Details for the record: 東京都の請求書 🙏🏽';

describe('transition table', () => {
  let app: TestApp;
  /** The people of every role; read-only across tests, tickets are built per test. */
  const people = {} as Record<Role, { user: User; http: GqlHttp }>;

  beforeAll(async () => {
    app = await startTestApp();
    const organisation = await buildOrganisation(app.services);
    await Promise.all(
      ROLES.map(async (role) => {
        const user =
          role === Role.CUSTOMER
            ? await buildCustomer(app.services, organisation)
            : await buildUser(app.services, role);
        people[role] = { user, http: await new GqlHttp(app.url).login(user.email, TEST_PASSWORD) };
      }),
    );
  });

  afterAll(async () => {
    await app?.stop();
  });

  function ticketIn(state: TicketState) {
    return buildTicketInState(app.services, state, {
      customer: people[Role.CUSTOMER].user,
      engineer: people[Role.ENGINEER].user,
    });
  }

  async function read(number: string, role: Role = Role.ADMIN) {
    return (await people[role].http.ok(TICKET, { number })).ticket;
  }

  it('covers 8 states, 5 roles and 11 actions', () => {
    expect([STATES.length, ROLES.length, ACTIONS.length]).toEqual([8, 5, 11]);
    expect(new Set(TRANSITIONS.map((row) => row.action))).toEqual(new Set(ACTIONS));
  });

  describe('allowed moves', () => {
    it.each(ALLOWED_MOVES)(
      'lets $role $action a $state ticket, which becomes $to',
      async ({ state, role, action, to, move }) => {
        const ticket = await ticketIn(state);
        const before = await read(ticket.number);
        const actor = people[role];

        const result = await actor.http.request(TRANSITION, {
          input: {
            number: ticket.number,
            action,
            expectedVersion: ticket.version,
            ...(move.commentRequired ? { comment: COMMENT } : {}),
          },
        });

        expect(result.errors).toBeUndefined();
        expect(result.data?.transitionTicket).toMatchObject({
          state: to,
          version: ticket.version + 1,
        });
        const after = await read(ticket.number);
        expect(after).toMatchObject({
          state: to,
          version: ticket.version + 1,
          resolution: move.resolution ?? null,
          reopenCount: before.reopenCount + (move.reopens ? 1 : 0),
        });
        expect(after.history).toHaveLength(before.history.length + 1);
        expect(after.history.at(-1)).toEqual({
          kind: 'STATE_CHANGED',
          action,
          fromValue: state,
          toValue: to,
          actor: { id: actor.user.id.toString() },
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        });
        if (move.commentRequired) {
          expect(after.comments).toHaveLength(before.comments.length + 1);
          expect(after.comments.at(-1)).toEqual({
            body: COMMENT,
            internal: false,
            author: { id: actor.user.id.toString() },
          });
        }
      },
    );
  });

  describe('moves that need a comment', () => {
    it.each(MOVES_NEEDING_A_COMMENT)(
      'refuses $role $action on a $state ticket without a comment, naming the field comment',
      async ({ state, role, action }) => {
        const ticket = await ticketIn(state);
        const before = await read(ticket.number);
        const written = await countWrites(app.services);

        for (const comment of [undefined, null, '', '   \n ']) {
          const result = await people[role].http.request(TRANSITION, {
            input: { number: ticket.number, action, expectedVersion: ticket.version, comment },
          });
          expect(errorCode(result)).toBe('BAD_USER_INPUT');
          expect(result.errors?.[0].extensions?.field).toBe('comment');
        }

        expect(await read(ticket.number)).toEqual(before);
        expect(await countWrites(app.services)).toEqual(written);
      },
    );
  });

  describe('refused moves', () => {
    it.each(STATES)(
      'refuses on a %s ticket every (role, action) the table does not list with INVALID_TRANSITION, changing nothing',
      async (state) => {
        const ticket = await ticketIn(state);
        const before = await read(ticket.number);
        const written = await countWrites(app.services);
        const unexpected: string[] = [];
        let refused = 0;

        for (const role of ROLES) {
          for (const action of ACTIONS) {
            if (findTransition(state, role, action)) continue;
            refused += 1;
            const result = await people[role].http.request(TRANSITION, {
              input: {
                number: ticket.number,
                action,
                expectedVersion: ticket.version,
                comment: COMMENT,
              },
            });
            if (errorCode(result) !== 'INVALID_TRANSITION') {
              unexpected.push(`${role} ${action}: ${JSON.stringify(result.errors ?? result.data)}`);
            }
          }
        }

        expect(unexpected).toEqual([]);
        expect(refused).toBe(ROLES.length * ACTIONS.length - allowedCount(state));
        expect(await read(ticket.number)).toEqual(before);
        expect(await countWrites(app.services)).toEqual(written);
      },
    );
  });

  describe('allowedActions', () => {
    it.each(STATES)(
      'lists for each role on a %s ticket exactly the shared allowedActions(state, role)',
      async (state) => {
        const ticket = await ticketIn(state);
        for (const role of ROLES) {
          const { allowedActions: listed } = await read(ticket.number, role);
          expect({ role, listed }).toEqual({ role, listed: allowedActions(state, role) });
        }
      },
    );
  });

  describe('effects beyond the state', () => {
    it('counts every rejected solution as a reopen', async () => {
      const customer = people[Role.CUSTOMER].http;
      const engineer = people[Role.ENGINEER].http;
      const ticket = await ticketIn(TicketState.SOLUTION_PROPOSED);
      let version = ticket.version;

      for (const expected of [1, 2]) {
        const rejected = await customer.ok(TRANSITION, {
          input: {
            number: ticket.number,
            action: 'REJECT_SOLUTION',
            expectedVersion: version,
            comment: `Still failing (${expected}).`,
          },
        });
        expect(rejected.transitionTicket).toMatchObject({
          state: 'INVESTIGATING',
          reopenCount: expected,
        });
        const proposed = await engineer.ok(TRANSITION, {
          input: {
            number: ticket.number,
            action: 'PROPOSE_SOLUTION',
            expectedVersion: rejected.transitionTicket.version,
            comment: 'Try this instead.',
          },
        });
        expect(proposed.transitionTicket.reopenCount).toBe(expected);
        version = proposed.transitionTicket.version;
      }
    });

    it('closes a withdrawn ticket with resolution WITHDRAWN', async () => {
      const ticket = await ticketIn(TicketState.INVESTIGATING);
      const { transitionTicket } = await people[Role.CUSTOMER].http.ok(TRANSITION, {
        input: { number: ticket.number, action: 'WITHDRAW', expectedVersion: ticket.version },
      });
      expect(transitionTicket).toMatchObject({ state: 'CLOSED', resolution: 'WITHDRAWN' });
    });

    it('closes a resolved ticket with resolution SOLVED', async () => {
      const ticket = await ticketIn(TicketState.RESOLVED);
      expect((await read(ticket.number)).resolution).toBeNull();
      const { transitionTicket } = await people[Role.ENGINEER].http.ok(TRANSITION, {
        input: { number: ticket.number, action: 'CLOSE', expectedVersion: ticket.version },
      });
      expect(transitionTicket).toMatchObject({ state: 'CLOSED', resolution: 'SOLVED' });
    });

    it('records every transition of a ticket in its history, oldest first', async () => {
      const engineer = people[Role.ENGINEER];
      const customer = people[Role.CUSTOMER];
      const ticket = await ticketIn(TicketState.NEW);
      const path: Array<[typeof engineer, TicketAction, TicketState, TicketState]> = [
        [engineer, TicketAction.START_INVESTIGATION, TicketState.NEW, TicketState.INVESTIGATING],
        [
          engineer,
          TicketAction.ESCALATE_TO_DEVELOPMENT,
          TicketState.INVESTIGATING,
          TicketState.WITH_DEVELOPMENT,
        ],
        [
          people[Role.DEVELOPMENT],
          TicketAction.RETURN_TO_SUPPORT,
          TicketState.WITH_DEVELOPMENT,
          TicketState.INVESTIGATING,
        ],
        [
          engineer,
          TicketAction.PROPOSE_SOLUTION,
          TicketState.INVESTIGATING,
          TicketState.SOLUTION_PROPOSED,
        ],
        [
          customer,
          TicketAction.ACCEPT_SOLUTION,
          TicketState.SOLUTION_PROPOSED,
          TicketState.RESOLVED,
        ],
        [engineer, TicketAction.CLOSE, TicketState.RESOLVED, TicketState.CLOSED],
      ];
      let version = ticket.version;
      for (const [who, action] of path) {
        const { transitionTicket } = await who.http.ok(TRANSITION, {
          input: { number: ticket.number, action, expectedVersion: version, comment: COMMENT },
        });
        version = transitionTicket.version;
      }

      const { history } = await read(ticket.number);
      expect(history[0]).toMatchObject({ kind: 'CREATED', toValue: 'NEW' });
      expect(
        history.slice(1).map((entry: Record<string, unknown>) => ({ ...entry, at: undefined })),
      ).toEqual(
        path.map(([who, action, from, to]) => ({
          kind: 'STATE_CHANGED',
          action,
          fromValue: from,
          toValue: to,
          actor: { id: who.user.id.toString() },
          at: undefined,
        })),
      );
      const instants = history.map((entry: { at: string }) => Date.parse(entry.at));
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
    });
  });
});

function allowedCount(state: TicketState): number {
  return ROLES.reduce((sum, role) => sum + allowedActions(state, role).length, 0);
}
