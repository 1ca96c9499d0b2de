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

const PRESENCE =
  'subscription($n: String!) { ticketPresence(number: $n) { number entries { activity user { name } } } }';

type Presence = {
  ticketPresence: { entries: Array<{ activity: string; user: { name: string } }> };
};

describe('presence', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows two engineers each other, who is typing, and who left', async () => {
    const organisation = await buildOrganisation(app.services);
    const customer = await buildCustomer(app.services, organisation);
    const ticket = await buildTicket(app.services, customer);
    const [first, second] = await Promise.all([
      buildUser(app.services, Role.ENGINEER, { name: 'First' }),
      buildUser(app.services, Role.ENGINEER, { name: 'Second' }),
    ]);
    const firstHttp = await new GqlHttp(app.url).login(first.email, TEST_PASSWORD);
    const secondHttp = await new GqlHttp(app.url).login(second.email, TEST_PASSWORD);
    const firstClient = wsClient(app.url, { cookie: firstHttp.cookie });
    const secondClient = wsClient(app.url, { cookie: secondHttp.cookie });
    const watching = new Subscriber<Presence>(firstClient, PRESENCE, { n: ticket.number });
    await watching.waitFor(1);
    const latest = () => watching.received.at(-1)?.data?.ticketPresence.entries ?? [];
    const until = async (check: () => boolean) => {
      for (let count = watching.received.length + 1; !check(); count += 1)
        await watching.waitFor(count);
    };

    const other = new Subscriber<Presence>(secondClient, PRESENCE, { n: ticket.number });
    await until(() => latest().length === 2);
    expect(latest().map((entry) => entry.user.name)).toEqual(['First', 'Second']);

    await secondHttp.ok(
      'mutation($n: String!) { reportTyping(input: { number: $n, typing: true }) }',
      {
        n: ticket.number,
      },
    );
    await until(() => latest().some((entry) => entry.activity === 'TYPING'));
    expect(latest().find((entry) => entry.activity === 'TYPING')?.user.name).toBe('Second');

    other.unsubscribe();
    await until(() => latest().length === 1);
    expect(latest()[0].user.name).toBe('First');
    await firstClient.dispose();
    await secondClient.dispose();
  });

  it('is for agents only', async () => {
    const organisation = await buildOrganisation(app.services);
    const customer = await buildCustomer(app.services, organisation);
    const ticket = await buildTicket(app.services, customer);
    const http = await new GqlHttp(app.url).login(customer.email, TEST_PASSWORD);
    const client = wsClient(app.url, { cookie: http.cookie });
    const subscriber = new Subscriber(client, PRESENCE, { n: ticket.number });
    await subscriber.waitFor(1);
    expect(subscriber.received[0].errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await client.dispose();
  });
});
