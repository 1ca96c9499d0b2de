import type { Browser } from 'playwright-core';
import { GqlHttp } from '../support/graphql-http';
import { launchChromium, logIn, screenshot } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';

describe('customer status page', () => {
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

  it('shows planned availability set by a development user in another browser, without reload', async () => {
    const customerApi = await new GqlHttp(app.url).login('customer@tokyo.example.jp');
    const found = await customerApi.ok(
      '{ tickets(first: 1, filter: { states: [WITH_DEVELOPMENT] }) { edges { node { number } } } }',
    );
    const number: string = found.tickets.edges[0].node.number;

    const customer = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await logIn(customer, app.url, 'customer@tokyo.example.jp');
    await customer.goto(`${app.url}/portal/tickets/${number}`);
    await customer.getByTestId('planned-availability').waitFor();
    // A marker on the page's global object: a reload would wipe it.
    await customer.evaluate(() => {
      (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await screenshot(customer, 'status-page-before');

    const developer = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await logIn(developer, app.url, 'dev@example.com');
    await developer.goto(`${app.url}/console/tickets/${number}`);
    await developer.getByTestId('pa-release').fill('2027.3 LTS');
    await developer.getByTestId('pa-date').fill('2027-03-15');
    await developer.getByTestId('pa-save').click();
    await screenshot(developer, 'planned-availability-editor');

    await customer
      .getByTestId('planned-release')
      .filter({ hasText: '2027.3 LTS' })
      .waitFor({ timeout: 10_000 });
    const marker = await customer.evaluate(
      () => (globalThis as unknown as { notReloaded?: boolean }).notReloaded,
    );
    expect(marker).toBe(true);
    await screenshot(customer, 'status-page-after');
  }, 60_000);
});
