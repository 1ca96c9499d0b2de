import { Locale } from '@support/shared';
import { link, paragraph, type MailContext, type MailDraft } from '../mail-layout';

/** The customer withdrew the ticket: a short confirmation, no survey. */
export function withdrawn(context: MailContext): MailDraft {
  const { ticketNumber, ticketTitle, ticketUrl } = context;
  if (context.locale === Locale.JA) {
    return {
      subject: 'お問い合わせの取り下げを承りました',
      blocks: [
        paragraph(
          `チケット ${ticketNumber}「${ticketTitle}」の取り下げを承り、クローズいたしました。`,
        ),
        paragraph('またお困りのことがございましたら、いつでも新しいチケットを作成してください。'),
        link(ticketUrl),
      ],
    };
  }
  return {
    subject: 'Your request is withdrawn',
    blocks: [
      paragraph(`As you asked, ticket ${ticketNumber} "${ticketTitle}" is withdrawn and closed.`),
      paragraph('If you need help again, you are welcome to open a new ticket at any time.'),
      link(ticketUrl),
    ],
  };
}
