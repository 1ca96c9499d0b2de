import { Locale, Role, TicketState } from '@support/shared';
import { ManualClock } from '../../src/core/clock/manual-clock';
import { SurveyInvitationRecord } from '../../src/modules/survey/survey-invitation.entity';
import {
  buildCustomer,
  buildOrganisation,
  buildTicket,
  buildTicketInState,
  buildUser,
  TEST_PASSWORD,
  viewerOf,
} from '../support/factories';
import { GqlHttp, type GqlResponse } from '../support/graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';
import { TestSmtp } from '../support/test-smtp';

const PUBLIC_URL = 'https://support.test';
const SURVEY = `query($t: String!) {
  survey(token: $t) { ticketNumber ticketTitle locale answered expired }
}`;
const SUBMIT = `mutation($t: String!, $r: Int!, $c: String) {
  submitSurvey(input: { token: $t, rating: $r, comment: $c }) { ticketNumber answered }
}`;
const SATISFACTION = `query($n: String!) {
  ticket(number: $n) { satisfaction { rating comment submittedAt } }
}`;

function refusal(result: GqlResponse<unknown>) {
  return {
    code: result.errors?.[0]?.extensions?.code,
    field: result.errors?.[0]?.extensions?.field,
  };
}

describe('survey', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  const clock = new ManualClock(new Date('2026-05-11T00:00:00Z'));
  beforeAll(async () => {
    smtp = await TestSmtp.start();
    app = await startTestApp({ clock, env: { SMTP_URL: smtp.url, PUBLIC_URL } });
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  /** Closes a ticket as solved and returns it with the secret of the emailed survey link. */
  async function closedTicket(locale = Locale.EN) {
    const organisation = await buildOrganisation(app.services);
    const customer = await buildCustomer(app.services, organisation, { locale });
    const engineer = await buildUser(app.services, Role.ENGINEER);
    const ticket = await buildTicketInState(app.services, TicketState.CLOSED, {
      customer,
      engineer,
    });
    await app.services.mail.settled();
    const closing = smtp.to(customer.email).at(-1)!;
    const link = /https:\/\/support\.test\/survey\/([A-Za-z0-9_-]+)/.exec(
      closing.parsed.text ?? '',
    );
    expect(link).not.toBeNull();
    return { ticket, customer, engineer, closing, token: link![1] };
  }

  describe('invitation', () => {
    it('emails the requester a one-time link in their language when the ticket is solved', async () => {
      const { ticket, closing, token } = await closedTicket(Locale.JA);
      expect(closing.parsed.subject).toBe(
        `[${ticket.number}] お問い合わせをクローズしました：${ticket.title}`,
      );
      expect(closing.parsed.text).toContain(`${PUBLIC_URL}/survey/${token}`);
      expect(closing.parsed.text).toContain('このリンクは2026年6月10日まで、1回だけ');
      expect(closing.parsed.html).toContain(`href="${PUBLIC_URL}/survey/${token}"`);
    });

    it('stores only a hash of the link, not the link itself', async () => {
      const { ticket, token } = await closedTicket();
      const record = await app.services.db.reader.findOneByOrFail(SurveyInvitationRecord, {
        ticketId: ticket.id,
      });
      expect(record.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(record.tokenHash).not.toContain(token);
      const rows = await app.services.db.reader.query(
        'SELECT textBody, htmlBody FROM mail_message WHERE ticketId = ?',
        [ticket.id],
      );
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it('invites nobody when the customer withdraws the ticket', async () => {
      const organisation = await buildOrganisation(app.services);
      const customer = await buildCustomer(app.services, organisation);
      const ticket = await buildTicket(app.services, customer);
      await app.services.lifecycle.transition(viewerOf(customer), {
        number: ticket.number,
        action: 'WITHDRAW' as never,
        expectedVersion: ticket.version,
      });
      await app.services.mail.settled();
      expect(
        await app.services.db.reader.countBy(SurveyInvitationRecord, { ticketId: ticket.id }),
      ).toBe(0);
    });
  });

  describe('answering', () => {
    it('shows the survey without login, accepts one answer and refuses the second', async () => {
      const { ticket, token } = await closedTicket(Locale.JA);
      const anonymous = new GqlHttp(app.url);

      expect((await anonymous.ok(SURVEY, { t: token })).survey).toEqual({
        ticketNumber: ticket.number,
        ticketTitle: ticket.title,
        locale: 'JA',
        answered: false,
        expired: false,
      });
      const first = await anonymous.ok(SUBMIT, { t: token, r: 4, c: 'とても丁寧でした' });
      expect(first.submitSurvey).toEqual({ ticketNumber: ticket.number, answered: true });

      const second = await anonymous.request(SUBMIT, { t: token, r: 1, c: 'changed my mind' });
      expect(refusal(second)).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
      expect(second.errors?.[0]?.message).toMatch(/already answered/);
      expect((await anonymous.ok(SURVEY, { t: token })).survey.answered).toBe(true);
    });

    it('refuses a tampered link', async () => {
      const { token } = await closedTicket();
      const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      const anonymous = new GqlHttp(app.url);
      expect((await anonymous.ok(SURVEY, { t: tampered })).survey).toBeNull();
      expect(refusal(await anonymous.request(SUBMIT, { t: tampered, r: 5 }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'token',
      });
    });

    it('refuses an expired link', async () => {
      const { token } = await closedTicket();
      clock.advance(31 * 24 * 3600_000);
      const anonymous = new GqlHttp(app.url);
      expect((await anonymous.ok(SURVEY, { t: token })).survey.expired).toBe(true);
      const result = await anonymous.request(SUBMIT, { t: token, r: 5 });
      expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
      expect(result.errors?.[0]?.message).toMatch(/expired/);
    });

    it('takes ratings from 1 to 5 only', async () => {
      const { token } = await closedTicket();
      const anonymous = new GqlHttp(app.url);
      for (const rating of [0, 6]) {
        expect(refusal(await anonymous.request(SUBMIT, { t: token, r: rating }))).toEqual({
          code: 'BAD_USER_INPUT',
          field: 'rating',
        });
      }
    });
  });

  describe('results', () => {
    it('shows the rating on the ticket to agents and to no customer', async () => {
      const { ticket, customer, engineer, token } = await closedTicket();
      await new GqlHttp(app.url).ok(SUBMIT, { t: token, r: 5, c: 'Fast and clear' });

      const agent = await new GqlHttp(app.url).login(engineer.email, TEST_PASSWORD);
      const seen = (await agent.ok(SATISFACTION, { n: ticket.number })).ticket.satisfaction;
      expect(seen).toEqual({
        rating: 5,
        comment: 'Fast and clear',
        submittedAt: expect.any(String),
      });

      const requester = await new GqlHttp(app.url).login(customer.email, TEST_PASSWORD);
      expect(
        (await requester.ok(SATISFACTION, { n: ticket.number })).ticket.satisfaction,
      ).toBeNull();
    });
  });
});
