import { Role } from '@support/shared';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { GqlHttp } from '../support/graphql-http';
import { Subscriber, wsClient } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

describe('backbone', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('serves /healthz', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('reports readiness of the database and migrations on /readyz', async () => {
    const response = await fetch(`${app.url}/readyz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      checks: Array<{ name: string; ok: boolean }>;
    };
    expect(body.status).toBe('ready');
    expect(body.checks.map((check) => check.name)).toEqual(['database', 'migrations']);
  });

  it('exposes Prometheus metrics on /metrics', async () => {
    await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toContain('support_console_websocket_connections');
    expect(text).toMatch(/support_console_graphql_errors_total\{code="UNAUTHENTICATED"\} 1/);
    expect(text).toContain('support_console_graphql_operation_seconds_bucket');
  });

  it('delivers a planned availability change to a subscribed customer', async () => {
    const organisation = await buildOrganisation(app.services);
    const customer = await buildCustomer(app.services, organisation);
    const engineer = await buildUser(app.services, Role.ENGINEER);
    const ticket = await buildTicket(app.services, customer);
    const customerHttp = await new GqlHttp(app.url).login(customer.email, TEST_PASSWORD);
    const engineerHttp = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
    const { eventCursor } = await customerHttp.ok('{ eventCursor }');
    const client = wsClient(app.url, { cookie: customerHttp.cookie });
    const subscriber = new Subscriber(
      client,
      'subscription($n: String!, $after: String) { ticketEvents(number: $n, after: $after) { sequence kind ticket { state version } } }',
      { n: ticket.number, after: eventCursor },
    );
    await engineerHttp.ok(
      'mutation($n: String!, $v: Int!) { transitionTicket(input: { number: $n, action: START_INVESTIGATION, expectedVersion: $v }) { version } }',
      { n: ticket.number, v: ticket.version },
    );
    const [first] = await subscriber.waitFor(1);
    expect(first.data?.ticketEvents.kind).toBe('STATE_CHANGED');
    expect(first.data?.ticketEvents.ticket.state).toBe('INVESTIGATING');
    subscriber.unsubscribe();
    await client.dispose();
  });
});
