import { Role, TicketAction, TicketState } from '@support/shared';
import { ManualClock } from '../../src/core/clock/manual-clock';
import type { User } from '../../src/modules/user/user.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildTicketInState,
  buildUser,
  TEST_PASSWORD,
  viewerOf,
} from '../support/factories';
import { errorCode, GqlHttp, type Data } from '../support/graphql-http';
import { Subscriber, waitUntil, wsClient } from '../support/graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreateIdeaInput!) {
  createIdea(input: $input) { id title status voteCount commentCount authorName organisationName viewerHasVoted version }
}`;
const VOTE = `mutation($id: ID!) { voteForIdea(ideaId: $id) { id voteCount viewerHasVoted } }`;
const UNVOTE = `mutation($id: ID!) { withdrawIdeaVote(ideaId: $id) { id voteCount viewerHasVoted } }`;
const COMMENT = `mutation($input: AddIdeaCommentInput!) {
  addIdeaComment(input: $input) { id body authorName organisationName byStaff }
}`;
const IDEA = `query($id: ID!) {
  idea(id: $id) {
    id voteCount commentCount status statusNote engagement
    comments { body authorName organisationName byStaff }
    linkedTickets { number }
  }
}`;
const BOARD = `query($filter: IdeaFilter, $first: Int, $after: String) {
  ideas(filter: $filter, first: $first, after: $after) {
    edges { node { id title voteCount } } pageInfo { hasNextPage endCursor }
  }
}`;
const STATUS = `mutation($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { id status statusNote version } }`;
const LINK = `mutation($input: LinkTicketToIdeaInput!) { linkTicketToIdea(input: $input) { number linkedIdea { id } } }`;
const CREATE_FROM_TICKET = `mutation($input: CreateIdeaFromTicketInput!) {
  createIdeaFromTicket(input: $input) { id title authorName organisationName linkedTickets { number } }
}`;
const TICKET_IDEA = `query($n: String!) { ticket(number: $n) { number linkedIdea { id title status } } }`;
const EVENTS = `subscription($id: ID) { ideaEvents(ideaId: $id) { kind idea { id voteCount commentCount viewerHasVoted } comment { body } } }`;
const QUEUE = `query($states: [TicketState!]) {
  tickets(filter: { states: $states }) { edges { node { number state plannedAvailability { reference release } } } }
}`;

const DAY = 86_400_000;

describe('ideas board', () => {
  let app: TestApp;
  let clock: ManualClock;
  let tokyoUser: User;
  let tokyo: GqlHttp;
  let hudson: GqlHttp;
  let engineerUser: User;
  let engineer: GqlHttp;
  let admin: GqlHttp;

  async function idea(http: GqlHttp, title: string): Promise<Data> {
    return (await http.ok<Data>(CREATE, { input: { title, description: `${title}.` } })).createIdea;
  }

  beforeAll(async () => {
    clock = new ManualClock(new Date('2026-12-01T01:00:00.000Z'));
    app = await startTestApp({ clock });
    const services = app.services;
    tokyoUser = await buildCustomer(
      services,
      await buildOrganisation(services, { name: 'Tokyo Trading' }),
      { name: '山田 花子' },
    );
    const hudsonUser = await buildCustomer(
      services,
      await buildOrganisation(services, { name: 'Hudson Foods' }),
      { name: 'Nora Hudson' },
    );
    engineerUser = await buildUser(services, Role.ENGINEER, { name: 'Emi Engineer' });
    const adminUser = await buildUser(services, Role.ADMIN);
    tokyo = await new GqlHttp(app.url).login(tokyoUser.email, TEST_PASSWORD);
    hudson = await new GqlHttp(app.url).login(hudsonUser.email, TEST_PASSWORD);
    engineer = await new GqlHttp(app.url).login(engineerUser.email, TEST_PASSWORD);
    admin = await new GqlHttp(app.url).login(adminUser.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('community', () => {
    it("shows every customer an idea with its author's name and organisation only", async () => {
      const posted = await idea(tokyo, '請求書をPDFで一括ダウンロードしたい');
      expect(posted).toMatchObject({
        status: 'UNDER_REVIEW',
        voteCount: 0,
        authorName: '山田 花子',
        organisationName: 'Tokyo Trading',
      });
      const seen = (await hudson.ok<Data>(IDEA, { id: posted.id })).idea;
      expect(seen.id).toBe(posted.id);
      const author = await hudson.request(
        `query($id: ID!) { idea(id: $id) { author { email } } }`,
        {
          id: posted.id,
        },
      );
      expect(errorCode(author)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('counts one vote per user: voting again changes nothing, withdrawing removes it', async () => {
      const posted = await idea(tokyo, 'Delegate approvals by amount');
      expect((await hudson.ok<Data>(VOTE, { id: posted.id })).voteForIdea).toMatchObject({
        voteCount: 1,
        viewerHasVoted: true,
      });
      expect((await hudson.ok<Data>(VOTE, { id: posted.id })).voteForIdea.voteCount).toBe(1);
      const both = await Promise.all([
        tokyo.ok<Data>(VOTE, { id: posted.id }),
        tokyo.ok<Data>(VOTE, { id: posted.id }),
      ]);
      expect(both.map((result) => result.voteForIdea.voteCount)).toEqual([2, 2]);
      expect((await hudson.ok<Data>(UNVOTE, { id: posted.id })).withdrawIdeaVote).toMatchObject({
        voteCount: 1,
        viewerHasVoted: false,
      });
      expect((await hudson.ok<Data>(UNVOTE, { id: posted.id })).withdrawIdeaVote.voteCount).toBe(1);
      expect(errorCode(await hudson.request(VOTE, { id: '999999' }))).toBe('NOT_FOUND');
    });

    it('keeps comments with their authors, marking support staff', async () => {
      const posted = await idea(hudson, 'Dark mode for approvals');
      await tokyo.ok(COMMENT, { input: { ideaId: posted.id, body: '当社もほしいです。' } });
      await engineer.ok(COMMENT, { input: { ideaId: posted.id, body: 'Thanks, noted.' } });
      const read = (await hudson.ok<Data>(IDEA, { id: posted.id })).idea;
      expect(read.commentCount).toBe(2);
      expect(read.comments).toEqual([
        {
          body: '当社もほしいです。',
          authorName: '山田 花子',
          organisationName: 'Tokyo Trading',
          byStaff: false,
        },
        {
          body: 'Thanks, noted.',
          authorName: 'Emi Engineer',
          organisationName: null,
          byStaff: true,
        },
      ]);
      const empty = await tokyo.request(COMMENT, { input: { ideaId: posted.id, body: '   ' } });
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    });

    it('lets admins alone set the status, stating the version they read', async () => {
      const posted = await idea(tokyo, 'Export the audit trail');
      const input = {
        ideaId: posted.id,
        status: 'PLANNED',
        note: 'Next spring.',
        expectedVersion: 1,
      };
      expect(errorCode(await engineer.request(STATUS, { input }))).toBe('FORBIDDEN');
      expect((await admin.ok<Data>(STATUS, { input })).setIdeaStatus).toMatchObject({
        status: 'PLANNED',
        statusNote: 'Next spring.',
        version: 2,
      });
      expect(
        errorCode(await admin.request(STATUS, { input: { ...input, status: 'SHIPPED' } })),
      ).toBe('CONFLICT');
    });
  });

  describe('ranking', () => {
    it('orders TRENDING by engagement with recent activity weighted higher, TOP by votes', async () => {
      const voters = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const user = await buildCustomer(app.services, await buildOrganisation(app.services));
          return new GqlHttp(app.url).login(user.email, TEST_PASSWORD);
        }),
      );
      // Sessions expire after 14 days: go back in time for the old idea rather than forward.
      const now = clock.now();
      const base = new Date(now.getTime() - 60 * DAY);
      clock.set(base);
      const old = await idea(tokyo, 'Ranking: popular long ago');
      for (const voter of voters) await voter.ok(VOTE, { id: old.id });
      clock.set(now);
      const fresh = await idea(tokyo, 'Ranking: discussed this week');
      await voters[0].ok(VOTE, { id: fresh.id });
      await voters[1].ok(COMMENT, { input: { ideaId: fresh.id, body: 'Yes please.' } });
      const quiet = await idea(tokyo, 'Ranking: new and quiet');
      const order = async (filter: Data) =>
        (await tokyo.ok<Data>(BOARD, { filter: { ...filter, search: 'Ranking' } })).ideas.edges.map(
          (edge: Data) => edge.node.id,
        );
      expect(await order({ order: 'TRENDING' })).toEqual([fresh.id, quiet.id, old.id]);
      expect(await order({ order: 'TOP' })).toEqual([old.id, fresh.id, quiet.id]);
      expect(await order({ order: 'NEWEST' })).toEqual([quiet.id, fresh.id, old.id]);
      // Engagement decays: 4 votes and a post 60 days (about 4 half-lives) ago are worth about 0.3 now.
      const { engagement } = (await tokyo.ok<Data>(IDEA, { id: old.id })).idea;
      expect(engagement).toBeCloseTo(5 * 2 ** (-60 / 14), 1);
    });

    it('pages through the board with cursors', async () => {
      const first = (await tokyo.ok<Data>(BOARD, { first: 2 })).ideas;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = (await tokyo.ok<Data>(BOARD, { first: 2, after: first.pageInfo.endCursor }))
        .ideas;
      const ids = [...first.edges, ...next.edges].map((edge: Data) => edge.node.id);
      expect(new Set(ids).size).toBe(4);
    });
  });

  describe('live', () => {
    it('pushes votes and comments to subscribers, with their own vote state', async () => {
      const posted = await idea(tokyo, 'Live idea');
      const client = wsClient(app.url, { cookie: tokyo.cookie });
      const subscriber = new Subscriber(client, EVENTS, { id: posted.id });
      try {
        // graphql-ws does not acknowledge subscriptions: wait until this one listens.
        await new Promise((resolve) => setTimeout(resolve, 200));
        await hudson.ok(VOTE, { id: posted.id });
        await hudson.ok(COMMENT, { input: { ideaId: posted.id, body: 'Live comment' } });
        const received = await waitUntil(
          subscriber,
          (result) => result.data?.ideaEvents.kind === 'COMMENTED',
        );
        const events = received.map((result) => result.data?.ideaEvents);
        expect(events.map((event) => event?.kind)).toEqual(['VOTED', 'COMMENTED']);
        expect(events[0]?.idea).toMatchObject({ voteCount: 1, viewerHasVoted: false });
        expect(events[1]).toMatchObject({
          idea: { commentCount: 1 },
          comment: { body: 'Live comment' },
        });
      } finally {
        subscriber.unsubscribe();
        await client.dispose();
      }
    });
  });

  describe('tickets that found a limitation', () => {
    it('links a ticket to an idea; the customer sees the link, other organisations not the ticket', async () => {
      const ticket = await buildTicket(app.services, tokyoUser, {
        title: '請求書の一括ダウンロード',
      });
      const target = await idea(hudson, 'Bulk download of invoices');
      const linked = (
        await engineer.ok<Data>(LINK, { input: { number: ticket.number, ideaId: target.id } })
      ).linkTicketToIdea;
      expect(linked.linkedIdea.id).toBe(target.id);
      expect(
        (await tokyo.ok<Data>(TICKET_IDEA, { n: ticket.number })).ticket.linkedIdea,
      ).toMatchObject({
        id: target.id,
        title: 'Bulk download of invoices',
      });
      expect((await tokyo.ok<Data>(IDEA, { id: target.id })).idea.linkedTickets).toEqual([
        { number: ticket.number },
      ]);
      expect((await hudson.ok<Data>(IDEA, { id: target.id })).idea.linkedTickets).toEqual([]);
      expect(
        errorCode(
          await tokyo.request(LINK, { input: { number: ticket.number, ideaId: target.id } }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('creates a new idea from a ticket, posted by the engineer without an organisation', async () => {
      const ticket = await buildTicket(app.services, tokyoUser, {
        title: 'CSVの区切り文字を選びたい',
      });
      const created = (
        await engineer.ok<Data>(CREATE_FROM_TICKET, {
          input: {
            number: ticket.number,
            title: 'Choose the CSV delimiter',
            description: 'Semicolons.',
          },
        })
      ).createIdeaFromTicket;
      expect(created).toMatchObject({
        title: 'Choose the CSV delimiter',
        authorName: 'Emi Engineer',
        organisationName: null,
        linkedTickets: [{ number: ticket.number }],
      });
    });
  });

  describe('routing from investigation', () => {
    it('puts escalated defects in the development queue with their reference, integration requests in the integration queue', async () => {
      const development = await buildUser(app.services, Role.DEVELOPMENT);
      const integration = await buildUser(app.services, Role.INTEGRATION);
      const people = { customer: tokyoUser, engineer: engineerUser };
      const defect = await buildTicketInState(app.services, TicketState.WITH_DEVELOPMENT, people);
      const request = await buildTicketInState(
        app.services,
        TicketState.WITH_INTEGRATION_TEAM,
        people,
      );
      const devHttp = await new GqlHttp(app.url).login(development.email, TEST_PASSWORD);
      const integrationHttp = await new GqlHttp(app.url).login(integration.email, TEST_PASSWORD);
      await app.services.lifecycle.setPlannedAvailability(viewerOf(development), {
        number: defect.number,
        release: '2027.1',
        reference: 'DEV-4242',
        expectedVersion: defect.version,
      });
      const devQueue = (
        await devHttp.ok<Data>(QUEUE, { states: ['WITH_DEVELOPMENT'] })
      ).tickets.edges.map((edge: Data) => edge.node);
      expect(devQueue).toContainEqual({
        number: defect.number,
        state: 'WITH_DEVELOPMENT',
        plannedAvailability: { reference: 'DEV-4242', release: '2027.1' },
      });
      expect(devQueue.map((node: Data) => node.number)).not.toContain(request.number);
      const integrationQueue = (
        await integrationHttp.ok<Data>(QUEUE, { states: ['WITH_INTEGRATION_TEAM'] })
      ).tickets.edges.map((edge: Data) => edge.node.number);
      expect(integrationQueue).toContain(request.number);
      expect(integrationQueue).not.toContain(defect.number);
      const answered = await app.services.lifecycle.transition(viewerOf(integration), {
        number: request.number,
        action: TicketAction.RETURN_TO_SUPPORT,
        expectedVersion: request.version,
        comment: 'The connector supports this; see the mapping guide.',
      });
      expect(answered.state).toBe(TicketState.INVESTIGATING);
    });
  });
});
