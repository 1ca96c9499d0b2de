import { Role, TicketType } from '@support/shared';
import { ManualClock } from '../../src/core/clock/manual-clock';
import type { User } from '../../src/modules/user/user.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories';
import { errorCode, GqlHttp, type Data } from '../support/graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_CATEGORY = `mutation($input: CreateArticleCategoryInput!) {
  createArticleCategory(input: $input) { id slug }
}`;

const CREATE_ARTICLE = `mutation($input: CreateArticleInput!) {
  createArticle(input: $input) { id slug locale title status version publishedAt }
}`;

const UPDATE_ARTICLE = `mutation($input: UpdateArticleInput!) {
  updateArticle(input: $input) { id title status version publishedAt }
}`;

const ARTICLE = `query($id: ID!) {
  article(id: $id) { id title body excerpt category { nameJa nameEn } authorName translations { locale title } }
}`;

const ARTICLES = `query($filter: ArticleFilter) { articles(filter: $filter) { id slug locale status } }`;

const SEARCH = `query($input: SearchArticlesInput!) {
  searchArticles(input: $input) {
    score article { id title } highlights { field start end } snippet { text highlights { start end } }
  }
}`;

const SUGGEST = `query($text: String!, $locale: Locale!) {
  suggestArticles(text: $text, locale: $locale) { article { id slug locale } }
}`;

const VIEW = `mutation($input: RecordArticleViewInput!) { recordArticleView(input: $input) }`;

const REPORT = `query($from: DateTime!, $to: DateTime!) {
  deflectionReport(from: $from, to: $to) {
    views pending deflections rate articles { articleId title views deflections }
  }
}`;

const SSO_BODY = `IdPの**証明書**には有効期限があります。

## 手順

1. [管理画面](https://example.com/admin) で **設定 > SSO** を開きます。
2. 新しい証明書を追加します。

| 項目 | 値 |
| --- | --- |
| 形式 | PEM |`;

const MINUTE = 60_000;

describe('knowledge base', () => {
  let app: TestApp;
  let clock: ManualClock;
  let engineer: GqlHttp;
  let customer: GqlHttp;
  let customerUser: User;
  let categoryId: string;
  let ssoJa: Data;
  let ssoEn: Data;
  let draft: Data;

  function article(input: Data): Promise<Data> {
    return engineer
      .ok<Data>(CREATE_ARTICLE, { input: { categoryId, status: 'PUBLISHED', ...input } })
      .then((data) => data.createArticle);
  }

  beforeAll(async () => {
    clock = new ManualClock(new Date('2026-12-01T01:00:00.000Z'));
    app = await startTestApp({ clock });
    const organisation = await buildOrganisation(app.services);
    customerUser = await buildCustomer(app.services, organisation);
    const engineerUser = await buildUser(app.services, Role.ENGINEER);
    engineer = await new GqlHttp(app.url).login(engineerUser.email, TEST_PASSWORD);
    customer = await new GqlHttp(app.url).login(customerUser.email, TEST_PASSWORD);
    categoryId = (
      await engineer.ok<Data>(CREATE_CATEGORY, {
        input: { slug: 'authentication', nameEn: 'Sign-in and SSO', nameJa: 'ログインとSSO' },
      })
    ).createArticleCategory.id;
    ssoJa = await article({
      slug: 'sso-certificate',
      locale: 'JA',
      title: 'SSO証明書の更新手順',
      body: SSO_BODY,
    });
    ssoEn = await article({
      slug: 'sso-certificate',
      locale: 'EN',
      title: 'Renewing the SSO certificate',
      body: 'Your IdP **certificate** expires. Open **Settings > SSO** and add the new one.',
    });
    draft = await article({
      slug: 'draft-notes',
      locale: 'JA',
      title: '証明書の下書き',
      body: '社内向けの下書きです。',
      status: 'DRAFT',
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('reading and writing', () => {
    it('lets customers read published articles, raw Markdown included, with their translations', async () => {
      const { article: read } = await customer.ok<Data>(ARTICLE, { id: ssoJa.id });
      expect(read).toMatchObject({
        title: 'SSO証明書の更新手順',
        body: SSO_BODY,
        category: { nameJa: 'ログインとSSO', nameEn: 'Sign-in and SSO' },
        authorName: null,
        translations: [{ locale: 'EN', title: 'Renewing the SSO certificate' }],
      });
      expect(read.excerpt).toBe(
        'IdPの証明書には有効期限があります。 手順 管理画面 で 設定 > SSO を開きます。 新しい証明書を追加します。 項目 値 形式 PEM',
      );
    });

    it('hides drafts from customers but not from agents', async () => {
      expect((await customer.ok<Data>(ARTICLE, { id: draft.id })).article).toBeNull();
      const seen = (await customer.ok<Data>(ARTICLES, {})).articles.map((a: Data) => a.id);
      expect(seen).toEqual(expect.arrayContaining([ssoJa.id, ssoEn.id]));
      expect(seen).not.toContain(draft.id);
      const agentView = (await engineer.ok<Data>(ARTICLES, { filter: { status: 'DRAFT' } }))
        .articles;
      expect(agentView.map((a: Data) => a.id)).toEqual([draft.id]);
    });

    it('lets only engineers and admins write', async () => {
      const result = await customer.request(CREATE_ARTICLE, {
        input: { slug: 'mine', locale: 'EN', title: 'Mine', body: 'x', status: 'PUBLISHED' },
      });
      expect(errorCode(result)).toBe('FORBIDDEN');
    });

    it('publishes a draft once and refuses an edit based on a stale version', async () => {
      clock.advance(MINUTE);
      const published = (
        await engineer.ok<Data>(UPDATE_ARTICLE, {
          input: { id: draft.id, expectedVersion: draft.version, status: 'PUBLISHED' },
        })
      ).updateArticle;
      expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
      expect(published.publishedAt).toBe(clock.now().toISOString());
      const stale = await engineer.request(UPDATE_ARTICLE, {
        input: { id: draft.id, expectedVersion: draft.version, title: 'Lost update' },
      });
      expect(errorCode(stale)).toBe('CONFLICT');
      await engineer.ok(UPDATE_ARTICLE, {
        input: { id: draft.id, expectedVersion: 2, status: 'DRAFT' },
      });
    });

    it('refuses a second article with the same slug and language', async () => {
      const result = await engineer.request(CREATE_ARTICLE, {
        input: { slug: 'sso-certificate', locale: 'JA', title: '重複', body: 'x', status: 'DRAFT' },
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('search and suggestions', () => {
    it('finds Japanese articles with highlights and a plain-text snippet', async () => {
      const hits = (await customer.ok<Data>(SEARCH, { input: { text: '証明書', locale: 'JA' } }))
        .searchArticles;
      expect(hits.map((hit: Data) => hit.article.id)).toEqual([ssoJa.id]);
      const [hit] = hits;
      expect(hit.highlights).toEqual([{ field: 'TITLE', start: 3, end: 6 }]);
      expect(hit.snippet.text).not.toContain('**');
      expect(
        hit.snippet.highlights.map((r: Data) => hit.snippet.text.slice(r.start, r.end)),
      ).toEqual(['証明書', '証明書']);
    });

    it('finds drafts for agents only', async () => {
      const text = { input: { text: '下書き' } };
      expect((await customer.ok<Data>(SEARCH, text)).searchArticles).toEqual([]);
      const agentHits = (await engineer.ok<Data>(SEARCH, text)).searchArticles;
      expect(agentHits.map((hit: Data) => hit.article.id)).toEqual([draft.id]);
    });

    it("suggests published articles in the customer's language for what they type", async () => {
      const ja = (
        await customer.ok<Data>(SUGGEST, {
          text: 'SSOの証明書が期限切れになりログインできません',
          locale: 'JA',
        })
      ).suggestArticles;
      expect(ja.map((hit: Data) => hit.article.id)).toEqual([ssoJa.id]);
      const en = (
        await customer.ok<Data>(SUGGEST, { text: 'The SSO certificate expired', locale: 'EN' })
      ).suggestArticles;
      expect(en.map((hit: Data) => hit.article.id)).toEqual([ssoEn.id]);
    });
  });

  describe('deflection', () => {
    it('counts intake views that no ticket of the viewer followed within 30 minutes', async () => {
      const from = clock.now();
      const other = await buildCustomer(
        app.services,
        await buildOrganisation(app.services, { name: 'Elsewhere KK' }),
      );
      const otherHttp = await new GqlHttp(app.url).login(other.email, TEST_PASSWORD);
      // Deflected: the customer read the article and opened nothing.
      await customer.ok(VIEW, { input: { articleId: ssoJa.id, context: 'INTAKE' } });
      // Not deflected: a ticket followed 10 minutes later.
      await otherHttp.ok(VIEW, { input: { articleId: ssoJa.id, context: 'INTAKE' } });
      clock.advance(10 * MINUTE);
      await buildTicket(app.services, other, { type: TicketType.QUESTION });
      // Not an intake view: does not count.
      await customer.ok(VIEW, { input: { articleId: ssoEn.id, context: 'KNOWLEDGE_BASE' } });
      clock.advance(25 * MINUTE);
      // Too recent to decide.
      await customer.ok(VIEW, { input: { articleId: ssoEn.id, context: 'INTAKE' } });
      clock.advance(MINUTE);
      const report = (
        await engineer.ok<Data>(REPORT, {
          from: from.toISOString(),
          to: clock.now().toISOString(),
        })
      ).deflectionReport;
      expect(report).toMatchObject({ views: 3, pending: 1, deflections: 1, rate: 0.5 });
      expect(report.articles).toEqual([
        { articleId: ssoJa.id, title: 'SSO証明書の更新手順', views: 2, deflections: 1 },
        { articleId: ssoEn.id, title: 'Renewing the SSO certificate', views: 1, deflections: 0 },
      ]);
    });

    it('shows the report to support only and records views of readable articles only', async () => {
      const now = clock.now().toISOString();
      expect(errorCode(await customer.request(REPORT, { from: now, to: now }))).toBe('FORBIDDEN');
      const hidden = await customer.request(VIEW, {
        input: { articleId: draft.id, context: 'INTAKE' },
      });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
    });
  });

  describe('demo content', () => {
    it('ships the source document as the first Japanese article, with English and demo articles', async () => {
      const demo = await startTestApp({ seed: true });
      try {
        const http = await new GqlHttp(demo.url).login('customer@tokyo.example.jp');
        const list = (await http.ok<Data>('{ articles(first: 100) { id slug locale title } }'))
          .articles;
        expect(list).toHaveLength(12);
        const source = list.find(
          (a: Data) => a.slug === 'support-ticket-lifecycle' && a.locale === 'JA',
        );
        expect(source.title).toBe('サポートチケットのライフサイクル');
        expect(Math.min(...list.map((a: Data) => Number(a.id)))).toBe(Number(source.id));
        const { article: read } = await http.ok<Data>(ARTICLE, { id: source.id });
        expect(read.body).toContain('## ステージ1: 問題の報告');
        expect(read.body).toContain('| 重大度1 | Coupaが完全に利用できなくなり');
        expect(read.body).not.toContain('メインコンテンツまでスキップ');
        expect(read.translations).toEqual([
          { locale: 'EN', title: 'The support ticket lifecycle' },
        ]);
        const found = (await http.ok<Data>(SEARCH, { input: { text: 'ｻﾝﾄﾞﾎﾞｯｸｽ', locale: 'JA' } }))
          .searchArticles;
        expect(found.map((hit: Data) => hit.article.title)).toContain(
          'サンドボックス（テスト環境）のリフレッシュ',
        );
      } finally {
        await demo.stop();
      }
    });
  });
});
