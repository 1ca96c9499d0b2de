import { Locale } from '@support/shared';
import { link, paragraph, quote, type MailContext, type MailDraft } from '../mail-layout';

/** Stage 3: a solution is proposed; the customer tests it, then accepts or rejects. */
export function solutionProposed(context: MailContext, proposal: string | null): MailDraft {
  const { ticketNumber, ticketTitle, ticketUrl } = context;
  if (context.locale === Locale.JA) {
    return {
      subject: '解決策をご提案しました',
      blocks: [
        paragraph(
          `チケット ${ticketNumber}「${ticketTitle}」について、担当者が解決策をご提案しました。`,
        ),
        ...(proposal ? [quote(proposal)] : []),
        paragraph(
          'お手数ですが、内容をお試しいただき、問題が解決したかどうかを次のページからお知らせください。解決していない場合は、残っている問題をお書きいただければ調査を再開いたします。',
        ),
        link(ticketUrl),
      ],
    };
  }
  return {
    subject: 'A solution is proposed',
    blocks: [
      paragraph(`We have proposed a solution for ticket ${ticketNumber} "${ticketTitle}".`),
      ...(proposal ? [quote(proposal)] : []),
      paragraph(
        'Please try it and tell us on the ticket page whether it solves the problem. If it does not, describe what is still wrong and we will continue the investigation.',
      ),
      link(ticketUrl),
    ],
  };
}
