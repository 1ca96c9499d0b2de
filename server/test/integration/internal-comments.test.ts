import type { Client } from 'graphql-ws';
import { Role } from '@support/shared';
import type { Ticket } from '../../src/modules/ticket/ticket.entity';
import type { User } from '../../src/modules/user/user.entity';
import { countWrites } from '../support/db-counts';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp } from '../support/graphql-http';
import { Subscriber, waitUntil, wsClient, type Pushed } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

const COMMENTS = 'comments { id body internal }';

const TICKET = `query Ticket($number: String!) { ticket(number: $number) { ${COMMENTS} } }`;

const TICKETS = `query Tickets {
  tickets(first: 100) { edges { node { number ${COMMENTS} } } }
}`;

const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) { id body internal }
}`;

const EVENT_FIELDS = `sequence kind comment { id body internal } ticket { number ${COMMENTS} }`;
const TICKET_EVENTS = `subscription TicketEvents($number: String!, $after: String) {
  ticketEvents(number: $number, after: $after) { ${EVENT_FIELDS} }
}`;
const ORGANISATION_EVENTS = `subscription OrganisationEvents($after: String) {
  organisationTicketEvents(after: $after) { ${EVENT_FIELDS} }
}`;
const QUEUE_EVENTS = `subscription Queue($after: String) {
  queueEvents(after: $after) { ${EVENT_FIELDS} }
}`;

interface CommentView {
  id: string;
  body: string;
  internal: boolean;
}
interface EventView {
  sequence: string;
  kind: string;
  comment: CommentView | null;
  ticket: { number: string; comments: CommentView[] };
}
type EventData = Record<string, EventView>;

const NOTE = 'Internal: the customer runs an unsupported plugin (社内メモ).';
const REPLY = 'Public: please update the plugin to 2.3 and retry.';

describe('internal notes', () => {
  let app: TestApp;
  let customerUser: User;
  let engineerUser: User;
  let customer: GqlHttp;
  let engineer: GqlHttp;
  const clients: Client[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const organisation = await buildOrganisation(app.services);
    customerUser = await buildCustomer(app.services, organisation);
    engineerUser = await buildUser(app.services, Role.ENGINEER);
    [customer, engineer] = await Promise.all(
      [customerUser, engineerUser].map((user) =>
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

  /** Subscribes over a new connection with the session of `http`, from `after` (default: now). */
  async function subscribe(
    http: GqlHttp,
    query: string,
    variables: Record<string, unknown> = {},
    after?: string,
  ): Promise<Subscriber<EventData>> {
    const cursor = after ?? (await http.ok('{ eventCursor }')).eventCursor;
    const client = wsClient(app.url, { cookie: http.cookie });
    clients.push(client);
    return new Subscriber<EventData>(client, query, { ...variables, after: cursor });
  }

  /** The engineer writes an internal note, then a public reply; returns both. */
  async function noteThenReply(ticket: Ticket) {
    const note = (
      await engineer.ok(ADD_COMMENT, {
        input: { number: ticket.number, body: NOTE, internal: true },
      })
    ).addComment as CommentView;
    const reply = (
      await engineer.ok(ADD_COMMENT, { input: { number: ticket.number, body: REPLY } })
    ).addComment as CommentView;
    expect(note.internal).toBe(true);
    expect(reply.internal).toBe(false);
    return { note, reply };
  }

  /** Waits for the reply's event and returns every event received up to it. */
  function eventsUpToReply(subscriber: Subscriber<EventData>, reply: CommentView) {
    return waitUntil(subscriber, (result) => eventOf(result)?.comment?.id === reply.id);
  }

  function eventOf(result: Pushed<EventData>): EventView | undefined {
    return result.data ? Object.values(result.data)[0] : undefined;
  }

  /** Fails when the note shows anywhere in the events: as an event, its comment or its ticket. */
  function expectNoNote(events: Array<Pushed<EventData>>, note: CommentView) {
    for (const result of events) {
      expect(result.errors).toBeUndefined();
      const event = eventOf(result)!;
      expect(event.comment?.id).not.toBe(note.id);
      expect(event.comment?.internal ?? false).toBe(false);
      expect(event.ticket.comments.map((comment) => comment.id)).not.toContain(note.id);
      expect(JSON.stringify(event)).not.toContain(NOTE);
    }
  }

  describe('over HTTP', () => {
    it("keeps the note out of the customer's ticket.comments and shows the reply", async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const { reply } = await noteThenReply(ticket);

      const { comments } = (await customer.ok(TICKET, { number: ticket.number })).ticket;

      expect(comments).toEqual([reply]);
    });

    it("keeps the note out of the comments of the customer's tickets list", async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const { note, reply } = await noteThenReply(ticket);

      const { edges } = (await customer.ok(TICKETS)).tickets;

      const node = edges.find(
        (edge: { node: { number: string } }) => edge.node.number === ticket.number,
      ).node;
      expect(node.comments).toEqual([reply]);
      expect(JSON.stringify(edges)).not.toContain(note.body);
    });

    it('shows an agent both the note and the reply, in order', async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const { note, reply } = await noteThenReply(ticket);

      const { comments } = (await engineer.ok(TICKET, { number: ticket.number })).ticket;

      expect(comments).toEqual([note, reply]);
    });
  });

  describe('over WebSocket', () => {
    it('never delivers the note on ticketEvents to the customer, and delivers the following reply', async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const subscriber = await subscribe(customer, TICKET_EVENTS, { number: ticket.number });

      const { note, reply } = await noteThenReply(ticket);

      const events = await eventsUpToReply(subscriber, reply);
      expect(events.map((result) => eventOf(result)?.kind)).toEqual(['COMMENT_ADDED']);
      expect(eventOf(events[0])?.comment).toEqual(reply);
      expectNoNote(events, note);
    });

    it('never delivers the note on organisationTicketEvents to the customer, and delivers the following reply', async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const subscriber = await subscribe(customer, ORGANISATION_EVENTS);

      const { note, reply } = await noteThenReply(ticket);

      const events = await eventsUpToReply(subscriber, reply);
      expect(events.map((result) => eventOf(result)?.kind)).toEqual(['COMMENT_ADDED']);
      expect(eventOf(events[0])?.comment).toEqual(reply);
      expectNoNote(events, note);
    });

    it('leaves the note out of a replay with after, on both customer subscriptions', async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const { eventCursor } = await customer.ok('{ eventCursor }');
      const { note, reply } = await noteThenReply(ticket);

      const single = await subscribe(
        customer,
        TICKET_EVENTS,
        { number: ticket.number },
        eventCursor,
      );
      const organisation = await subscribe(customer, ORGANISATION_EVENTS, {}, eventCursor);

      for (const subscriber of [single, organisation]) {
        const events = await eventsUpToReply(subscriber, reply);
        expect(events).toHaveLength(1);
        expectNoNote(events, note);
      }
    });

    it('keeps the note out of the ticket carried by later events, such as a state change', async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const { note } = await noteThenReply(ticket);
      const subscriber = await subscribe(customer, TICKET_EVENTS, { number: ticket.number });

      await engineer.ok(
        `mutation($input: TransitionTicketInput!) { transitionTicket(input: $input) { version } }`,
        {
          input: {
            number: ticket.number,
            action: 'START_INVESTIGATION',
            expectedVersion: ticket.version,
          },
        },
      );

      const [event] = await subscriber.waitFor(1);
      expect(eventOf(event)?.kind).toBe('STATE_CHANGED');
      expectNoNote([event], note);
      expect(eventOf(event)?.ticket.comments.map((comment) => comment.body)).toEqual([REPLY]);
    });

    it('delivers both the note and the reply to an agent, live and in replay', async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const { eventCursor } = await engineer.ok('{ eventCursor }');
      const live = await subscribe(engineer, TICKET_EVENTS, { number: ticket.number });
      const queue = await subscribe(engineer, QUEUE_EVENTS);

      const { note, reply } = await noteThenReply(ticket);
      const replay = await subscribe(
        engineer,
        TICKET_EVENTS,
        { number: ticket.number },
        eventCursor,
      );

      for (const subscriber of [live, queue, replay]) {
        const events = await eventsUpToReply(subscriber, reply);
        expect(events.map((result) => eventOf(result)?.comment)).toEqual([note, reply]);
        expect(eventOf(events[1])?.ticket.comments).toEqual([note, reply]);
      }
    });
  });

  describe('written by a customer', () => {
    it('is refused with FORBIDDEN and writes nothing', async () => {
      const ticket = await buildTicket(app.services, customerUser);
      const before = await countWrites(app.services);

      const result = await customer.request(ADD_COMMENT, {
        input: { number: ticket.number, body: 'Let me sneak a note in.', internal: true },
      });

      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await countWrites(app.services)).toEqual(before);
      expect((await engineer.ok(TICKET, { number: ticket.number })).ticket.comments).toEqual([]);
    });
  });
});
