import { Locale } from '@support/shared';
import { facts, link, paragraph, type MailContext, type MailDraft } from '../mail-layout';

/** Stage 1: the ticket was received; carries its number. */
export function acknowledgement(context: MailContext): MailDraft {
  const { ticketNumber, ticketTitle, ticketUrl } = context;
  if (context.locale === Locale.JA) {
    return {
      subject: 'お問い合わせを受け付けました',
      blocks: [
        paragraph('お問い合わせいただきありがとうございます。以下の内容で受け付けました。'),
        facts([
          ['チケット番号', ticketNumber],
          ['件名', ticketTitle],
        ]),
        paragraph(
          '担当者が内容を確認のうえ、ご連絡いたします。進捗は次のページからいつでもご確認いただけます。',
        ),
        link(ticketUrl),
        paragraph('お問い合わせの際は、チケット番号をお知らせください。'),
      ],
    };
  }
  return {
    subject: 'We received your request',
    blocks: [
      paragraph('Thank you for contacting support. We have received your request:'),
      facts([
        ['Ticket number', ticketNumber],
        ['Title', ticketTitle],
      ]),
      paragraph(
        'An engineer will review it and get back to you. You can follow its progress at any time here:',
      ),
      link(ticketUrl),
      paragraph('Please mention the ticket number whenever you contact us about it.'),
    ],
  };
}
