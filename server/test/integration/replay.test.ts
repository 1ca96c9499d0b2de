import type { Client } from 'graphql-ws';
import { Role, TicketState } from '@support/shared';
import type { User } from '../../src/modules/user/user.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildTicketInState,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { GqlHttp } from '../support/graphql-http';
import { Subscriber, wsClient, type Pushed } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

const EVENT_FIELDS = 'sequence kind comment { body } ticket { number }';
const SUBSCRIPTIONS = {
  ticketEvents: `subscription TicketEvents($number: String!, $after: String) {
    ticketEvents(number: $number, after: $after) { ${EVENT_FIELDS} }
  }`,
  organisationTicketEvents: `subscription OrganisationEvents($after: String) {
    organisationTicketEvents(after: $after) { ${EVENT_FIELDS} }
  }`,
  queueEvents: `subscription Queue($after: String) {
    queueEvents(after: $after) { ${EVENT_FIELDS} }
  }`,
};
type SubscriptionName = keyof typeof SUBSCRIPTIONS;

const VERSION = 'query Version($number: String!) { ticket(number: $number) { version } }';
const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id }
}`;
const ASSIGN = `mutation Assign($input: AssignTicketInput!) {
  assignTicket(input: $input) { version }
}`;
const SET_PLANNED = `mutation SetPlanned($input: SetPlannedAvailabilityInput!) {
  setPlannedAvailability(input: $input) { version }
}`;

interface EventView {
  sequence: string;
  kind: string;
  comment: { body: string } | null;
  ticket: { number: string };
}
type EventData = Record<string, EventView>;

/** Changes made while the subscriber is away. */
const MISSED = 50;

describe('catching up after a disconnection', () => {
  let app: TestApp;
  let customerUser: User;
  let customer: GqlHttp;
  let engineers: Array<{ user: User; http: GqlHttp }>;
  let developer: GqlHttp;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const organisation = await buildOrganisation(app.services);
    customerUser = await buildCustomer(app.services, organisation);
    const engineerUsers = [
      await buildUser(app.services, Role.ENGINEER),
      await buildUser(app.services, Role.ENGINEER),
    ];
    const developerUser = await buildUser(app.services, Role.DEVELOPMENT);
    const login = (user: User) => new GqlHttp(app.url).login(user.email, TEST_PASSWORD);
    customer = await login(customerUser);
    developer = await login(developerUser);
    engineers = await Promise.all(
      engineerUsers.map(async (user) => ({ user, http: await login(user) })),
    );
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await app?.stop();
  });

  function connect(http: GqlHttp): Client {
    const client = wsClient(app.url, { cookie: http.cookie });
    clients.push(client);
    return client;
  }

  function eventOf(result: Pushed<EventData>): EventView {
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0];
  }

  async function comment(number: string, body: string) {
    await engineers[0].http.ok(ADD_COMMENT, { input: { number, body } });
  }

  async function currentVersion(number: string): Promise<number> {
    return (await engineers[0].http.ok(VERSION, { number })).ticket.version;
  }

  /** Assigns the ticket to the first or second engineer, from the version now. */
  async function assign(number: string, index: number) {
    const expectedVersion = await currentVersion(number);
    await engineers[0].http.ok(ASSIGN, {
      input: { number, assigneeId: engineers[index % 2].user.id, expectedVersion },
    });
  }

  async function setPlanned(number: string, index: number) {
    const expectedVersion = await currentVersion(number);
    await developer.ok(SET_PLANNED, {
      input: { number, release: `2031.${index}`, date: '2031-06-30', expectedVersion },
    });
  }

  /**
   * Subscribes, sees one change, disconnects, lets MISSED changes happen,
   * reconnects with `after` = the last sequence seen, then makes one live
   * change. Returns what the second connection received and the last
   * sequence of the first.
   */
  async function missAndCatchUp(options: {
    http: GqlHttp;
    name: SubscriptionName;
    variables?: Record<string, unknown>;
    number: string;
    /** The i-th missed change (0-based); even ones are comments. */
    change: (index: number) => Promise<void>;
  }) {
    const { http, name, variables = {}, number } = options;
    const { eventCursor } = await http.ok('{ eventCursor }');
    const firstClient = connect(http);
    const first = new Subscriber<EventData>(firstClient, SUBSCRIPTIONS[name], {
      ...variables,
      after: eventCursor,
    });
    await comment(number, 'Seen before the disconnection.');
    const [seen] = await first.waitFor(1);
    const lastSeen = eventOf(seen).sequence;
    await firstClient.dispose();

    for (let index = 0; index < MISSED; index += 1) await options.change(index);

    const second = new Subscriber<EventData>(connect(http), SUBSCRIPTIONS[name], {
      ...variables,
      after: lastSeen,
    });
    await second.waitFor(MISSED, 10_000);
    await comment(number, 'Live after the replay.');
    const received = await second.waitFor(MISSED + 1);
    return { lastSeen, events: received.map(eventOf) };
  }

  /** The checks every subscription shares: all missed events, in order, once, then live. */
  function expectCaughtUp(
    { lastSeen, events }: { lastSeen: string; events: EventView[] },
    otherKind: string,
  ) {
    expect(events).toHaveLength(MISSED + 1);
    const sequences = [lastSeen, ...events.map((event) => event.sequence)].map(BigInt);
    sequences.slice(1).forEach((sequence, index) => {
      expect(sequence > sequences[index]).toBe(true);
    });
    expect(
      events.slice(0, MISSED).map((event) => [event.kind, event.comment?.body ?? null]),
    ).toEqual(
      Array.from({ length: MISSED }, (_, index) =>
        index % 2 === 0 ? ['COMMENT_ADDED', `Missed change ${index}`] : [otherKind, null],
      ),
    );
    expect(events[MISSED]).toMatchObject({
      kind: 'COMMENT_ADDED',
      comment: { body: 'Live after the replay.' },
    });
  }

  describe('ticketEvents', () => {
    it('replays all 50 missed changes in order, none twice, then goes live', async () => {
      const ticket = await buildTicketInState(app.services, TicketState.WITH_DEVELOPMENT, {
        customer: customerUser,
        engineer: engineers[0].user,
      });

      const outcome = await missAndCatchUp({
        http: customer,
        name: 'ticketEvents',
        variables: { number: ticket.number },
        number: ticket.number,
        change: (index) =>
          index % 2 === 0
            ? comment(ticket.number, `Missed change ${index}`)
            : setPlanned(ticket.number, index),
      });

      expectCaughtUp(outcome, 'PLANNED_AVAILABILITY_CHANGED');
    });

    it("delivers only the subscribed ticket's events when two tickets' changes interleave", async () => {
      const watched = await buildTicket(app.services, customerUser);
      const other = await buildTicket(app.services, customerUser);
      const { eventCursor } = await customer.ok('{ eventCursor }');
      const live = new Subscriber<EventData>(connect(customer), SUBSCRIPTIONS.ticketEvents, {
        number: watched.number,
        after: eventCursor,
      });

      for (let index = 0; index < 10; index += 1) {
        await comment(other.number, `Other ${index}`);
        await comment(watched.number, `Watched ${index}`);
        await assign(other.number, index);
      }
      const replay = new Subscriber<EventData>(connect(customer), SUBSCRIPTIONS.ticketEvents, {
        number: watched.number,
        after: eventCursor,
      });
      await assign(other.number, 10);
      await comment(watched.number, 'Watched live');

      const expected = [...Array.from({ length: 10 }, (_, i) => `Watched ${i}`), 'Watched live'];
      for (const subscriber of [live, replay]) {
        const events = (await subscriber.waitFor(expected.length)).map(eventOf);
        expect(events.map((event) => event.ticket.number)).toEqual(
          expected.map(() => watched.number),
        );
        expect(events.map((event) => event.comment?.body)).toEqual(expected);
      }
    });

    it('loses and repeats nothing when changes keep coming while it replays', async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const { eventCursor } = await customer.ok('{ eventCursor }');
      for (let index = 0; index < 20; index += 1) await comment(ticket.number, `Change ${index}`);

      const subscriber = new Subscriber<EventData>(connect(customer), SUBSCRIPTIONS.ticketEvents, {
        number: ticket.number,
        after: eventCursor,
      });
      for (let index = 20; index < 40; index += 1) await comment(ticket.number, `Change ${index}`);

      const events = (await subscriber.waitFor(40, 10_000)).map(eventOf);
      await comment(ticket.number, 'Marker');
      const all = (await subscriber.waitFor(41)).map(eventOf);
      expect(events.map((event) => event.comment?.body)).toEqual(
        Array.from({ length: 40 }, (_, index) => `Change ${index}`),
      );
      expect(all.at(-1)?.comment?.body).toBe('Marker');
      expect(new Set(all.map((event) => event.sequence)).size).toBe(41);
    });
  });

  describe('queueEvents', () => {
    it('replays all 50 missed changes in order, none twice, then goes live', async () => {
      const ticket = await buildTicket(app.services, customerUser);

      const outcome = await missAndCatchUp({
        http: engineers[1].http,
        name: 'queueEvents',
        number: ticket.number,
        change: (index) =>
          index % 2 === 0
            ? comment(ticket.number, `Missed change ${index}`)
            : assign(ticket.number, index),
      });

      expectCaughtUp(outcome, 'ASSIGNED');
    });
  });

  describe('organisationTicketEvents', () => {
    it('replays all 50 missed changes in order, none twice, then goes live', async () => {
      const ticket = await buildTicket(app.services, customerUser);

      const outcome = await missAndCatchUp({
        http: customer,
        name: 'organisationTicketEvents',
        number: ticket.number,
        change: (index) =>
          index % 2 === 0
            ? comment(ticket.number, `Missed change ${index}`)
            : assign(ticket.number, index),
      });

      expectCaughtUp(outcome, 'ASSIGNED');
    });
  });
});
