import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

const LIVE_TIMEOUT = 10_000;

/** The colleague's open demo ticket (customer@tokyo.example.jp's). */
const COLLEAGUE_TITLE = '本番環境で請求書の承認ができない';

describe('knowing before asking in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function open(locale: string): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    app = await startTestApp({ seed: true, env: { RATE_LIMIT_LOGINS_PER_ADDRESS: '5000' } });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await app?.stop();
  });

  describe('duplicate check', () => {
    it('shows a colleague’s open ticket while a Japanese title is typed, and following it subscribes the customer', async () => {
      const customer = await open('ja-JP');
      await logIn(customer, app.url, 'customer2@tokyo.example.jp');
      await customer.goto(`${app.url}/portal/new`);

      // Typed as a person types, key by key: the check runs once typing pauses.
      await customer.getByTestId('intake-title').pressSequentially('請求書の承認ができない', {
        delay: 30,
      });
      const suggestion = customer
        .getByTestId('duplicates')
        .locator('li')
        .filter({
          has: customer.locator('strong', { hasText: new RegExp(`^${COLLEAGUE_TITLE}$`) }),
        });
      await suggestion.waitFor({ timeout: LIVE_TIMEOUT });
      expect(await suggestion.locator('mark').count()).toBeGreaterThan(0);
      await customer.getByTestId('kb-suggestions').waitFor({ timeout: LIVE_TIMEOUT });
      await screenshot(customer, 'kb-01-intake-duplicates-ja');

      const number = (await suggestion.locator('.mono').first().textContent())?.trim() ?? '';
      expect(number).toMatch(/^CS-\d{6,}$/);
      await suggestion.getByTestId(`follow-${number}`).click();

      await customer.waitForURL(new RegExp(`/portal/tickets/${number}$`));
      await customer.getByTestId('follow-notice').waitFor({ timeout: LIVE_TIMEOUT });
      await screenshot(customer, 'kb-02-followed-ja');

      // The server agrees: the ticket now counts the customer among its followers.
      const follows = await customer.evaluate(async (ticketNumber) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'query($n: String!) { ticket(number: $n) { viewerFollows } }',
            variables: { n: ticketNumber },
          }),
        });
        const body = (await response.json()) as { data: { ticket: { viewerFollows: boolean } } };
        return body.data.ticket.viewerFollows;
      }, number);
      expect(follows).toBe(true);

      // Back on the form, the same ticket is shown as already followed.
      await customer.goto(`${app.url}/portal/new`);
      await customer.getByTestId('intake-title').fill('請求書の承認ができない');
      await customer
        .getByTestId(`duplicate-${number}`)
        .getByText('フォロー中')
        .waitFor({ timeout: LIVE_TIMEOUT });
    }, 60_000);
  });

  describe('knowledge base and ideas board', () => {
    it('shows the knowledge base, an opened suggestion and the ideas board in both languages', async () => {
      for (const [language, email] of [
        ['ja', 'customer@tokyo.example.jp'],
        ['en', 'customer@ny.example.com'],
      ] as const) {
        const page = await open(language === 'ja' ? 'ja-JP' : 'en-US');
        await logIn(page, app.url, email);

        await page.goto(`${app.url}/kb`);
        await page.getByTestId('kb-articles').waitFor();
        await screenshot(page, `kb-03-knowledge-base-${language}`);
        await page.getByTestId('kb-articles').locator('a').first().click();
        await page.getByTestId('article').waitFor();
        await screenshot(page, `kb-05-article-${language}`);

        await page.goto(`${app.url}/portal/new`);
        await page
          .getByTestId('intake-title')
          .fill(language === 'ja' ? 'SSO証明書の更新' : 'SSO certificate renewal');
        const suggestions = page.getByTestId('kb-suggestions');
        await suggestions.waitFor({ timeout: LIVE_TIMEOUT });
        await suggestions.locator('button[data-testid^=suggestion-]').first().click();
        await page.getByTestId('suggestion-panel').getByTestId('article').waitFor();
        await screenshot(page, `kb-06-intake-suggestion-${language}`);

        await page.goto(`${app.url}/ideas`);
        await page.getByTestId('idea-list').waitFor();
        await page.getByTestId('idea-list').locator('li').first().locator('.idea-title').click();
        await page.getByTestId('idea-detail').waitFor();
        await screenshot(page, `kb-07-ideas-${language}`);

        await page.goto(`${app.url}/kb`);
        await page.getByTestId('kb-search').fill(language === 'ja' ? '承認' : 'approval');
        await page
          .getByTestId('kb-results')
          .locator('mark')
          .first()
          .waitFor({ timeout: LIVE_TIMEOUT });
        await screenshot(page, `kb-04-knowledge-search-${language}`);
      }
    }, 90_000);
  });
});
