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

const REDIS_URL = process.env.REDIS_URL;
const EVENTS =
  'subscription($n: String!, $after: String) { ticketEvents(number: $n, after: $after) { sequence kind } }';
const ASSIGN =
  'mutation($n: String!, $v: Int!, $a: ID) { assignTicket(input: { number: $n, assigneeId: $a, expectedVersion: $v }) { version } }';

const IDEA_EVENTS = 'subscription { ideaEvents { kind idea { id voteCount } } }';
const CREATE_IDEA = 'mutation($input: CreateIdeaInput!) { createIdea(input: $input) { id } }';
const VOTE = 'mutation($id: ID!) { voteForIdea(ideaId: $id) { voteCount } }';

// Needs a Redis server: CI sets REDIS_URL; without it the suite says so and skips.
const describeWithRedis = REDIS_URL ? describe : describe.skip;
if (!REDIS_URL) process.stdout.write('cross-node suite skipped: REDIS_URL is not set\n');

describeWithRedis('several servers over Redis', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp({ env: { REDIS_URL: REDIS_URL as string } });
    second = await startTestApp({
      database: first.database,
      env: { REDIS_URL: REDIS_URL as string },
    });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('delivers changes made through either server to subscribers on both, once and in order', async () => {
    const organisation = await buildOrganisation(first.services);
    const ticket = await buildTicket(
      first.services,
      await buildCustomer(first.services, organisation),
    );
    const engineer = await buildUser(first.services, Role.ENGINEER);
    const viaFirst = await new GqlHttp(first.url).login(engineer.email, TEST_PASSWORD);
    const viaSecond = await new GqlHttp(second.url).login(engineer.email, TEST_PASSWORD);
    const { eventCursor } = await viaSecond.ok('{ eventCursor }');
    const clients = [
      wsClient(first.url, { cookie: viaFirst.cookie }),
      wsClient(second.url, { cookie: viaSecond.cookie }),
    ];
    const subscribers = clients.map(
      (client) => new Subscriber(client, EVENTS, { n: ticket.number, after: eventCursor }),
    );

    let version = ticket.version;
    for (let index = 0; index < 20; index += 1) {
      const via = index % 2 ? viaSecond : viaFirst;
      const result = await via.ok(ASSIGN, {
        n: ticket.number,
        v: version,
        a: index % 3 ? String(engineer.id) : null,
      });
      version = result.assignTicket.version;
    }
    for (const subscriber of subscribers) {
      const events = await subscriber.waitFor(20);
      const sequences = events.map((event) => BigInt(event.data?.ticketEvents.sequence));
      expect(sequences).toHaveLength(20);
      sequences
        .slice(1)
        .forEach((sequence, index) => expect(sequence).toBeGreaterThan(sequences[index]));
    }
    // Nothing arrives twice: a later change is the 21st result, not a repeat.
    await viaFirst.ok(ASSIGN, { n: ticket.number, v: version, a: null });
    for (const subscriber of subscribers) expect(await subscriber.waitFor(21)).toHaveLength(21);
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('delivers idea board changes made through either server to subscribers on both, once', async () => {
    const organisation = await buildOrganisation(first.services);
    const customer = await buildCustomer(first.services, organisation);
    const viaFirst = await new GqlHttp(first.url).login(customer.email, TEST_PASSWORD);
    const viaSecond = await new GqlHttp(second.url).login(customer.email, TEST_PASSWORD);
    const clients = [
      wsClient(first.url, { cookie: viaFirst.cookie }),
      wsClient(second.url, { cookie: viaSecond.cookie }),
    ];
    const subscribers = clients.map((client) => new Subscriber(client, IDEA_EVENTS));
    // Idea events have no replay: let both subscriptions start first.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const { createIdea } = await viaFirst.ok(CREATE_IDEA, {
      input: { title: 'Export to CSV', description: 'From every list.' },
    });
    await viaSecond.ok(VOTE, { id: createIdea.id });

    for (const subscriber of subscribers) {
      const events = await subscriber.waitFor(2);
      expect(events.map((event) => event.data?.ideaEvents.kind)).toEqual(['CREATED', 'VOTED']);
      expect(events[1].data?.ideaEvents.idea).toEqual({ id: createIdea.id, voteCount: 1 });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const subscriber of subscribers) expect(subscriber.received).toHaveLength(2);
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('replays missed changes on whichever server the client reconnects to', async () => {
    const organisation = await buildOrganisation(first.services);
    const ticket = await buildTicket(
      first.services,
      await buildCustomer(first.services, organisation),
    );
    const engineer = await buildUser(first.services, Role.ENGINEER);
    const viaFirst = await new GqlHttp(first.url).login(engineer.email, TEST_PASSWORD);
    const { eventCursor } = await viaFirst.ok('{ eventCursor }');
    let version = ticket.version;
    for (let index = 0; index < 10; index += 1) {
      version = (
        await viaFirst.ok(ASSIGN, {
          n: ticket.number,
          v: version,
          a: index % 2 ? String(engineer.id) : null,
        })
      ).assignTicket.version;
    }
    const client = wsClient(second.url, { cookie: viaFirst.cookie });
    const subscriber = new Subscriber(client, EVENTS, { n: ticket.number, after: eventCursor });
    expect(await subscriber.waitFor(10)).toHaveLength(10);
    await client.dispose();
  });
});
