import { Role, TicketState } from '@support/shared';
import type { Ticket } from '../../src/modules/ticket/ticket.entity';
import type { User } from '../../src/modules/user/user.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildTicketInState,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp, type Data } from '../support/graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';

const SIMILAR = `query Similar($input: SimilarTicketsInput!) {
  similarTickets(input: $input) {
    score reasons matchedDocumentIds
    ticket { number title }
    highlights { field start end item }
  }
}`;

const FOLLOW = `mutation Follow($number: String!) {
  followTicket(number: $number) { number viewerFollows followers { name } }
}`;

const UNFOLLOW = `mutation Unfollow($number: String!) {
  unfollowTicket(number: $number) { number viewerFollows followers { name } }
}`;

const FOLLOWED = '{ followedTickets { number } }';

describe('duplicate check', () => {
  let app: TestApp;
  let requester: User;
  let colleague: GqlHttp;
  let outsider: GqlHttp;
  let agent: GqlHttp;
  let invoice: Ticket;
  let login: Ticket;
  let closed: Ticket;
  let foreign: Ticket;

  async function similar(http: GqlHttp, input: Data): Promise<Data[]> {
    return (await http.ok<Data>(SIMILAR, { input })).similarTickets;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const services = app.services;
    const tokyo = await buildOrganisation(services);
    const elsewhere = await buildOrganisation(services);
    requester = await buildCustomer(services, tokyo);
    const colleagueUser = await buildCustomer(services, tokyo);
    const outsiderUser = await buildCustomer(services, elsewhere);
    const engineer = await buildUser(services, Role.ENGINEER);
    invoice = await buildTicket(services, requester, {
      title: '本番環境で請求書の承認ができない',
      description: 'すべての請求書承認が「保存に失敗しました」で止まります。',
      documentIds: ['INV-20261130-0042'],
    });
    login = await buildTicket(services, requester, {
      title: 'ログイン画面が表示されない',
      description: '朝からログインできません。',
    });
    closed = await buildTicketInState(services, TicketState.CLOSED, {
      customer: requester,
      engineer,
    });
    // The factory gives closed tickets a plain title; this one looks like the others.
    await services.db.transaction(async (manager) => {
      await manager.update(
        'ticket',
        { id: closed.id },
        { title: '請求書の承認ができない（解決済み）' },
      );
      await services.search.indexTicket(manager, closed.id);
    });
    foreign = await buildTicket(services, outsiderUser, {
      title: '請求書の承認ができない',
      description: '他社のチケットです。',
      documentIds: ['INV-20261130-0042'],
    });
    colleague = await new GqlHttp(app.url).login(colleagueUser.email, TEST_PASSWORD);
    outsider = await new GqlHttp(app.url).login(outsiderUser.email, TEST_PASSWORD);
    agent = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('suggestions while typing', () => {
    it("suggests a colleague's open ticket with a similar Japanese title", async () => {
      const found = await similar(colleague, { title: '請求書の承認ができません' });
      expect(found.map((hit) => hit.ticket.number)).toEqual([invoice.number]);
      expect(found[0].reasons).toEqual(['SIMILAR_TEXT']);
      expect(found[0].score).toBeGreaterThan(0.5);
      const marks = found[0].highlights
        .filter((range: Data) => range.field === 'TITLE')
        .map((range: Data) => invoice.title.slice(range.start, range.end));
      expect(marks).toEqual(['請求書の承認ができ']);
    });

    it('suggests nothing for a title shorter than three characters', async () => {
      expect(await similar(colleague, { title: '請求' })).toEqual([]);
    });

    it('suggests a ticket naming the same document ID, whatever the text', async () => {
      const found = await similar(colleague, {
        title: 'PDFが開けない',
        documentIds: ['inv 20261130 0042'],
      });
      expect(found.map((hit) => hit.ticket.number)).toEqual([invoice.number]);
      expect(found[0].reasons).toEqual(['SAME_DOCUMENT']);
      expect(found[0].matchedDocumentIds).toEqual(['INV-20261130-0042']);
      expect(found[0].highlights).toContainEqual({
        field: 'DOCUMENT_ID',
        start: 0,
        end: 17,
        item: 0,
      });
    });

    it('ranks a ticket alike in text and document above one alike in text only', async () => {
      const other = await buildTicket(app.services, requester, {
        title: '請求書の承認ができない場合がある',
        description: '時々失敗します。',
      });
      const found = await similar(colleague, {
        title: '請求書の承認ができない',
        documentIds: ['INV-20261130-0042'],
      });
      expect(found.map((hit) => hit.ticket.number)).toEqual([invoice.number, other.number]);
      expect(found[0].reasons).toEqual(['SIMILAR_TEXT', 'SAME_DOCUMENT']);
    });

    it('leaves out closed tickets', async () => {
      const found = await similar(colleague, { title: '請求書の承認ができない（解決済み）' });
      expect(found.map((hit) => hit.ticket.number)).not.toContain(closed.number);
    });

    it("never suggests another organisation's tickets, by text or by document ID", async () => {
      const mine = await similar(colleague, {
        title: '請求書の承認ができない',
        documentIds: ['INV-20261130-0042'],
      });
      expect(mine.map((hit) => hit.ticket.number)).not.toContain(foreign.number);
      const theirs = await similar(outsider, {
        title: '請求書の承認ができない',
        documentIds: ['INV-20261130-0042'],
      });
      expect(theirs.map((hit) => hit.ticket.number)).toEqual([foreign.number]);
    });

    it('is for customers: agents are refused', async () => {
      const result = await agent.request(SIMILAR, { input: { title: '請求書の承認' } });
      expect(errorCode(result)).toBe('FORBIDDEN');
    });
  });

  describe('following instead of opening a duplicate', () => {
    it("follows a colleague's ticket once, lists it, and stops following", async () => {
      const followed = (await colleague.ok<Data>(FOLLOW, { number: login.number })).followTicket;
      expect(followed.viewerFollows).toBe(true);
      expect(followed.followers).toHaveLength(1);
      const again = (await colleague.ok<Data>(FOLLOW, { number: login.number })).followTicket;
      expect(again.followers).toHaveLength(1);
      expect((await colleague.ok<Data>(FOLLOWED)).followedTickets).toEqual([
        { number: login.number },
      ]);
      const after = (await colleague.ok<Data>(UNFOLLOW, { number: login.number })).unfollowTicket;
      expect(after).toMatchObject({ viewerFollows: false, followers: [] });
      expect((await colleague.ok<Data>(FOLLOWED)).followedTickets).toEqual([]);
    });

    it("refuses the requester's own ticket, closed tickets and other organisations' tickets", async () => {
      const requesterHttp = await new GqlHttp(app.url).login(requester.email, TEST_PASSWORD);
      expect(errorCode(await requesterHttp.request(FOLLOW, { number: invoice.number }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await colleague.request(FOLLOW, { number: closed.number }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await outsider.request(FOLLOW, { number: invoice.number }))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await agent.request(FOLLOW, { number: invoice.number }))).toBe('FORBIDDEN');
    });
  });
});
