import type { Client } from 'graphql-ws';
import { Role, TicketState } from '@support/shared';
import { ManualClock } from '../../src/core/clock/manual-clock';
import type { Organisation } from '../../src/modules/organisation/organisation.entity';
import type { User } from '../../src/modules/user/user.entity';
import { countWrites } from '../support/db-counts';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildTicketInState,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp } from '../support/graphql-http';
import {
  closeCodeOf,
  Subscriber,
  subscriptionErrors,
  waitUntil,
  wsClient,
  type WsCredentials,
} from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

const TICKET = `query Ticket($number: String!) {
  ticket(number: $number) { number version state organisation { id } comments { body } }
}`;

const TICKETS = `query Tickets($filter: TicketFilter) {
  tickets(filter: $filter, first: 100) {
    totalCount
    edges { node { number organisation { id } } }
  }
}`;

const TRANSITION = `mutation Transition($input: TransitionTicketInput!) {
  transitionTicket(input: $input) { version }
}`;

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id }
}`;

const ASSIGN = `mutation Assign($input: AssignTicketInput!) {
  assignTicket(input: $input) { version }
}`;

const SET_PLANNED = `mutation SetPlanned($input: SetPlannedAvailabilityInput!) {
  setPlannedAvailability(input: $input) { version }
}`;

const CREATE_TICKET = `mutation CreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) { number }
}`;

const CREATE_TOKEN = `mutation CreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id readOnly } }
}`;

const EVENT_FIELDS = 'sequence kind ticket { number organisation { id } }';
const TICKET_EVENTS = `subscription TicketEvents($number: String!, $after: String) {
  ticketEvents(number: $number, after: $after) { ${EVENT_FIELDS} }
}`;
const ORGANISATION_EVENTS = `subscription OrganisationEvents($after: String) {
  organisationTicketEvents(after: $after) { ${EVENT_FIELDS} }
}`;
const QUEUE_EVENTS = `subscription Queue($after: String) {
  queueEvents(after: $after) { ${EVENT_FIELDS} }
}`;

type EventData = Record<string, { sequence: string; kind: string; ticket: { number: string } }>;

describe('tenant isolation', () => {
  let app: TestApp;
  const clock = new ManualClock(new Date());
  let organisationA: Organisation;
  let organisationB: Organisation;
  let customerA: GqlHttp;
  let customerAUser: User;
  let customerBUser: User;
  let customerB: GqlHttp;
  let engineerUser: User;
  let engineer: GqlHttp;
  let admin: GqlHttp;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await startTestApp({ clock });
    organisationA = await buildOrganisation(app.services);
    organisationB = await buildOrganisation(app.services);
    customerAUser = await buildCustomer(app.services, organisationA);
    customerBUser = await buildCustomer(app.services, organisationB);
    engineerUser = await buildUser(app.services, Role.ENGINEER);
    const adminUser = await buildUser(app.services, Role.ADMIN);
    [customerA, customerB, engineer, admin] = await Promise.all(
      [customerAUser, customerBUser, engineerUser, adminUser].map((user) =>
        new GqlHttp(app.url).login(user.email, TEST_PASSWORD),
      ),
    );
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await app?.stop();
  });

  function connect(credentials: WsCredentials): Client {
    const client = wsClient(app.url, credentials);
    clients.push(client);
    return client;
  }

  /** Subscribes from the current cursor, so nothing after this call is missed. */
  async function subscribe(
    http: GqlHttp,
    credentials: WsCredentials,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Subscriber<EventData>> {
    const { eventCursor } = await http.ok('{ eventCursor }');
    return new Subscriber<EventData>(connect(credentials), query, {
      ...variables,
      after: eventCursor,
    });
  }

  /** One visible change on the ticket, made by an engineer. */
  async function touch(number: string) {
    await engineer.ok(ADD_COMMENT, { input: { number, body: `Update on ${number}.` } });
  }

  function organisationToken() {
    return admin
      .ok(CREATE_TOKEN, { input: { name: 'ERP sync', organisationId: organisationA.id } })
      .then((result) => result.createApiToken.token as string);
  }

  describe('over HTTP', () => {
    it("returns null for another organisation's ticket by number", async () => {
      const ticketB = await buildTicket(app.services, customerBUser);
      const ticketA = await buildTicket(app.services, customerAUser);

      expect((await customerA.ok(TICKET, { number: ticketB.number })).ticket).toBeNull();
      expect((await customerA.ok(TICKET, { number: ticketA.number })).ticket.number).toBe(
        ticketA.number,
      );
    });

    it("never lists another organisation's tickets, not even filtered by its id", async () => {
      const ticketA = await buildTicket(app.services, customerAUser);
      const ticketB = await buildTicket(app.services, customerBUser);

      const all = (await customerA.ok(TICKETS)).tickets;
      const numbers = all.edges.map((edge: { node: { number: string } }) => edge.node.number);
      expect(numbers).toContain(ticketA.number);
      expect(numbers).not.toContain(ticketB.number);
      expect(
        all.edges.every(
          (edge: { node: { organisation: { id: string } } }) =>
            edge.node.organisation.id === String(organisationA.id),
        ),
      ).toBe(true);
      expect(all.totalCount).toBe(all.edges.length);

      const filtered = (
        await customerA.ok(TICKETS, { filter: { organisationId: String(organisationB.id) } })
      ).tickets;
      expect(filtered).toEqual({ totalCount: 0, edges: [] });
    });

    it("answers NOT_FOUND to mutations on another organisation's ticket and writes nothing", async () => {
      const ticketB = await buildTicketInState(app.services, TicketState.WAITING_FOR_CUSTOMER, {
        customer: customerBUser,
        engineer: engineerUser,
      });
      const before = await countWrites(app.services);
      const number = ticketB.number;
      const version = ticketB.version;

      const attempts = {
        withdraw: await customerA.request(TRANSITION, {
          input: { number, action: 'WITHDRAW', expectedVersion: version },
        }),
        provideInfo: await customerA.request(TRANSITION, {
          input: { number, action: 'PROVIDE_INFO', expectedVersion: version, comment: 'Here.' },
        }),
        staleVersion: await customerA.request(TRANSITION, {
          input: { number, action: 'WITHDRAW', expectedVersion: version - 1 },
        }),
        reply: await customerA.request(ADD_COMMENT, { input: { number, body: 'Hello?' } }),
      };
      // Role checks come first for fields customers may never call: no leak either way.
      const roleRefusals = {
        assign: await customerA.request(ASSIGN, {
          input: { number, assigneeId: String(engineerUser.id), expectedVersion: version },
        }),
        planned: await customerA.request(SET_PLANNED, {
          input: { number, release: '9.9', expectedVersion: version },
        }),
      };

      expect(Object.values(attempts).map(errorCode)).toEqual(
        Object.values(attempts).map(() => 'NOT_FOUND'),
      );
      expect(Object.values(roleRefusals).map(errorCode)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(await countWrites(app.services)).toEqual(before);
      expect((await customerB.ok(TICKET, { number })).ticket).toMatchObject({
        version,
        state: 'WAITING_FOR_CUSTOMER',
      });
    });

    it('answers UNAUTHENTICATED to a request without credentials', async () => {
      const result = await new GqlHttp(app.url).request(TICKETS);
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.data?.tickets ?? null).toBeNull();
    });

    it('answers UNAUTHENTICATED to an invalid or expired bearer token', async () => {
      const { createApiToken } = await customerA.ok(CREATE_TOKEN, {
        input: { name: 'short-lived', expiresAt: new Date(clock.now().getTime() + 60_000) },
      });
      const expiring = new GqlHttp(app.url, createApiToken.token);
      expect((await expiring.ok(TICKETS)).tickets.totalCount).toBeGreaterThan(0);

      clock.advance(61_000);

      for (const token of [createApiToken.token, 'sct_not-a-real-token', 'garbage']) {
        const result = await new GqlHttp(app.url, token).request(TICKETS);
        expect({ token, code: errorCode(result) }).toEqual({ token, code: 'UNAUTHENTICATED' });
      }
    });
  });

  describe('over WebSocket', () => {
    it("refuses ticketEvents of another organisation's ticket at subscribe time with NOT_FOUND", async () => {
      const ticketB = await buildTicket(app.services, customerBUser);
      const subscriber = new Subscriber(connect({ cookie: customerA.cookie }), TICKET_EVENTS, {
        number: ticketB.number,
      });

      await subscriber.waitForEnd();

      expect(subscriptionErrors(subscriber).map((error) => error.extensions?.code)).toEqual([
        'NOT_FOUND',
      ]);
      expect(subscriber.received.some((result) => result.data)).toBe(false);
    });

    it('refuses queueEvents to a customer with FORBIDDEN', async () => {
      const subscriber = new Subscriber(connect({ cookie: customerA.cookie }), QUEUE_EVENTS);

      await subscriber.waitForEnd();

      expect(subscriptionErrors(subscriber).map((error) => error.extensions?.code)).toEqual([
        'FORBIDDEN',
      ]);
    });

    it("delivers on organisationTicketEvents the own organisation's changes and never another's", async () => {
      const ticketA = await buildTicket(app.services, customerAUser);
      const ticketB = await buildTicket(app.services, customerBUser);
      const subscriber = await subscribe(
        customerA,
        { cookie: customerA.cookie },
        ORGANISATION_EVENTS,
      );

      const created = await customerB.ok(CREATE_TICKET, {
        input: { type: 'QUESTION', severity: 3, title: 'B only', description: 'Not for A.' },
      });
      await touch(ticketB.number);
      await engineer.ok(TRANSITION, {
        input: {
          number: ticketB.number,
          action: 'START_INVESTIGATION',
          expectedVersion: ticketB.version,
        },
      });
      await touch(created.createTicket.number);
      await touch(ticketA.number);

      const received = await waitUntil(
        subscriber,
        (result) => result.data?.organisationTicketEvents.ticket.number === ticketA.number,
      );
      expect(received.map((result) => result.data?.organisationTicketEvents.ticket.number)).toEqual(
        [ticketA.number],
      );
    });

    it('closes a connection without credentials with 4403, failing its subscription', async () => {
      const subscriber = new Subscriber(connect({}), ORGANISATION_EVENTS);

      await subscriber.waitForEnd();

      expect(closeCodeOf(subscriber)).toBe(4403);
      expect(subscriber.received).toEqual([]);
    });

    it('closes a connection with an invalid bearer token with 4403', async () => {
      const subscriber = new Subscriber(
        connect({ bearerToken: 'sct_not-a-real-token' }),
        ORGANISATION_EVENTS,
      );

      await subscriber.waitForEnd();

      expect(closeCodeOf(subscriber)).toBe(4403);
      expect(subscriber.received).toEqual([]);
    });
  });

  describe('organisation-scoped read-only API token', () => {
    it("reads only its organisation's tickets over HTTP", async () => {
      const ticketA = await buildTicket(app.services, customerAUser);
      const ticketB = await buildTicket(app.services, customerBUser);
      const token = new GqlHttp(app.url, await organisationToken());

      expect((await token.ok(TICKET, { number: ticketA.number })).ticket.number).toBe(
        ticketA.number,
      );
      expect((await token.ok(TICKET, { number: ticketB.number })).ticket).toBeNull();
      const listed = (await token.ok(TICKETS)).tickets;
      expect(
        listed.edges.map(
          (edge: { node: { organisation: { id: string } } }) => edge.node.organisation.id,
        ),
      ).toEqual(listed.edges.map(() => String(organisationA.id)));
      expect(listed.edges.map((edge: { node: { number: string } }) => edge.node.number)).toContain(
        ticketA.number,
      );
      expect(
        (await token.ok(TICKETS, { filter: { organisationId: String(organisationB.id) } })).tickets
          .totalCount,
      ).toBe(0);
    });

    it("receives only its organisation's changes over WebSocket", async () => {
      const ticketA = await buildTicket(app.services, customerAUser);
      const ticketB = await buildTicket(app.services, customerBUser);
      const secret = await organisationToken();
      const http = new GqlHttp(app.url, secret);

      const refusedTicket = new Subscriber(connect({ bearerToken: secret }), TICKET_EVENTS, {
        number: ticketB.number,
      });
      const refusedQueue = new Subscriber(connect({ bearerToken: secret }), QUEUE_EVENTS);
      const organisation = await subscribe(http, { bearerToken: secret }, ORGANISATION_EVENTS);
      const single = await subscribe(http, { bearerToken: secret }, TICKET_EVENTS, {
        number: ticketA.number,
      });

      await touch(ticketB.number);
      await touch(ticketA.number);

      await refusedTicket.waitForEnd();
      await refusedQueue.waitForEnd();
      expect(subscriptionErrors(refusedTicket).map((error) => error.extensions?.code)).toEqual([
        'NOT_FOUND',
      ]);
      expect(subscriptionErrors(refusedQueue).map((error) => error.extensions?.code)).toEqual([
        'FORBIDDEN',
      ]);
      const fromOrganisation = await waitUntil(
        organisation,
        (result) => result.data?.organisationTicketEvents.ticket.number === ticketA.number,
      );
      expect(fromOrganisation).toHaveLength(1);
      const [fromTicket] = await single.waitFor(1);
      expect(fromTicket.data?.ticketEvents).toMatchObject({
        kind: 'COMMENT_ADDED',
        ticket: { number: ticketA.number },
      });
    });

    it('is refused every mutation with FORBIDDEN and writes nothing', async () => {
      const ticketA = await buildTicketInState(app.services, TicketState.WITH_DEVELOPMENT, {
        customer: customerAUser,
        engineer: engineerUser,
      });
      const token = new GqlHttp(app.url, await organisationToken());
      const before = await countWrites(app.services);
      const number = ticketA.number;
      const version = ticketA.version;

      const attempts = {
        createTicket: await token.request(CREATE_TICKET, {
          input: { type: 'QUESTION', severity: 3, title: 'From a token', description: 'No.' },
        }),
        transitionTicket: await token.request(TRANSITION, {
          input: { number, action: 'WITHDRAW', expectedVersion: version },
        }),
        addComment: await token.request(ADD_COMMENT, { input: { number, body: 'Hello' } }),
        assignTicket: await token.request(ASSIGN, {
          input: { number, assigneeId: String(engineerUser.id), expectedVersion: version },
        }),
        setPlannedAvailability: await token.request(SET_PLANNED, {
          input: { number, release: '1.0', expectedVersion: version },
        }),
        createApiToken: await token.request(CREATE_TOKEN, { input: { name: 'escalate' } }),
      };

      expect(
        Object.fromEntries(
          Object.entries(attempts).map(([name, result]) => [name, errorCode(result)]),
        ),
      ).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, 'FORBIDDEN'])));
      expect(await countWrites(app.services)).toEqual(before);
      expect((await engineer.ok(TICKET, { number })).ticket).toMatchObject({
        version,
        state: 'WITH_DEVELOPMENT',
      });
    });
  });
});
