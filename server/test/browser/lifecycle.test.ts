import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

/** A 1×1 PNG: an image attachment, so the thread shows a thumbnail. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const LIVE_TIMEOUT = 10_000;

/** Waits until the page's state badge shows `state` (set live, never by reload). */
async function waitForState(page: Page, state: string): Promise<void> {
  await page
    .locator(`[data-testid=ticket-page] header [data-state="${state}"]`)
    .waitFor({ timeout: LIVE_TIMEOUT });
}

/** Makes a lifecycle move through the actions card, with a comment when given. */
async function move(page: Page, action: string, comment?: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  if (comment !== undefined) await page.getByTestId('action-comment').fill(comment);
  if (comment !== undefined || action === 'CLOSE') await page.getByTestId('action-confirm').click();
}

/** Leaves a marker on the page's global object: a reload would wipe it. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
  });
}

async function wasNotReloaded(page: Page): Promise<boolean | undefined> {
  return page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded);
}

/** Switches the interface language with the header's switcher. */
async function switchLanguage(page: Page, language: 'en' | 'ja'): Promise<void> {
  await page.getByTestId('language-switcher').selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor();
}

describe('ticket lifecycle in the browser', () => {
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

  it('walks a platform issue from intake to close, live in three browsers', async () => {
    // A Japanese customer and an English engineer, each in their own browser.
    const customer = await open('ja-JP');
    await customer.goto(`${app.url}/login`);
    await screenshot(customer, '01-login-ja');
    await logIn(customer, app.url, 'customer@tokyo.example.jp');

    const engineer = await open('en-US');
    await logIn(engineer, app.url, 'engineer@example.com');
    await engineer.locator('[data-testid=connection-banner][data-status=live]').waitFor();
    await markPage(engineer);

    // Stage 1: the customer opens a platform issue through the form, with a screenshot.
    await customer.goto(`${app.url}/portal/new`);
    await customer.getByTestId('type-PLATFORM_ISSUE').check();
    await customer.getByTestId('question-production').check();
    await customer.getByTestId('intake-title').fill('E2E: 請求書の承認ボタンが反応しない');
    await customer.getByTestId('intake-description').fill('承認ボタンを押しても何も起きません。');
    await customer.getByTestId('intake-steps').fill('1. 請求書を開く\n2. 承認を押す');
    await customer.getByTestId('intake-impact').fill('経理部門の月次締めが止まっています。');
    await customer.getByTestId('intake-files').setInputFiles({
      name: 'screenshot.png',
      mimeType: 'image/png',
      buffer: PIXEL_PNG,
    });
    await customer
      .locator('[data-testid=upload][data-status=done]')
      .waitFor({ timeout: LIVE_TIMEOUT });
    await screenshot(customer, '02-new-ticket-ja');
    await customer.getByTestId('intake-submit').click();
    await customer.waitForURL(/\/portal\/tickets\/CS-\d+/);
    const number = (await customer.getByTestId('ticket-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^CS-\d{6,}$/);
    await customer.getByTestId('created-notice').waitFor();
    await customer.locator('[data-testid=attachments] img').waitFor();
    await markPage(customer);
    await screenshot(customer, '03-status-new-ja');

    // It appears in the engineer's queue without a reload, with its service-level count-down.
    const row = engineer.getByTestId(`ticket-row-${number}`);
    await row.waitFor({ timeout: LIVE_TIMEOUT });
    await row.getByTestId('sla-time-left').waitFor();
    expect(await wasNotReloaded(engineer)).toBe(true);
    await screenshot(engineer, '04-queue-en');
    await switchLanguage(engineer, 'ja');
    await screenshot(engineer, '04-queue-ja');
    await switchLanguage(engineer, 'en');

    // Stage 2: the engineer asks for details; the customer sees "waiting for you" live.
    await row.getByRole('link', { name: number }).click();
    await engineer.getByTestId('sla-card').waitFor();
    await move(
      engineer,
      'REQUEST_INFO',
      'Which invoice number fails? Please attach the error log.',
    );
    await waitForState(engineer, 'WAITING_FOR_CUSTOMER');
    await customer.getByTestId('waiting-callout').waitFor({ timeout: LIVE_TIMEOUT });
    await screenshot(customer, '05-status-waiting-ja');

    // The customer answers in the reply box: the ticket returns to investigation.
    await customer.getByTestId('comment-body').fill('請求書番号 INV-2024-0042 です。');
    await customer.getByTestId('comment-submit').click();
    await waitForState(customer, 'INVESTIGATING');
    await waitForState(engineer, 'INVESTIGATING');
    await screenshot(engineer, '06-workspace-en');

    // The engineer escalates; a development user opens it and both see each other.
    await move(engineer, 'ESCALATE_TO_DEVELOPMENT');
    await waitForState(engineer, 'WITH_DEVELOPMENT');
    const developer = await open('en-US');
    await logIn(developer, app.url, 'dev@example.com');
    await developer.goto(`${app.url}/console/tickets/${number}`);
    await engineer
      .getByTestId('presence-person')
      .filter({ hasText: 'Dana Developer' })
      .waitFor({ timeout: LIVE_TIMEOUT });

    // Development sets planned availability; the customer's page shows it live.
    await developer.getByTestId('pa-release').fill('2027.3 LTS');
    await developer.getByTestId('pa-date').fill('2027-03-15');
    await developer.getByTestId('pa-reference').fill('DEV-4711');
    await developer.getByTestId('pa-save').click();
    await developer.getByTestId('pa-saved').waitFor({ timeout: LIVE_TIMEOUT });
    await screenshot(developer, '07-planned-availability-editor-en');
    await customer
      .getByTestId('planned-release')
      .filter({ hasText: '2027.3 LTS' })
      .waitFor({ timeout: LIVE_TIMEOUT });
    await screenshot(customer, '08-status-planned-ja');

    // Stage 3: a proposal, rejected with a reason (a reopen), then accepted.
    await move(engineer, 'PROPOSE_SOLUTION', 'Fixed in hotfix 2027.2.1: please try again.');
    await customer.getByTestId('proposed-callout').waitFor({ timeout: LIVE_TIMEOUT });
    await screenshot(customer, '09-status-proposed-ja');
    await move(customer, 'REJECT_SOLUTION', '同じエラーがまだ発生します。');
    await waitForState(customer, 'INVESTIGATING');
    await waitForState(engineer, 'INVESTIGATING');
    await engineer.getByTestId('reopen-count').filter({ hasText: '1' }).waitFor();

    await move(engineer, 'PROPOSE_SOLUTION', 'The cache is cleared now: please try once more.');
    await customer.getByTestId('proposed-callout').waitFor({ timeout: LIVE_TIMEOUT });
    await move(customer, 'ACCEPT_SOLUTION');
    await waitForState(customer, 'RESOLVED');

    // The engineer closes; the customer sees it without a reload.
    await waitForState(engineer, 'RESOLVED');
    await move(engineer, 'CLOSE');
    await waitForState(engineer, 'CLOSED');
    await waitForState(customer, 'CLOSED');
    expect(await wasNotReloaded(customer)).toBe(true);
    await screenshot(customer, '10-status-closed-ja');
    await engineer.getByTestId('tab-history').click();
    await screenshot(engineer, '11-workspace-history-en');

    // A few pages in the other language.
    await switchLanguage(customer, 'en');
    await screenshot(customer, '10-status-closed-en');
    await customer.goto(`${app.url}/portal?status=all`);
    await customer.getByTestId(`ticket-row-${number}`).waitFor();
    await screenshot(customer, '12-portal-list-en');
    await switchLanguage(customer, 'ja');
    await screenshot(customer, '12-portal-list-ja');
  }, 90_000);
});
