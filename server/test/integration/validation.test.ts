import type { Client } from 'graphql-ws';
import { LIMITS, Role } from '@support/shared';
import { ManualClock } from '../../src/core/clock/manual-clock';
import type { User } from '../../src/modules/user/user.entity';
import { countWrites } from '../support/db-counts';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp, type GqlResponse } from '../support/graphql-http';
import { Subscriber, subscriptionErrors, waitUntil, wsClient } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_TICKET = `mutation CreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) { number }
}`;

const TICKET = `query Ticket($number: String!) {
  ticket(number: $number) {
    title description createdAt updatedAt
    comments { body createdAt }
    history { at }
  }
}`;

const TICKETS_PAGE = `query Page($first: Int, $after: String) {
  tickets(first: $first, after: $after) { totalCount edges { cursor } }
}`;

const TRANSITION = `mutation Transition($input: TransitionTicketInput!) {
  transitionTicket(input: $input) { version }
}`;

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id body createdAt }
}`;

const TICKET_EVENTS = `subscription TicketEvents($number: String!, $after: String) {
  ticketEvents(number: $number, after: $after) { sequence }
}`;

const QUEUE_EVENTS = `subscription Queue($after: String) {
  queueEvents(after: $after) {
    kind at
    comment { body createdAt }
    ticket { number title description createdAt }
  }
}`;

/** Japanese, an emoji with a skin-tone modifier and a 4-byte CJK character. */
const TEXT = '東京都の請求書 🙏🏽 𠮷野家';

/** An ISO instant in UTC with milliseconds, as every DateTime must be. */
const UTC_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const PLATFORM_ISSUE = {
  type: 'PLATFORM_ISSUE',
  severity: 2,
  title: 'Invoices fail to post',
  description: 'Posting an invoice shows an error.',
  reproductionSteps: '1. Open an invoice 2. Post it',
  businessImpact: 'Month-end close is blocked.',
};

const SERVICE_REQUEST = {
  type: 'SERVICE_REQUEST',
  severity: 4,
  title: 'Refresh the sandbox',
  description: 'Copy production into the sandbox.',
  permissionGranted: true,
};

function bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex');
}

function cursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('input validation and text fidelity', () => {
  let app: TestApp;
  // Milliseconds that a seconds-precision column would lose.
  const clock = new ManualClock(new Date(Math.floor(Date.now() / 1000) * 1000 + 678));
  const originalTimeZone = process.env.TZ;
  let customerUser: User;
  let customer: GqlHttp;
  let engineer: GqlHttp;
  let admin: GqlHttp;
  const clients: Client[] = [];

  beforeAll(async () => {
    // A server far from UTC must still store and answer UTC instants.
    process.env.TZ = 'Asia/Tokyo';
    app = await startTestApp({ clock });
    const organisation = await buildOrganisation(app.services);
    customerUser = await buildCustomer(app.services, organisation);
    const engineerUser = await buildUser(app.services, Role.ENGINEER);
    const adminUser = await buildUser(app.services, Role.ADMIN);
    [customer, engineer, admin] = await Promise.all(
      [customerUser, engineerUser, adminUser].map((user) =>
        new GqlHttp(app.url).login(user.email, TEST_PASSWORD),
      ),
    );
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await app?.stop();
    process.env.TZ = originalTimeZone;
  });

  async function ticketCount(): Promise<number> {
    return (await admin.ok(TICKETS_PAGE, { first: 1 })).tickets.totalCount;
  }

  /** Expects BAD_USER_INPUT naming `field`. */
  function expectBadInput(result: GqlResponse, field: string) {
    expect({
      code: errorCode(result),
      field: result.errors?.[0].extensions?.field,
    }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.data?.createTicket ?? null).toBeNull();
  }

  describe('createTicket', () => {
    it.each([
      [
        'a platform issue without reproductionSteps',
        { ...PLATFORM_ISSUE, reproductionSteps: undefined },
        'reproductionSteps',
      ],
      [
        'a platform issue with blank reproductionSteps',
        { ...PLATFORM_ISSUE, reproductionSteps: '  \n ' },
        'reproductionSteps',
      ],
      [
        'a platform issue without businessImpact',
        { ...PLATFORM_ISSUE, businessImpact: undefined },
        'businessImpact',
      ],
      [
        'a service request without permissionGranted',
        { ...SERVICE_REQUEST, permissionGranted: undefined },
        'permissionGranted',
      ],
      [
        'a service request with permissionGranted false',
        { ...SERVICE_REQUEST, permissionGranted: false },
        'permissionGranted',
      ],
      ['severity 5', { ...PLATFORM_ISSUE, severity: 5 }, 'severity'],
      ['severity 0', { ...PLATFORM_ISSUE, severity: 0 }, 'severity'],
      [
        'a title one character too long',
        { ...PLATFORM_ISSUE, title: 'x'.repeat(LIMITS.titleMaxLength + 1) },
        'title',
      ],
      [
        'an instanceUrl that is no URL',
        { ...PLATFORM_ISSUE, instanceUrl: 'not a url' },
        'instanceUrl',
      ],
      [
        'a javascript: instanceUrl',
        { ...PLATFORM_ISSUE, instanceUrl: 'javascript:alert(1)' },
        'instanceUrl',
      ],
    ])('refuses %s naming the field and writes nothing', async (_what, input, field) => {
      const tickets = await ticketCount();
      const before = await countWrites(app.services);

      const result = await customer.request(CREATE_TICKET, { input });

      expectBadInput(result, field as string);
      expect(await ticketCount()).toBe(tickets);
      expect(await countWrites(app.services)).toEqual(before);
    });

    it('accepts the same inputs once they are complete', async () => {
      const tickets = await ticketCount();
      for (const input of [
        { ...PLATFORM_ISSUE, instanceUrl: 'https://acme.test.example.com/app' },
        SERVICE_REQUEST,
      ]) {
        const result = await customer.request(CREATE_TICKET, { input });
        expect(result.errors).toBeUndefined();
      }
      expect(await ticketCount()).toBe(tickets + 2);
    });
  });

  describe('tickets pagination', () => {
    it(`refuses first: ${LIMITS.maxPageSize + 1} naming the field first`, async () => {
      const result = await customer.request(TICKETS_PAGE, { first: LIMITS.maxPageSize + 1 });
      expect({ code: errorCode(result), field: result.errors?.[0].extensions?.field }).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    });

    it.each([
      ['text that is no cursor', 'not-a-cursor!'],
      ['an object', cursor({ severity: 1 })],
      ['too few values', cursor([1])],
      ['text where the order keeps numbers and an instant', cursor(['a', 'b', 'c'])],
      ['an instant that is no date', cursor([1, 'not-a-date', 1])],
    ])('refuses an after cursor holding %s naming the field after', async (_what, after) => {
      await buildTicket(app.services, customerUser);

      const result = await customer.request(TICKETS_PAGE, { first: 1, after });

      expect({
        code: errorCode(result),
        field: result.errors?.[0].extensions?.field,
      }).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('subscriptions', () => {
    it.each(['latest', '-1', '1.5', '99999999999999999999'])(
      'refuses ticketEvents after %p naming the field after',
      async (after) => {
        const ticket = await buildTicket(app.services, customerUser);
        const client = wsClient(app.url, { cookie: customer.cookie });
        clients.push(client);
        const subscriber = new Subscriber(client, TICKET_EVENTS, { number: ticket.number, after });

        await subscriber.waitForEnd();

        expect(
          subscriptionErrors(subscriber).map(({ extensions }) => [
            extensions?.code,
            extensions?.field,
          ]),
        ).toEqual([['BAD_USER_INPUT', 'after']]);
      },
    );
  });

  describe('ticket numbers', () => {
    it.each(['CS-12', 'TICKET-000001', "CS-000001' OR '1'='1", ''])(
      'refuses transitionTicket on number %p naming the field number',
      async (number) => {
        const before = await countWrites(app.services);

        const result = await engineer.request(TRANSITION, {
          input: { number, action: 'START_INVESTIGATION', expectedVersion: 1 },
        });

        expect({
          code: errorCode(result),
          field: result.errors?.[0].extensions?.field,
        }).toEqual({ code: 'BAD_USER_INPUT', field: 'number' });
        expect(await countWrites(app.services)).toEqual(before);
      },
    );
  });

  describe('text round trip', () => {
    it('returns Japanese, emoji and 4-byte CJK byte-identical over HTTP and in events', async () => {
      const title = `${TEXT} の件`;
      const description = `${TEXT}\n二行目: 🙏🏽🙏🏽 — 𠮷`;
      const body = `ご確認ください: ${TEXT}`;
      const { eventCursor } = await engineer.ok('{ eventCursor }');
      const client = wsClient(app.url, { cookie: engineer.cookie });
      clients.push(client);
      const queue = new Subscriber(client, QUEUE_EVENTS, { after: eventCursor });

      const { createTicket } = await customer.ok(CREATE_TICKET, {
        input: { type: 'QUESTION', severity: 3, title, description },
      });
      await engineer.ok(ADD_COMMENT, { input: { number: createTicket.number, body } });

      const { ticket } = await customer.ok(TICKET, { number: createTicket.number });
      expect(bytes(ticket.title)).toBe(bytes(title));
      expect(bytes(ticket.description)).toBe(bytes(description));
      expect(bytes(ticket.comments[0].body)).toBe(bytes(body));

      const events = await waitUntil(
        queue,
        (result) => result.data?.queueEvents.kind === 'COMMENT_ADDED',
      );
      const created = events[0].data?.queueEvents;
      const commented = events.at(-1)?.data?.queueEvents;
      expect(created.kind).toBe('CREATED');
      expect(bytes(created.ticket.title)).toBe(bytes(title));
      expect(bytes(created.ticket.description)).toBe(bytes(description));
      expect(bytes(commented.comment.body)).toBe(bytes(body));
    });
  });

  describe('instants', () => {
    it('answers createdAt and every other instant in UTC ISO with milliseconds, as stored', async () => {
      const { eventCursor } = await engineer.ok('{ eventCursor }');
      const client = wsClient(app.url, { cookie: engineer.cookie });
      clients.push(client);
      const queue = new Subscriber(client, QUEUE_EVENTS, { after: eventCursor });
      const now = clock.now().toISOString();
      expect(now).toMatch(/\.678Z$/);

      const { createTicket } = await customer.ok(CREATE_TICKET, {
        input: { type: 'QUESTION', severity: 3, title: 'When?', description: 'Now.' },
      });
      await engineer.ok(ADD_COMMENT, { input: { number: createTicket.number, body: 'Noted.' } });

      const { ticket } = await customer.ok(TICKET, { number: createTicket.number });
      expect(ticket.createdAt).toBe(now);
      expect(ticket.updatedAt).toBe(now);
      expect(ticket.comments[0].createdAt).toBe(now);
      expect(ticket.history.map((entry: { at: string }) => entry.at)).toEqual([now]);
      const events = await waitUntil(
        queue,
        (result) => result.data?.queueEvents.kind === 'COMMENT_ADDED',
      );
      for (const result of events) {
        const event = result.data?.queueEvents;
        expect(event.at).toBe(now);
        expect(event.ticket.createdAt).toBe(now);
        expect(event.at).toMatch(UTC_MILLIS);
      }
    });
  });
});
