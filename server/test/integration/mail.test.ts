import fs from 'node:fs';
import path from 'node:path';
import { Locale, Role } from '@support/shared';
import { ManualClock } from '../../src/core/clock/manual-clock';
import { MailMessage, MailStatus } from '../../src/modules/mail/mail-message.entity';
import { buildCustomer, buildOrganisation, buildUser, TEST_PASSWORD } from '../support/factories';
import { GqlHttp, type Data } from '../support/graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';
import { deadSmtpUrl, TestSmtp, type ReceivedMail } from '../support/test-smtp';

const PUBLIC_URL = 'https://support.test';

const CREATE = `mutation($title: String!) {
  createTicket(input: { type: QUESTION, severity: 3, title: $title, description: "Details" }) {
    number version
  }
}`;
const TRANSITION = `mutation($n: String!, $a: TicketAction!, $v: Int!, $c: String) {
  transitionTicket(input: { number: $n, action: $a, expectedVersion: $v, comment: $c }) { version }
}`;
const NOTE = `mutation($n: String!, $b: String!) {
  addComment(input: { number: $n, body: $b, internal: true }) { id }
}`;
const PLAN = `mutation($n: String!, $v: Int!) {
  setPlannedAvailability(input: {
    number: $n, release: "2027.1", date: "2027-01-15", note: "Hotfix <b>soon</b>",
    reference: "DEV-SECRET-REF", expectedVersion: $v
  }) { version }
}`;

/** Everything a reader could see in a message. */
function everything(mail: ReceivedMail): string {
  return [mail.parsed.subject, mail.parsed.text, mail.parsed.html || ''].join('\n');
}

async function people(app: TestApp, locale = Locale.EN) {
  const organisation = await buildOrganisation(app.services);
  const customer = await buildCustomer(app.services, organisation, {
    locale,
    name: locale === Locale.JA ? '山田 花子' : 'Nora Hudson',
  });
  const engineer = await buildUser(app.services, Role.ENGINEER);
  return {
    customer,
    customerHttp: await new GqlHttp(app.url).login(customer.email, TEST_PASSWORD),
    engineerHttp: await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD),
  };
}

describe('mail', () => {
  describe('notifications over SMTP', () => {
    let smtp: TestSmtp;
    let app: TestApp;
    beforeAll(async () => {
      smtp = await TestSmtp.start();
      app = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL } });
    });
    afterAll(async () => {
      await app?.stop();
      await smtp?.stop();
    });

    it('acknowledges a new ticket to its requester, in Japanese for a Japanese customer', async () => {
      const { customer, customerHttp } = await people(app, Locale.JA);
      const { createTicket } = await customerHttp.ok(CREATE, { title: '請求書の承認ができない' });
      await app.services.mail.settled();

      const [mail] = smtp.to(customer.email);
      expect(smtp.to(customer.email)).toHaveLength(1);
      expect(mail.parsed.subject).toBe(
        `[${createTicket.number}] お問い合わせを受け付けました：請求書の承認ができない`,
      );
      expect(mail.parsed.text).toContain('山田 花子 様');
      expect(mail.parsed.text).toContain(`チケット番号: ${createTicket.number}`);
      expect(mail.parsed.text).toContain(`${PUBLIC_URL}/portal/tickets/${createTicket.number}`);
      expect(mail.parsed.html).toContain('<html lang="ja">');
      expect(mail.parsed.messageId).toMatch(/^<mail-\d+@support-console>$/);
      expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    });

    it('writes to an English customer in English', async () => {
      const { customer, customerHttp } = await people(app, Locale.EN);
      const { createTicket } = await customerHttp.ok(CREATE, { title: 'Invoices stuck' });
      await app.services.mail.settled();

      const [mail] = smtp.to(customer.email);
      expect(mail.parsed.subject).toBe(
        `[${createTicket.number}] We received your request: Invoices stuck`,
      );
      expect(mail.parsed.text).toContain('Dear Nora Hudson,');
      expect(mail.parsed.text).not.toMatch(/[ぁ-んァ-ン]/);
    });

    it('follows the lifecycle: waiting for you, solution proposed, planned availability; never an internal note', async () => {
      const { customer, customerHttp, engineerHttp } = await people(app);
      const { createTicket: ticket } = await customerHttp.ok(CREATE, { title: 'Export fails' });
      const n = ticket.number;
      await engineerHttp.ok(NOTE, { n, b: 'INTERNAL-ONLY: customer is on the legacy plan' });
      let v = (
        await engineerHttp.ok(TRANSITION, { n, a: 'START_INVESTIGATION', v: ticket.version })
      ).transitionTicket.version;
      v = (
        await engineerHttp.ok(TRANSITION, {
          n,
          a: 'REQUEST_INFO',
          v,
          c: 'Which browser do you use?',
        })
      ).transitionTicket.version;
      await customerHttp.ok(
        `mutation($n: String!) { addComment(input: { number: $n, body: "Firefox" }) { id } }`,
        { n },
      );
      v = (await engineerHttp.ok('query($n: String!) { ticket(number: $n) { version } }', { n }))
        .ticket.version;
      v = (await engineerHttp.ok(PLAN, { n, v })).setPlannedAvailability.version;
      await engineerHttp.ok(TRANSITION, {
        n,
        a: 'PROPOSE_SOLUTION',
        v,
        c: 'Clear the cache & retry <please>.',
      });
      await app.services.mail.settled();

      const mails = smtp.to(customer.email);
      expect(mails.map((mail) => mail.parsed.subject)).toEqual([
        `[${n}] We received your request: Export fails`,
        `[${n}] We need more information: Export fails`,
        `[${n}] Planned availability of the fix: Export fails`,
        `[${n}] A solution is proposed: Export fails`,
      ]);
      expect(mails[1].parsed.text).toContain('> Which browser do you use?');
      expect(mails[2].parsed.text).toContain('Release: 2027.1');
      expect(mails[2].parsed.text).toContain('Expected on: 15 January 2027');
      expect(mails[2].parsed.html).toContain('Hotfix &#60;b&#62;soon&#60;/b&#62;');
      expect(mails[3].parsed.html).toContain('Clear the cache &#38; retry &#60;please&#62;.');
      for (const mail of mails) {
        expect(everything(mail)).not.toContain('INTERNAL-ONLY');
        expect(everything(mail)).not.toContain('DEV-SECRET-REF');
        expect(mail.to).toEqual([customer.email]);
      }
    });

    it('tells a follower, in their own language, when the fix is expected, and nothing else', async () => {
      const { customer, customerHttp, engineerHttp } = await people(app);
      const organisation = customer.organisationId as number;
      const follower = await buildUser(app.services, Role.CUSTOMER, {
        organisationId: organisation,
        locale: Locale.JA,
        name: '佐藤 一郎',
      });
      const followerHttp = await new GqlHttp(app.url).login(follower.email, TEST_PASSWORD);
      const { createTicket: ticket } = await customerHttp.ok(CREATE, { title: 'Import hangs' });
      const n = ticket.number;
      await followerHttp.ok('mutation($n: String!) { followTicket(number: $n) { number } }', {
        n,
      });
      let v = (
        await engineerHttp.ok(TRANSITION, { n, a: 'START_INVESTIGATION', v: ticket.version })
      ).transitionTicket.version;
      v = (await engineerHttp.ok(PLAN, { n, v })).setPlannedAvailability.version;
      await engineerHttp.ok(TRANSITION, { n, a: 'PROPOSE_SOLUTION', v, c: 'Try 2027.1.' });
      await app.services.mail.settled();

      const toFollower = smtp.to(follower.email);
      expect(toFollower.map((mail) => mail.parsed.subject)).toEqual([
        `[${n}] 修正の提供予定のお知らせ：Import hangs`,
      ]);
      expect(toFollower[0].parsed.text).toContain('佐藤 一郎');
      expect(toFollower[0].parsed.text).toContain('2027.1');
      expect(everything(toFollower[0])).not.toContain('DEV-SECRET-REF');
      expect(smtp.to(customer.email).map((mail) => mail.parsed.subject)).toEqual([
        `[${n}] We received your request: Import hangs`,
        `[${n}] Planned availability of the fix: Import hangs`,
        `[${n}] A solution is proposed: Import hangs`,
      ]);
    });

    it('confirms a withdrawal without a survey', async () => {
      const { customer, customerHttp } = await people(app, Locale.JA);
      const { createTicket: ticket } = await customerHttp.ok(CREATE, { title: '不要になりました' });
      await customerHttp.ok(TRANSITION, { n: ticket.number, a: 'WITHDRAW', v: ticket.version });
      await app.services.mail.settled();

      const [, withdrawn] = smtp.to(customer.email);
      expect(withdrawn.parsed.subject).toBe(
        `[${ticket.number}] お問い合わせの取り下げを承りました：不要になりました`,
      );
      expect(everything(withdrawn)).not.toContain('/survey/');
    });

    it('escapes HTML in everything the customer wrote', async () => {
      const { customer, customerHttp } = await people(app);
      await customerHttp.ok(CREATE, { title: '<img src=x onerror=alert(1)>' });
      await app.services.mail.settled();

      const [mail] = smtp.to(customer.email);
      expect(mail.parsed.html).not.toContain('<img');
      expect(mail.parsed.html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    });
  });

  describe('durability', () => {
    it('loses nothing and repeats nothing across restarts: SMTP down, a crash mid-send, a replayed outbox', async () => {
      const database = await createTestDatabase();
      const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
      const down = await startTestApp({ database, clock, env: { SMTP_URL: await deadSmtpUrl() } });
      const { customer, customerHttp } = await people(down);
      const numbers: string[] = [];
      for (const title of ['First', 'Second', 'Third']) {
        numbers.push((await customerHttp.ok(CREATE, { title })).createTicket.number);
      }
      await down.services.mail.settled();
      const queued = await down.services.db.reader.find(MailMessage, { order: { id: 'ASC' } });
      expect(queued.map((mail) => [mail.status, mail.attempts])).toEqual([
        [MailStatus.QUEUED, 1],
        [MailStatus.QUEUED, 1],
        [MailStatus.QUEUED, 1],
      ]);
      expect(queued[0].lastError).toMatch(/ECONNREFUSED/);
      // A crash after handing the second message to SMTP, and a dispatcher
      // that must replay the whole outbox.
      await down.services.db.reader.query(
        "UPDATE mail_message SET status = 'SENDING', lockedAt = nextAttemptAt WHERE id = ?",
        [queued[1].id],
      );
      await down.services.db.reader.query(
        "UPDATE counter SET value = 0 WHERE name = 'mail_position'",
      );
      await down.stop();

      const smtp = await TestSmtp.start();
      clock.advance(10 * 60_000);
      const up = await startTestApp({ database, clock, env: { SMTP_URL: smtp.url } });
      try {
        await up.services.mail.settled();
        const subjects = smtp.to(customer.email).map((mail) => mail.parsed.subject);
        expect(subjects).toEqual(
          numbers.map(
            (n, i) => `[${n}] We received your request: ${['First', 'Second', 'Third'][i]}`,
          ),
        );
        const ids = smtp.received.map((mail) => mail.parsed.messageId);
        expect(ids).toEqual(queued.map((mail) => `<mail-${mail.id}@support-console>`));
        const rows = await up.services.db.reader.find(MailMessage, { order: { id: 'ASC' } });
        expect(rows.map((row) => [row.status, row.attempts, row.textBody])).toEqual([
          [MailStatus.SENT, 2, null],
          [MailStatus.SENT, 2, null],
          [MailStatus.SENT, 2, null],
        ]);
      } finally {
        await up.stop();
        await smtp.stop();
        await database.drop();
      }
    });

    it('never makes a mutation wait for or fail on mail', async () => {
      const app = await startTestApp({ env: { SMTP_URL: await deadSmtpUrl() } });
      try {
        const { customerHttp } = await people(app);
        const result = await customerHttp.request<Data>(CREATE, { title: 'Still opens' });
        expect(result.errors).toBeUndefined();
        expect(result.data?.createTicket.number).toMatch(/^CS-\d{6}$/);
      } finally {
        await app.stop();
      }
    });
  });

  describe('without SMTP', () => {
    it('writes each message as an .eml file in the data folder', async () => {
      const app = await startTestApp({ env: { PUBLIC_URL } });
      try {
        const { customerHttp } = await people(app);
        const { createTicket } = await customerHttp.ok(CREATE, { title: 'File me' });
        await app.services.mail.settled();

        const folder = path.join(app.database.dataDir, 'mail');
        const files = fs.readdirSync(folder);
        expect(files).toEqual([expect.stringMatching(/^mail-\d{6}-acknowledgement\.eml$/)]);
        const eml = fs.readFileSync(path.join(folder, files[0]), 'utf8');
        expect(eml).toContain(
          `Subject: [${createTicket.number}] We received your request: File me`,
        );
        expect(eml).toMatch(/Message-ID: <mail-\d+@support-console>/i);
      } finally {
        await app.stop();
      }
    });
  });
});
