import type { Client } from 'graphql-ws';
import { Role } from '@support/shared';
import type { Ticket } from '../../src/modules/ticket/ticket.entity';
import type { User } from '../../src/modules/user/user.entity';
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

/**
 * Subscribers with the same document and audience share one execution of
 * each event (SharedExecution). What depends on who they are must still be
 * theirs: their role (allowed actions) and, for `@PerViewer` fields, their
 * user (viewerFollows).
 */

const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

const ORGANISATION_EVENTS = `subscription($after: String) {
  organisationTicketEvents(after: $after) { sequence ticket { number viewerFollows } }
}`;
const QUEUE_EVENTS = `subscription($after: String) {
  queueEvents(after: $after) { sequence ticket { number allowedActions } }
}`;

type Event = { sequence: string; ticket: Record<string, unknown> };

describe('one execution per event and group of equal subscribers', () => {
  let app: TestApp;
  let requester: User;
  let colleague: User;
  let ticket: Ticket;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const organisation = await buildOrganisation(app.services);
    requester = await buildCustomer(app.services, organisation);
    colleague = await buildCustomer(app.services, organisation);
    ticket = await buildTicket(app.services, requester);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await app?.stop();
  });

  async function login(user: User): Promise<GqlHttp> {
    return new GqlHttp(app.url).login(user.email, TEST_PASSWORD);
  }

  /** `count` connections of the user, each with the same subscription from now on. */
  async function subscribe(http: GqlHttp, query: string, count: number) {
    const after = (await http.ok('{ eventCursor }')).eventCursor as string;
    return Array.from({ length: count }, () => {
      const client = wsClient(app.url, { cookie: http.cookie });
      clients.push(client);
      return new Subscriber<Record<string, Event>>(client, query, { after });
    });
  }

  async function firstEvent(subscriber: Subscriber<Record<string, Event>>): Promise<Event> {
    const [result] = await subscriber.waitFor(1);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data ?? {})[0];
  }

  it('gives each customer their own viewerFollows (a @PerViewer field)', async () => {
    const [asRequester, asColleague] = await Promise.all([login(requester), login(colleague)]);
    await asColleague.ok('mutation($n: String!) { followTicket(number: $n) { number } }', {
      n: ticket.number,
    });
    const requesters = await subscribe(asRequester, ORGANISATION_EVENTS, 3);
    const colleagues = await subscribe(asColleague, ORGANISATION_EVENTS, 3);
    // Let the subscriptions start before the change.
    await new Promise((resolve) => setTimeout(resolve, 300));

    await asRequester.ok(ADD_COMMENT, { input: { number: ticket.number, body: 'Any news?' } });

    const seenByRequester = await Promise.all(requesters.map(firstEvent));
    const seenByColleague = await Promise.all(colleagues.map(firstEvent));
    for (const event of seenByRequester) {
      expect(event.ticket).toEqual({ number: ticket.number, viewerFollows: false });
    }
    for (const event of seenByColleague) {
      expect(event.ticket).toEqual({ number: ticket.number, viewerFollows: true });
    }
    expect(new Set([...seenByRequester, ...seenByColleague].map((e) => e.sequence)).size).toBe(1);
  });

  it('gives agents of different roles the actions of their own role', async () => {
    const engineer = await login(await buildUser(app.services, Role.ENGINEER));
    const developer = await login(await buildUser(app.services, Role.DEVELOPMENT));
    const engineers = await subscribe(engineer, QUEUE_EVENTS, 2);
    const developers = await subscribe(developer, QUEUE_EVENTS, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));

    await engineer.ok(ADD_COMMENT, {
      input: { number: ticket.number, body: 'Looking into it.', internal: true },
    });

    const query = 'query($n: String!) { ticket(number: $n) { allowedActions } }';
    const own = async (http: GqlHttp) =>
      ((await http.ok(query, { n: ticket.number })).ticket as { allowedActions: string[] })
        .allowedActions;
    const [engineerActions, developerActions] = await Promise.all([own(engineer), own(developer)]);
    expect(engineerActions).not.toEqual(developerActions);
    for (const event of await Promise.all(engineers.map(firstEvent))) {
      expect(event.ticket.allowedActions).toEqual(engineerActions);
    }
    for (const event of await Promise.all(developers.map(firstEvent))) {
      expect(event.ticket.allowedActions).toEqual(developerActions);
    }
  });
});
