import { Role, TicketState } from '@support/shared';
import { countWrites } from '../support/db-counts';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildTicketInState,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp, type GqlResponse } from '../support/graphql-http';
import { Subscriber, waitUntil, wsClient } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';
import type { Ticket } from '../../src/modules/ticket/ticket.entity';
import type { User } from '../../src/modules/user/user.entity';
import type { Client } from 'graphql-ws';

const TICKET = `query Ticket($number: String!) {
  ticket(number: $number) {
    version
    state
    assignee { id }
    plannedAvailability { release }
    history { kind action fromValue toValue actor { id } }
  }
}`;

const ASSIGN = `mutation Assign($input: AssignTicketInput!) {
  assignTicket(input: $input) { version assignee { id } }
}`;

const TRANSITION = `mutation Transition($input: TransitionTicketInput!) {
  transitionTicket(input: $input) { version state }
}`;

const SET_PLANNED = `mutation SetPlanned($input: SetPlannedAvailabilityInput!) {
  setPlannedAvailability(input: $input) { version plannedAvailability { release } }
}`;

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id }
}`;

const QUEUE_EVENTS = `subscription Queue($after: String) {
  queueEvents(after: $after) { sequence kind ticket { number version } }
}`;

type QueueEvent = { queueEvents: { sequence: string; kind: string; ticket: { number: string } } };

/** How many times each race runs: one interleaving may hide what another shows. */
const ROUNDS = 5;

describe('optimistic concurrency', () => {
  let app: TestApp;
  let customer: User;
  let engineers: Array<{ user: User; http: GqlHttp }>;
  let developers: Array<{ user: User; http: GqlHttp }>;
  const clients: Client[] = [];

  async function session(user: User) {
    return { user, http: await new GqlHttp(app.url).login(user.email, TEST_PASSWORD) };
  }

  beforeAll(async () => {
    app = await startTestApp();
    const organisation = await buildOrganisation(app.services);
    customer = await buildCustomer(app.services, organisation);
    engineers = await Promise.all(
      [1, 2].map(async () => session(await buildUser(app.services, Role.ENGINEER))),
    );
    developers = await Promise.all(
      [1, 2].map(async () => session(await buildUser(app.services, Role.DEVELOPMENT))),
    );
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await app?.stop();
  });

  /** Subscribes an engineer to the whole queue from now on. */
  async function watchQueue(): Promise<Subscriber<QueueEvent>> {
    const http = engineers[0].http;
    const { eventCursor } = await http.ok('{ eventCursor }');
    const client = wsClient(app.url, { cookie: http.cookie });
    clients.push(client);
    return new Subscriber<QueueEvent>(client, QUEUE_EVENTS, { after: eventCursor });
  }

  /**
   * Waits for the events up to a later marker comment on the ticket and
   * returns their kinds: what the race published, then the marker.
   */
  async function kindsUpToMarker(subscriber: Subscriber<QueueEvent>, number: string) {
    await engineers[0].http.ok(ADD_COMMENT, {
      input: { number, body: 'Marker after the race.' },
    });
    const events = await waitUntil(
      subscriber,
      (result) =>
        result.data?.queueEvents.kind === 'COMMENT_ADDED' &&
        result.data.queueEvents.ticket.number === number,
    );
    return events.map((event) => event.data?.queueEvents.kind);
  }

  /** Splits concurrent results into the successes and the failures. */
  function outcome(results: GqlResponse[]) {
    return {
      winners: results.filter((result) => !result.errors),
      losers: results.filter((result) => result.errors),
    };
  }

  /** One kind of write that two people make at once from the version they both read. */
  interface Race {
    mutation: string;
    historyKind: string;
    eventKind: string;
    /** A ticket the writers may change. */
    ticket(): Promise<Ticket>;
    /** Each writer's session and input, for the ticket and version read. */
    writers(number: string, version: number): Array<[GqlHttp, Record<string, unknown>]>;
  }

  const RACES: Record<string, Race> = {
    'assignTicket by two engineers': {
      mutation: ASSIGN,
      historyKind: 'ASSIGNEE_CHANGED',
      eventKind: 'ASSIGNED',
      ticket: () => buildTicket(app.services, customer),
      writers: (number, version) =>
        engineers.map(({ http, user }) => [
          http,
          { number, assigneeId: user.id, expectedVersion: version },
        ]),
    },
    'transitionTicket by two engineers': {
      mutation: TRANSITION,
      historyKind: 'STATE_CHANGED',
      eventKind: 'STATE_CHANGED',
      ticket: () => buildTicket(app.services, customer),
      writers: (number, version) =>
        engineers.map(({ http }) => [
          http,
          { number, action: 'START_INVESTIGATION', expectedVersion: version },
        ]),
    },
    'setPlannedAvailability by two developers': {
      mutation: SET_PLANNED,
      historyKind: 'PLANNED_AVAILABILITY_CHANGED',
      eventKind: 'PLANNED_AVAILABILITY_CHANGED',
      ticket: () =>
        buildTicketInState(app.services, TicketState.WITH_DEVELOPMENT, {
          customer,
          engineer: engineers[0].user,
        }),
      writers: (number, version) =>
        developers.map(({ http }, index) => [
          http,
          { number, release: `2031.${index + 1}`, date: '2031-03-31', expectedVersion: version },
        ]),
    },
  };

  /**
   * Runs the race ROUNDS times, each on a fresh ticket that both writers
   * read first, and hands every round's outcome to `check`.
   */
  async function runRaces(
    race: Race,
    check: (round: {
      number: string;
      version: number;
      winners: GqlResponse[];
      losers: GqlResponse[];
      queue: Subscriber<QueueEvent>;
    }) => Promise<void>,
  ): Promise<void> {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { number } = await race.ticket();
      const readers = race.writers(number, 0).map(([http]) => http);
      const reads = await Promise.all(readers.map((http) => http.ok(TICKET, { number })));
      const version = reads[0].ticket.version as number;
      expect(reads.map((read) => read.ticket.version)).toEqual([version, version]);
      const queue = await watchQueue();

      const results = await Promise.all(
        race
          .writers(number, version)
          .map(([http, input]) => http.request(race.mutation, { input })),
      );

      await check({ number, version, queue, ...outcome(results) });
    }
  }

  describe.each(Object.entries(RACES))('concurrent %s from the same version', (_name, race) => {
    it('lets exactly one write win and leaves no history entry or event of the other', async () => {
      await runRaces(race, async ({ number, version, winners, losers, queue }) => {
        expect(winners).toHaveLength(1);
        expect(losers.map(errorCode)).toEqual(['CONFLICT']);
        const [written] = Object.values(winners[0].data as Record<string, { version: number }>);
        expect(written.version).toBe(version + 1);
        const after = (await engineers[0].http.ok(TICKET, { number })).ticket;
        expect(after.version).toBe(version + 1);
        expect(
          after.history.filter((entry: { kind: string }) => entry.kind === race.historyKind),
        ).toHaveLength(1);
        expect(await kindsUpToMarker(queue, number)).toEqual([race.eventKind, 'COMMENT_ADDED']);
      });
    });

    it("answers the loser's CONFLICT with the version the winner wrote in extensions.currentVersion", async () => {
      await runRaces(race, async ({ version, losers }) => {
        expect(losers.map(errorCode)).toEqual(['CONFLICT']);
        expect(losers[0].errors?.[0].extensions?.currentVersion).toBe(version + 1);
      });
    });
  });

  describe('a stale expectedVersion', () => {
    it('is refused with CONFLICT before any other check, and writes nothing', async () => {
      const ticket = await buildTicketInState(app.services, TicketState.WITH_DEVELOPMENT, {
        customer,
        engineer: engineers[0].user,
      });
      const stale = ticket.version - 1;
      const before = await countWrites(app.services);
      const attempts: Array<[string, GqlResponse]> = [
        [
          'assign',
          await engineers[0].http.request(ASSIGN, {
            input: {
              number: ticket.number,
              assigneeId: engineers[1].user.id,
              expectedVersion: stale,
            },
          }),
        ],
        [
          'assign to a customer (invalid assignee)',
          await engineers[0].http.request(ASSIGN, {
            input: { number: ticket.number, assigneeId: customer.id, expectedVersion: stale },
          }),
        ],
        [
          'allowed transition',
          await engineers[0].http.request(TRANSITION, {
            input: { number: ticket.number, action: 'RETURN_TO_SUPPORT', expectedVersion: stale },
          }),
        ],
        [
          'transition the table refuses',
          await engineers[0].http.request(TRANSITION, {
            input: { number: ticket.number, action: 'CLOSE', expectedVersion: stale },
          }),
        ],
        [
          'transition missing its comment',
          await engineers[0].http.request(TRANSITION, {
            input: { number: ticket.number, action: 'PROPOSE_SOLUTION', expectedVersion: stale },
          }),
        ],
        [
          'planned availability',
          await developers[0].http.request(SET_PLANNED, {
            input: { number: ticket.number, release: '2031.1', expectedVersion: stale },
          }),
        ],
      ];

      for (const [what, result] of attempts) {
        expect({ what, code: errorCode(result) }).toEqual({ what, code: 'CONFLICT' });
        expect(result.errors?.[0].extensions?.currentVersion).toBe(ticket.version);
      }
      expect(await countWrites(app.services)).toEqual(before);
      const after = (await engineers[0].http.ok(TICKET, { number: ticket.number })).ticket;
      expect(after).toMatchObject({ version: ticket.version, state: 'WITH_DEVELOPMENT' });
    });
  });
});
