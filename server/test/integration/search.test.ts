import { Role } from '@support/shared';
import { SearchDocType } from '../../src/modules/search/search-document-type';
import type { Ticket } from '../../src/modules/ticket/ticket.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp, type Data } from '../support/graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

const SEARCH_TICKETS = `query SearchTickets($input: SearchTicketsInput!) {
  searchTickets(input: $input) {
    score
    ticket { number title description documentIds }
    highlights { field start end item }
    snippet { text highlights { start end } }
  }
}`;

const SEARCH = `query Search($input: SearchInput!) {
  search(input: $input) {
    tickets { ticket { number } }
    articles { article { id } }
    ideas { idea { id } }
  }
}`;

const TICKETS = `query Tickets($filter: TicketFilter) {
  tickets(filter: $filter, first: 100) { totalCount edges { node { number } } }
}`;

interface Hit {
  score: number;
  ticket: { number: string; title: string; description: string; documentIds: string[] };
  highlights: Array<{ field: string; start: number; end: number; item: number }>;
  snippet: { text: string; highlights: Array<{ start: number; end: number }> };
}

describe('search', () => {
  let app: TestApp;
  let agent: GqlHttp;
  let tokyo: GqlHttp;
  let other: GqlHttp;
  const tickets: Record<string, Ticket> = {};

  async function hits(http: GqlHttp, text: string): Promise<Hit[]> {
    return (await http.ok<Data>(SEARCH_TICKETS, { input: { text, first: 20 } })).searchTickets;
  }

  async function numbers(http: GqlHttp, text: string): Promise<string[]> {
    return (await hits(http, text)).map((hit) => hit.ticket.number);
  }

  /** The original text each title highlight covers. */
  function titleMarks(hit: Hit): string[] {
    return hit.highlights
      .filter((range) => range.field === 'TITLE')
      .map((range) => hit.ticket.title.slice(range.start, range.end));
  }

  beforeAll(async () => {
    app = await startTestApp();
    const services = app.services;
    const tokyoOrg = await buildOrganisation(services);
    const otherOrg = await buildOrganisation(services);
    const tokyoCustomer = await buildCustomer(services, tokyoOrg);
    const otherCustomer = await buildCustomer(services, otherOrg);
    const engineer = await buildUser(services, Role.ENGINEER);
    const open = (key: string, title: string, description: string, documentIds?: string[]) =>
      buildTicket(services, tokyoCustomer, { title, description, documentIds }).then((ticket) => {
        tickets[key] = ticket;
      });
    await open(
      'invoice',
      '本番環境で請求書の承認ができない',
      '本日9時以降、すべての請求書承認が「保存に失敗しました」で止まります。',
      ['INV-20261130-0042'],
    );
    await open('login', 'ログインできません', '朝からログイン画面でエラーになります。');
    await open(
      'kana',
      'ﾃｽﾄ環境で取引先が見つからない',
      '取引先「ｶﾌﾞｼｷｶﾞｲｼｬ ﾔﾏﾀﾞ」を検索すると0件です。',
    );
    await open('fullwidth', 'カブシキガイシャの登録', 'カブシキガイシャ山田を登録したい。');
    await open('sso', 'SSO設定の証明書更新手順について', '来月IdPの証明書が期限切れになります。');
    await open('body', '支払処理が遅い', '月末に請求書の一覧を開くと遅くなります。');
    await open('english', 'Invoice approval fails', 'Approving any invoice returns an error.');
    tickets.otherInvoice = await buildTicket(services, otherCustomer, {
      title: '請求書が表示されない',
      description: '他社の請求書チケット',
    });
    agent = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
    tokyo = await new GqlHttp(app.url).login(tokyoCustomer.email, TEST_PASSWORD);
    other = await new GqlHttp(app.url).login(otherCustomer.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('Japanese text', () => {
    it('finds kanji inside a sentence without spaces and highlights them', async () => {
      const found = await hits(agent, '請求書');
      const invoice = found.find((hit) => hit.ticket.number === tickets.invoice.number) as Hit;
      expect(invoice).toBeDefined();
      expect(titleMarks(invoice)).toEqual(['請求書']);
      const body = invoice.highlights.filter((range) => range.field === 'BODY');
      expect(body.map((range) => invoice.ticket.description.slice(range.start, range.end))).toEqual(
        ['請求書'],
      );
      expect(found.map((hit) => hit.ticket.number)).not.toContain(tickets.login.number);
    });

    it('finds a two-character word (a single bigram)', async () => {
      expect(await numbers(agent, '承認')).toEqual(
        expect.arrayContaining([tickets.invoice.number]),
      );
      expect(await numbers(agent, '証明')).toEqual([tickets.sso.number]);
    });

    it('finds katakana and hiragana', async () => {
      expect(await numbers(agent, 'ログイン')).toEqual([tickets.login.number]);
      expect(await numbers(agent, 'できません')).toEqual([tickets.login.number]);
    });

    it('finds full-width katakana with a half-width query and highlights the original text', async () => {
      const found = await hits(agent, 'ｶﾌﾞｼｷｶﾞｲｼｬ');
      expect(found.map((hit) => hit.ticket.number).sort()).toEqual(
        [tickets.kana.number, tickets.fullwidth.number].sort(),
      );
      const full = found.find((hit) => hit.ticket.number === tickets.fullwidth.number) as Hit;
      expect(titleMarks(full)).toEqual(['カブシキガイシャ']);
      const half = found.find((hit) => hit.ticket.number === tickets.kana.number) as Hit;
      const body = half.highlights.find((range) => range.field === 'BODY');
      expect(half.ticket.description.slice(body?.start, body?.end)).toBe('ｶﾌﾞｼｷｶﾞｲｼｬ');
    });

    it('finds half-width katakana in a ticket with a full-width query', async () => {
      const found = await hits(agent, 'テスト環境');
      expect(found.map((hit) => hit.ticket.number)).toEqual([tickets.kana.number]);
      expect(titleMarks(found[0])).toEqual(['ﾃｽﾄ環境']);
    });

    it('finds mixed English and Japanese with or without a space, in any width and case', async () => {
      for (const text of ['SSO 設定', 'SSO設定', 'ｓｓｏ設定', 'sso']) {
        expect(await numbers(agent, text)).toEqual([tickets.sso.number]);
      }
      const [hit] = await hits(agent, 'SSO 設定');
      expect(titleMarks(hit)).toEqual(['SSO設定']);
    });

    it('finds a one-character query (shorter than a bigram), wherever the character stands', async () => {
      const found = await numbers(agent, '書');
      expect(found).toEqual(expect.arrayContaining([tickets.invoice.number, tickets.sso.number]));
      expect(found).not.toContain(tickets.login.number);
      const [hit] = (await hits(agent, '遅')).filter(
        (h) => h.ticket.number === tickets.body.number,
      );
      expect(titleMarks(hit)).toEqual(['遅']);
    });

    it('requires every one of several one-character words', async () => {
      expect(await numbers(agent, '書 遅')).toEqual([tickets.body.number]);
    });

    it('ignores punctuation and symbols around the query', async () => {
      const plain = await numbers(agent, '請求書');
      expect(await numbers(agent, '「請求書」！')).toEqual(plain);
      expect(await numbers(agent, '  請求書、。 ')).toEqual(plain);
    });

    it('finds nothing for punctuation alone and requires every part of the query', async () => {
      expect(await hits(agent, '「」！')).toEqual([]);
      expect(await hits(agent, '請求書 SSO')).toEqual([]);
    });

    it('ranks a match in the title above a match in the description only', async () => {
      const found = await numbers(agent, '請求書');
      expect(found.indexOf(tickets.invoice.number)).toBeLessThan(
        found.indexOf(tickets.body.number),
      );
    });
  });

  describe('English text and document IDs', () => {
    it('finds English words case-insensitively, with highlights and a snippet', async () => {
      const [hit] = await hits(agent, 'INVOICE approval');
      expect(hit.ticket.number).toBe(tickets.english.number);
      expect(titleMarks(hit)).toEqual(['Invoice', 'approval']);
      expect(hit.snippet.text).toBe('Approving any invoice returns an error.');
      // n-grams find parts of words too: "approv" of "approval" inside "Approving".
      expect(hit.snippet.highlights.map((r) => hit.snippet.text.slice(r.start, r.end))).toEqual([
        'Approv',
        'invoice',
      ]);
    });

    it('finds a ticket by an affected document ID in any notation', async () => {
      expect(await numbers(agent, 'INV-20261130-0042')).toEqual([tickets.invoice.number]);
      expect(await numbers(agent, 'ｉｎｖ－２０２６１１３０')).toEqual([tickets.invoice.number]);
    });

    it('refuses an empty query as bad input', async () => {
      const result = await agent.request(SEARCH_TICKETS, { input: { text: '', first: 5 } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('tenant isolation', () => {
    it("never returns another organisation's tickets to a customer", async () => {
      const mine = await numbers(tokyo, '請求書');
      expect(mine).toContain(tickets.invoice.number);
      expect(mine).not.toContain(tickets.otherInvoice.number);
      expect(await numbers(other, '請求書')).toEqual([tickets.otherInvoice.number]);
      expect(await numbers(other, 'ｶﾌﾞｼｷｶﾞｲｼｬ')).toEqual([]);
      expect(await numbers(agent, '請求書')).toContain(tickets.otherInvoice.number);
    });

    it('scopes the search box and the ticket list filter the same way', async () => {
      const box = await other.ok<Data>(SEARCH, { input: { text: '請求書', first: 10 } });
      expect(box.search.tickets.map((hit: Data) => hit.ticket.number)).toEqual([
        tickets.otherInvoice.number,
      ]);
      const list = await other.ok<Data>(TICKETS, { filter: { search: '請求書' } });
      expect(list.tickets.edges.map((edge: Data) => edge.node.number)).toEqual([
        tickets.otherInvoice.number,
      ]);
      const agentList = await agent.ok<Data>(TICKETS, { filter: { search: '請求書' } });
      expect(agentList.tickets.totalCount).toBe(3);
    });

    it('still finds a ticket by its number in the list filter', async () => {
      const list = await tokyo.ok<Data>(TICKETS, { filter: { search: tickets.sso.number } });
      expect(list.tickets.edges.map((edge: Data) => edge.node.number)).toEqual([
        tickets.sso.number,
      ]);
    });
  });

  describe('start-up backfill', () => {
    it('indexes tickets that have no index entries when the server starts', async () => {
      const database = await createTestDatabase();
      let first = await startTestApp({ database });
      const organisation = await buildOrganisation(first.services);
      const customer = await buildCustomer(first.services, organisation);
      const ticket = await buildTicket(first.services, customer, {
        title: '在庫の棚卸しが終わらない',
      });
      // As if the ticket had been written before search existed.
      await first.services.db.transaction((manager) =>
        first.services.search.remove(manager, SearchDocType.TICKET, ticket.id),
      );
      await first.stop();
      first = await startTestApp({ database });
      try {
        const http = await new GqlHttp(first.url).login(customer.email, TEST_PASSWORD);
        expect(await numbers(http, '棚卸し')).toEqual([ticket.number]);
      } finally {
        await first.stop();
        await database.drop();
      }
    });
  });
});
