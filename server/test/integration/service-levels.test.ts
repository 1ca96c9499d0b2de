import { Role, SupportPlan, TicketAction } from '@support/shared';
import { ManualClock } from '../../src/core/clock/manual-clock';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
  viewerOf,
} from '../support/factories';
import { errorCode, GqlHttp } from '../support/graphql-http';
import { Subscriber, wsClient } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

const MINUTE = 60_000;
const QUEUE_EVENTS =
  'subscription($after: String) { queueEvents(after: $after) { kind ticket { number serviceLevel { atRisk breached dueAt } } } }';
const HISTORY =
  'query($n: String!) { ticket(number: $n) { history { kind } serviceLevel { phase dueAt atRisk breached breachedAt targetKind targetMinutes clock } } }';

describe('service levels', () => {
  // A Tuesday 10:00 in Tokyo; Premier severity 1 is 30 minutes, 24x7.
  const start = new Date('2026-12-01T01:00:00.000Z');

  describe('clock and queue', () => {
    let app: TestApp;
    let clock: ManualClock;
    beforeAll(async () => {
      clock = new ManualClock(start);
      app = await startTestApp({ clock });
    });
    afterAll(async () => {
      await app?.stop();
    });

    it('gives a new ticket its first-response target and orders the queue by due instant', async () => {
      const premier = await buildOrganisation(app.services, { plan: SupportPlan.PREMIER });
      const standard = await buildOrganisation(app.services, { plan: SupportPlan.STANDARD });
      const late = await buildTicket(app.services, await buildCustomer(app.services, standard), {
        severity: 3,
      });
      const soon = await buildTicket(app.services, await buildCustomer(app.services, premier), {
        severity: 1,
      });
      const engineer = await buildUser(app.services, Role.ENGINEER);
      const http = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
      const { ticket } = await http.ok(HISTORY, { n: soon.number });
      expect(ticket.serviceLevel).toMatchObject({
        phase: 'FIRST_RESPONSE',
        targetKind: 'FIRST_RESPONSE',
        targetMinutes: 30,
        clock: 'ALWAYS',
        dueAt: new Date(start.getTime() + 30 * MINUTE).toISOString(),
        atRisk: false,
        breached: false,
      });
      const queue = await http.ok(
        '{ tickets(filter: { open: true }) { edges { node { number } } } }',
      );
      const order = queue.tickets.edges.map(
        (edge: { node: { number: string } }) => edge.node.number,
      );
      expect(order.indexOf(soon.number)).toBeLessThan(order.indexOf(late.number));
    });

    it('pauses while waiting on the customer and resumes with the time left', async () => {
      const organisation = await buildOrganisation(app.services, { plan: SupportPlan.PREMIER });
      const customer = await buildCustomer(app.services, organisation);
      const engineer = await buildUser(app.services, Role.ENGINEER);
      clock.set(start);
      let ticket = await buildTicket(app.services, customer, { severity: 1 });
      clock.advance(10 * MINUTE);
      ticket = await app.services.lifecycle.transition(viewerOf(engineer), {
        number: ticket.number,
        action: TicketAction.REQUEST_INFO,
        expectedVersion: ticket.version,
        comment: 'Which instance?',
      });
      const http = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
      expect((await http.ok(HISTORY, { n: ticket.number })).ticket.serviceLevel).toMatchObject({
        phase: 'PAUSED',
        dueAt: null,
      });
      clock.advance(120 * MINUTE);
      await app.services.lifecycle.addComment(viewerOf(customer), {
        number: ticket.number,
        body: 'Production.',
        internal: false,
      });
      // The update clock (1 h on Premier sev 1) started at the support reply, 2 h paused since.
      const resumed = (await http.ok(HISTORY, { n: ticket.number })).ticket.serviceLevel;
      expect(resumed.phase).toBe('UPDATE');
      expect(resumed.dueAt).toBe(
        new Date(start.getTime() + (10 + 120 + 60) * MINUTE).toISOString(),
      );
    });
  });

  describe('holidays', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ clock: new ManualClock(start) });
    });
    afterAll(async () => {
      await app?.stop();
    });

    it('lets an admin add and remove a holiday, and names a malformed one without writing', async () => {
      const admin = await new GqlHttp(app.url).login(
        (await buildUser(app.services, Role.ADMIN)).email,
        TEST_PASSWORD,
      );
      const LIST = 'query { holidays(calendar: "TEST") { date name } }';
      const SET = 'mutation($input: HolidayInput!) { setHoliday(input: $input) { date name } }';
      const REMOVE = 'mutation($c: String!, $d: String!) { removeHoliday(calendar: $c, date: $d) }';

      await admin.ok(SET, { input: { calendar: 'TEST', date: '2027-05-03', name: '憲法記念日' } });
      expect((await admin.ok(LIST)).holidays).toEqual([{ date: '2027-05-03', name: '憲法記念日' }]);

      for (const [c, d, field] of [
        ['TEST', '3 May 2027', 'date'],
        ['TEST', '2027-02-30x', 'date'],
        ['test calendar', '2027-05-03', 'calendar'],
      ]) {
        const refused = await admin.request(REMOVE, { c, d });
        expect(errorCode(refused)).toBe('BAD_USER_INPUT');
        expect(refused.errors?.[0].extensions?.field).toBe(field);
      }
      expect((await admin.ok(LIST)).holidays).toHaveLength(1);

      expect((await admin.ok(REMOVE, { c: 'TEST', d: '2027-05-03' })).removeHoliday).toBe(true);
      expect((await admin.ok(REMOVE, { c: 'TEST', d: '2027-05-03' })).removeHoliday).toBe(false);
      expect((await admin.ok(LIST)).holidays).toEqual([]);
    });
  });

  describe('scheduler', () => {
    it('pushes at-risk and breach at their instants, records the breach once, and catches up after a restart', async () => {
      const database = await createTestDatabase();
      const clock = new ManualClock(start);
      let app = await startTestApp({ clock, database });
      try {
        const organisation = await buildOrganisation(app.services, { plan: SupportPlan.PREMIER });
        const ticket = await buildTicket(
          app.services,
          await buildCustomer(app.services, organisation),
          {
            severity: 1,
          },
        );
        const engineer = await buildUser(app.services, Role.ENGINEER);
        const http = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
        const { eventCursor } = await http.ok('{ eventCursor }');
        const client = wsClient(app.url, { cookie: http.cookie });
        const subscriber = new Subscriber(client, QUEUE_EVENTS, { after: eventCursor });

        // At risk when less than 25% of 30 min is left: after 22 min 30 s.
        clock.set(new Date(start.getTime() + 22.5 * MINUTE));
        await app.scheduler.check();
        clock.advance(1);
        await app.scheduler.check();
        const [risk] = await subscriber.waitFor(1);
        expect(risk.data?.queueEvents).toMatchObject({
          kind: 'SLA_AT_RISK',
          ticket: { number: ticket.number, serviceLevel: { atRisk: true, breached: false } },
        });

        clock.set(new Date(start.getTime() + 30 * MINUTE - 1));
        await app.scheduler.check();
        clock.advance(1);
        await app.scheduler.check();
        await app.scheduler.check();
        const events = await subscriber.waitFor(2);
        expect(events.map((event) => event.data?.queueEvents.kind)).toEqual([
          'SLA_AT_RISK',
          'SLA_BREACHED',
        ]);
        expect(events[1].data?.queueEvents.ticket.serviceLevel.breached).toBe(true);
        await client.dispose();

        // A second ticket falls due while the server is down.
        const second = await buildTicket(
          app.services,
          await buildCustomer(app.services, organisation),
          {
            severity: 1,
          },
        );
        await app.stop();
        clock.advance(45 * MINUTE);
        app = await startTestApp({ clock, database });
        await app.scheduler.check();
        const again = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
        for (const number of [ticket.number, second.number]) {
          const { ticket: found } = await again.ok(HISTORY, { n: number });
          const breaches = found.history.filter(
            (entry: { kind: string }) => entry.kind === 'SLA_BREACHED',
          );
          expect(breaches).toHaveLength(1);
          expect(found.serviceLevel.breached).toBe(true);
        }
      } finally {
        await app.stop();
        await database.drop();
      }
    });
  });
});
