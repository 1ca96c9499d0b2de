import type { Client } from 'graphql-ws';
import { Role } from '@support/shared';
import type { Organisation } from '../../src/modules/organisation/organisation.entity';
import type { User } from '../../src/modules/user/user.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp } from '../support/graphql-http';
import {
  closeCodeOf,
  Subscriber,
  waitUntil,
  wsClient,
  type WsCredentials,
} from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { id }
}`;

const ME = '{ me { id email role } }';

const CREATE_TOKEN = `mutation CreateToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name readOnly } }
}`;

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id author { id } }
}`;

const ORGANISATION_EVENTS = `subscription OrganisationEvents($after: String) {
  organisationTicketEvents(after: $after) { kind ticket { number } comment { body } }
}`;

type EventData = {
  organisationTicketEvents: { kind: string; ticket: { number: string }; comment: { body: string } };
};

describe('authentication', () => {
  let app: TestApp;
  let organisation: Organisation;
  let engineer: GqlHttp;
  let admin: GqlHttp;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    organisation = await buildOrganisation(app.services);
    const engineerUser = await buildUser(app.services, Role.ENGINEER);
    const adminUser = await buildUser(app.services, Role.ADMIN);
    [engineer, admin] = await Promise.all(
      [engineerUser, adminUser].map((user) =>
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

  /** A new customer of the organisation, logged in with a fresh session. */
  async function customerSession(): Promise<{ user: User; http: GqlHttp }> {
    const user = await buildCustomer(app.services, organisation);
    return { user, http: await new GqlHttp(app.url).login(user.email, TEST_PASSWORD) };
  }

  /** Subscribes to the organisation's events from now on. */
  async function watchOrganisation(http: GqlHttp, credentials: WsCredentials) {
    const { eventCursor } = await http.ok('{ eventCursor }');
    return new Subscriber<EventData>(connect(credentials), ORGANISATION_EVENTS, {
      after: eventCursor,
    });
  }

  /** Makes a public reply on the ticket and waits until the subscriber has it. */
  async function expectDelivered(subscriber: Subscriber<EventData>, number: string) {
    const body = `Reply ${Math.random()}`;
    await engineer.ok(ADD_COMMENT, { input: { number, body } });
    const events = await waitUntil(
      subscriber,
      (result) => result.data?.organisationTicketEvents.comment?.body === body,
    );
    expect(events.at(-1)?.data?.organisationTicketEvents.ticket.number).toBe(number);
  }

  describe('login', () => {
    it('refuses a wrong password with UNAUTHENTICATED and the same message as an unknown email', async () => {
      const user = await buildCustomer(app.services, organisation);

      const wrongPassword = await new GqlHttp(app.url).request(LOGIN, {
        email: user.email,
        password: `${TEST_PASSWORD}-wrong`,
      });
      const unknownEmail = await new GqlHttp(app.url).request(LOGIN, {
        email: `nobody-${user.email}`,
        password: TEST_PASSWORD,
      });

      expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
      expect(errorCode(unknownEmail)).toBe('UNAUTHENTICATED');
      expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
      expect(wrongPassword.data?.login ?? null).toBeNull();
    });

    it('sets an HttpOnly, SameSite=Lax session cookie on path / that authenticates', async () => {
      const user = await buildCustomer(app.services, organisation);

      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: LOGIN,
          variables: { email: user.email, password: TEST_PASSWORD },
        }),
      });

      expect(response.status).toBe(200);
      const cookies = response.headers.getSetCookie();
      expect(cookies).toHaveLength(1);
      const [pair, ...attributes] = cookies[0].split(';').map((part) => part.trim());
      const [name, value] = pair.split('=');
      expect(name).toBe('sc_session');
      expect(value.length).toBeGreaterThanOrEqual(32);
      const lower = attributes.map((attribute) => attribute.toLowerCase());
      expect(lower).toContain('httponly');
      expect(lower).toContain('samesite=lax');
      expect(lower).toContain('path=/');
      const me = await Object.assign(new GqlHttp(app.url), { cookie: pair }).ok(ME);
      expect(me.me.id).toBe(String(user.id));
    });
  });

  describe('logout', () => {
    it('ends the session: the old cookie gets UNAUTHENTICATED from me', async () => {
      const { user, http } = await customerSession();
      const oldCookie = http.cookie;
      expect((await http.ok(ME)).me.id).toBe(String(user.id));

      expect((await http.ok('mutation { logout }')).logout).toBe(true);

      const replayed = Object.assign(new GqlHttp(app.url), { cookie: oldCookie });
      expect(errorCode(await replayed.request(ME))).toBe('UNAUTHENTICATED');
      expect(errorCode(await http.request(ME))).toBe('UNAUTHENTICATED');
    });

    it('refuses new WebSocket connections with the old cookie (4403)', async () => {
      const { user, http } = await customerSession();
      const ticket = await buildTicket(app.services, user);
      const oldCookie = http.cookie;
      const before = await watchOrganisation(http, { cookie: oldCookie });
      await expectDelivered(before, ticket.number);

      await http.ok('mutation { logout }');

      const after = new Subscriber(connect({ cookie: oldCookie }), ORGANISATION_EVENTS);
      await after.waitForEnd();
      expect(closeCodeOf(after)).toBe(4403);
      expect(after.received).toEqual([]);
    });
  });

  describe('personal API token', () => {
    it('acts as its creator over HTTP as a Bearer token', async () => {
      const { user, http } = await customerSession();
      const ticket = await buildTicket(app.services, user);

      const { createApiToken } = await http.ok(CREATE_TOKEN, { input: { name: 'my script' } });
      const token = new GqlHttp(app.url, createApiToken.token);

      expect(createApiToken.apiToken).toMatchObject({ name: 'my script', readOnly: false });
      expect((await token.ok(ME)).me).toMatchObject({ id: String(user.id), role: 'CUSTOMER' });
      const { addComment } = await token.ok(ADD_COMMENT, {
        input: { number: ticket.number, body: 'Sent by my script.' },
      });
      expect(addComment.author.id).toBe(String(user.id));
    });

    it('acts as its creator over WebSocket with the token in connection_init', async () => {
      const { user, http } = await customerSession();
      const ticket = await buildTicket(app.services, user);
      const { createApiToken } = await http.ok(CREATE_TOKEN, { input: { name: 'dashboard' } });

      const subscriber = await watchOrganisation(http, { bearerToken: createApiToken.token });

      await expectDelivered(subscriber, ticket.number);
    });

    it('is stored only as a hash', async () => {
      const { http } = await customerSession();
      const { createApiToken } = await http.ok(CREATE_TOKEN, { input: { name: 'hashed' } });

      const rows: Array<Record<string, unknown>> =
        await app.services.db.reader.query('SELECT * FROM api_token');

      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toContain(createApiToken.token);
    });
  });

  describe('organisation API token', () => {
    it('cannot be created by a customer or an engineer (FORBIDDEN)', async () => {
      const { http: customer } = await customerSession();
      const input = { name: 'ERP sync', organisationId: String(organisation.id) };

      for (const http of [customer, engineer]) {
        const result = await http.request(CREATE_TOKEN, { input });
        expect(errorCode(result)).toBe('FORBIDDEN');
      }
    });

    it('is created by an admin from just a name and organisationId, read-only', async () => {
      const result = await admin.request<{ createApiToken: { apiToken: unknown } }>(CREATE_TOKEN, {
        input: { name: 'Warehouse sync', organisationId: String(organisation.id) },
      });

      expect(result.errors).toBeUndefined();
      expect(result.data?.createApiToken.apiToken).toMatchObject({
        name: 'Warehouse sync',
        readOnly: true,
      });
    });

    it('has no user: me is null', async () => {
      const { createApiToken } = await admin.ok(CREATE_TOKEN, {
        input: { name: 'ERP sync', organisationId: String(organisation.id) },
      });

      const result = await new GqlHttp(app.url, createApiToken.token).request(ME);

      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ me: null });
      expect(createApiToken.apiToken.readOnly).toBe(true);
    });
  });
});
