import { Locale } from '@support/shared';
import { formatDate, link, paragraph, type MailContext, type MailDraft } from '../mail-layout';

/** The one-time survey link of a solved ticket. */
export interface SurveyLink {
  url: string;
  expiresAt: Date;
}

/** Stage 3 end: the ticket is solved and closed; invites to the satisfaction survey. */
export function closed(context: MailContext, survey: SurveyLink): MailDraft {
  const { ticketNumber, ticketTitle, ticketUrl, locale, timeZone } = context;
  const until = formatDate(locale, survey.expiresAt, timeZone);
  if (locale === Locale.JA) {
    return {
      subject: 'お問い合わせをクローズしました',
      blocks: [
        paragraph(
          `チケット ${ticketNumber}「${ticketTitle}」は解決済みとしてクローズいたしました。ご協力いただき、誠にありがとうございました。`,
        ),
        paragraph(
          'サポート品質の向上のため、アンケート（5段階の評価とコメント、1分ほど）にご協力いただけますと幸いです。ログインは不要です。',
        ),
        link(survey.url),
        paragraph(`このリンクは${until}まで、1回だけご利用いただけます。`),
        paragraph(
          '同じ問題が再発した場合は、新しいチケットを作成してください。これまでの経緯は次のページでご覧いただけます。',
        ),
        link(ticketUrl),
      ],
    };
  }
  return {
    subject: 'Your request is closed',
    blocks: [
      paragraph(
        `Ticket ${ticketNumber} "${ticketTitle}" is solved and now closed. Thank you for working with us on it.`,
      ),
      paragraph(
        'Would you rate our support? It takes a minute (a rating from 1 to 5 and a comment) and needs no login:',
      ),
      link(survey.url),
      paragraph(`The link works once, until ${until}.`),
      paragraph(
        'If the problem comes back, please open a new ticket. The history stays available here:',
      ),
      link(ticketUrl),
    ],
  };
}
