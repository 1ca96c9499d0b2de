import { Locale } from '@support/shared';
import { link, paragraph, quote, type MailContext, type MailDraft } from '../mail-layout';

/** Stage 2: support needs details; quotes the (public) question. */
export function waitingForCustomer(context: MailContext, question: string | null): MailDraft {
  const { ticketNumber, ticketTitle, ticketUrl } = context;
  if (context.locale === Locale.JA) {
    return {
      subject: '追加情報のご提供をお願いします',
      blocks: [
        paragraph(
          `チケット ${ticketNumber}「${ticketTitle}」の調査を進めるため、追加の情報をお願いしたく存じます。`,
        ),
        ...(question ? [paragraph('担当者からの質問は次のとおりです。'), quote(question)] : []),
        paragraph(
          'お手数ですが、次のページからご回答ください。ご回答をいただき次第、調査を再開いたします。',
        ),
        link(ticketUrl),
      ],
    };
  }
  return {
    subject: 'We need more information',
    blocks: [
      paragraph(
        `To continue investigating ticket ${ticketNumber} "${ticketTitle}", we need more information from you.`,
      ),
      ...(question ? [paragraph('Our question:'), quote(question)] : []),
      paragraph(
        'Please answer on the ticket page; we resume the investigation as soon as you reply.',
      ),
      link(ticketUrl),
    ],
  };
}
