import { Role } from '@support/shared';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp } from '../support/graphql-http';
import { Subscriber, wsClient } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

const QUEUE = 'subscription { queueEvents { sequence } }';

describe('administration', () => {
  let app: TestApp;
  let admin: GqlHttp;
  beforeAll(async () => {
    app = await startTestApp();
    const user = await buildUser(app.services, Role.ADMIN);
    admin = await new GqlHttp(app.url).login(user.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
  });

  describe('organisations', () => {
    it('creates and changes an organisation, refusing duplicate names and unknown zones', async () => {
      const created = await admin.ok(
        'mutation { createOrganisation(input: { name: "Osaka Metals", plan: PREMIER_PLUS, timeZone: "Asia/Tokyo", locale: JA }) { id name plan } }',
      );
      expect(created.createOrganisation).toMatchObject({
        name: 'Osaka Metals',
        plan: 'PREMIER_PLUS',
      });
      const duplicate = await admin.request(
        'mutation { createOrganisation(input: { name: "Osaka Metals", plan: STANDARD, timeZone: "Asia/Tokyo", locale: JA }) { id } }',
      );
      expect(duplicate.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
      const zone = await admin.request(
        'mutation($id: ID!) { updateOrganisation(input: { id: $id, timeZone: "Mars/Olympus" }) { id } }',
        { id: created.createOrganisation.id },
      );
      expect(zone.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'timeZone',
      });
    });

    it('is refused to engineers', async () => {
      const engineer = await buildUser(app.services, Role.ENGINEER);
      const http = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
      const result = await http.request(
        'mutation { createOrganisation(input: { name: "X", plan: STANDARD, timeZone: "UTC", locale: EN }) { id } }',
      );
      expect(errorCode(result)).toBe('FORBIDDEN');
    });
  });

  describe('users', () => {
    it('invites a customer who chooses a password once through the link', async () => {
      const organisation = await buildOrganisation(app.services);
      const invited = await admin.ok(
        'mutation($org: ID!) { inviteUser(input: { email: "New.Person@Example.com", name: "New Person", role: CUSTOMER, organisationId: $org }) { invitationPath user { id email locale } } }',
        { org: String(organisation.id) },
      );
      expect(invited.inviteUser.user.email).toBe('new.person@example.com');
      const token = invited.inviteUser.invitationPath.split('/').pop();
      const visitor = new GqlHttp(app.url);
      const accept =
        'mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { email } }';
      await visitor.ok(accept, { t: token, p: 'a-long-password' });
      expect((await visitor.ok('{ me { email } }')).me.email).toBe('new.person@example.com');
      const again = await new GqlHttp(app.url).request(accept, { t: token, p: 'another-password' });
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'token',
      });
      await new GqlHttp(app.url).login('new.person@example.com', 'a-long-password');
    });

    it('requires an organisation for customers', async () => {
      const result = await admin.request(
        'mutation { inviteUser(input: { email: "lonely@example.com", name: "L", role: CUSTOMER }) { invitationPath } }',
      );
      expect(result.errors?.[0].extensions).toMatchObject({ field: 'organisationId' });
    });

    it('deactivating a user ends their session and closes their live connection', async () => {
      const engineer = await buildUser(app.services, Role.ENGINEER);
      const http = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
      const client = wsClient(app.url, { cookie: http.cookie });
      const subscriber = new Subscriber(client, QUEUE);
      await waitUntil(() => app.services.connections.size > 0);
      await admin.ok(
        'mutation($id: ID!) { updateUser(input: { id: $id, active: false }) { active } }',
        {
          id: String(engineer.id),
        },
      );
      await subscriber.waitForEnd();
      expect((subscriber.error as { code?: number })?.code).toBe(4403);
      expect(errorCode(await http.request('{ me { id } }'))).toBe('UNAUTHENTICATED');
      await client.dispose();
    });
  });

  describe('API tokens', () => {
    it('lists tokens with their scopes, and revoking one closes its live connection', async () => {
      const created = await admin.ok(
        'mutation { createApiToken(input: { name: "monitor", scopes: [READ, SUBSCRIBE] }) { token apiToken { id scopes lastUsedAt } } }',
      );
      const { token, apiToken } = created.createApiToken;
      expect(apiToken.scopes).toEqual(['READ', 'SUBSCRIBE']);
      const script = new GqlHttp(app.url, token);
      await script.ok('{ tickets(first: 1) { totalCount } }');
      const write = await script.request(
        'mutation { createApiToken(input: { name: "x" }) { token } }',
      );
      expect(errorCode(write)).toBe('FORBIDDEN');
      const listed = await admin.ok('{ apiTokens { id name lastUsedAt createdBy { id } } }');
      expect(
        listed.apiTokens.find((t: { id: string }) => t.id === apiToken.id).lastUsedAt,
      ).not.toBeNull();

      const client = wsClient(app.url, { bearerToken: token });
      const subscriber = new Subscriber(client, QUEUE);
      await waitUntil(() => app.services.connections.size > 0);
      await admin.ok('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', {
        id: apiToken.id,
      });
      await subscriber.waitForEnd();
      expect((subscriber.error as { code?: number })?.code).toBe(4403);
      expect(errorCode(await script.request('{ tickets(first: 1) { totalCount } }'))).toBe(
        'UNAUTHENTICATED',
      );
      await client.dispose();
    });

    it('closes a live connection when its token expires', async () => {
      const expiresAt = new Date(Date.now() + 1500).toISOString();
      const { createApiToken } = await admin.ok(
        'mutation($e: DateTime) { createApiToken(input: { name: "short", expiresAt: $e }) { token } }',
        { e: expiresAt },
      );
      const client = wsClient(app.url, { bearerToken: createApiToken.token });
      const subscriber = new Subscriber(client, QUEUE);
      await subscriber.waitForEnd(5000);
      expect((subscriber.error as { code?: number })?.code).toBe(4403);
      await client.dispose();
    });

    it('refuses a token without the SUBSCRIBE scope on subscriptions', async () => {
      const { createApiToken } = await admin.ok(
        'mutation { createApiToken(input: { name: "reader", scopes: [READ] }) { token } }',
      );
      const client = wsClient(app.url, { bearerToken: createApiToken.token });
      const subscriber = new Subscriber(client, QUEUE);
      await subscriber.waitFor(1);
      expect(subscriber.received[0].errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await client.dispose();
    });
  });

  describe('preferences', () => {
    it('stores the language and time zone of the caller', async () => {
      const organisation = await buildOrganisation(app.services);
      const customer = await buildCustomer(app.services, organisation);
      const http = await new GqlHttp(app.url).login(customer.email, TEST_PASSWORD);
      const result = await http.ok(
        'mutation { updateMyPreferences(input: { locale: JA, timeZone: "Europe/Berlin" }) { locale timeZone } }',
      );
      expect(result.updateMyPreferences).toEqual({ locale: 'JA', timeZone: 'Europe/Berlin' });
      const bad = await http.request(
        'mutation { updateMyPreferences(input: { timeZone: "Nowhere/City" }) { locale } }',
      );
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'timeZone',
      });
    });
  });

  describe('severity', () => {
    it('lets support change the severity, recorded in history and pushed live', async () => {
      const organisation = await buildOrganisation(app.services);
      const customer = await buildCustomer(app.services, organisation);
      const ticket = await buildTicket(app.services, customer, { severity: 3 });
      const engineer = await buildUser(app.services, Role.ENGINEER);
      const http = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
      const { eventCursor } = await http.ok('{ eventCursor }');
      const client = wsClient(app.url, { cookie: http.cookie });
      const subscriber = new Subscriber(
        client,
        'subscription($after: String) { queueEvents(after: $after) { kind ticket { number severity } } }',
        { after: eventCursor },
      );
      const changed = await http.ok(
        'mutation($n: String!, $v: Int!) { changeSeverity(input: { number: $n, severity: 1, expectedVersion: $v }) { severity version history { kind fromValue toValue } } }',
        { n: ticket.number, v: ticket.version },
      );
      expect(changed.changeSeverity.severity).toBe(1);
      expect(changed.changeSeverity.history.at(-1)).toEqual({
        kind: 'SEVERITY_CHANGED',
        fromValue: '3',
        toValue: '1',
      });
      const [event] = await subscriber.waitFor(1);
      expect(event.data?.queueEvents).toEqual({
        kind: 'SEVERITY_CHANGED',
        ticket: { number: ticket.number, severity: 1 },
      });
      const customerHttp = await new GqlHttp(app.url).login(customer.email, TEST_PASSWORD);
      const refused = await customerHttp.request(
        'mutation($n: String!) { changeSeverity(input: { number: $n, severity: 2, expectedVersion: 2 }) { severity } }',
        { n: ticket.number },
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
      await client.dispose();
    });
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
