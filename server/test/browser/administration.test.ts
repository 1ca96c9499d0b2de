import type { Browser, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

/** The three admin lists in both languages: heading, "new" button, table. */
const PAGES = [
  { path: 'organisations', open: 'org-new', table: 'org-table', row: 'Tokyo Trading' },
  { path: 'users', open: 'invite-open', table: 'user-table', row: 'engineer@example.com' },
  { path: 'tokens', open: 'token-new', table: null, row: null },
] as const;

describe('administration in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function adminPage(locale: string): Promise<Page> {
    const page = await (await browser.newContext({ locale })).newPage();
    await logIn(page, app.url, 'admin@example.com');
    return page;
  }

  it.each(['en-US', 'ja-JP'])(
    'lists organisations, users and tokens, and hides "new" while its form is open (%s)',
    async (locale) => {
      const page = await adminPage(locale);
      for (const section of PAGES) {
        await page.goto(`${app.url}/console/admin/${section.path}`);
        const open = page.getByTestId(section.open);
        await open.waitFor();
        if (section.table) {
          const table = page.getByTestId(section.table);
          await table.waitFor();
          expect(await table.locator('thead th').count()).toBeGreaterThan(2);
          expect(await table.textContent()).toContain(section.row);
        }
        expect(await page.locator('h2').first().textContent()).toBeTruthy();
        await open.click();
        await page.locator('.card form').first().waitFor();
        expect(await page.getByTestId(section.open).count()).toBe(0);
        await screenshot(page, `admin-${section.path}-${locale}`);
      }
    },
    60_000,
  );
});
