import { Locale } from '@support/shared';
import {
  facts,
  formatDate,
  link,
  paragraph,
  type MailContext,
  type MailDraft,
} from '../mail-layout';

/** The customer-facing part of a planned availability (the reference stays internal). */
export interface PlannedValues {
  release: string | null;
  /** Calendar date, YYYY-MM-DD. */
  date: string | null;
  note: string | null;
}

/** Development set or changed when the fix is expected (or withdrew the plan). */
export function plannedAvailability(context: MailContext, planned: PlannedValues): MailDraft {
  const { ticketNumber, ticketTitle, ticketUrl, locale } = context;
  const ja = locale === Locale.JA;
  const rows: Array<[string, string]> = [];
  if (planned.release) rows.push([ja ? 'リリース' : 'Release', planned.release]);
  if (planned.date)
    rows.push([ja ? '提供予定日' : 'Expected on', formatDate(locale, planned.date, 'UTC')]);
  if (planned.note) rows.push([ja ? '備考' : 'Note', planned.note]);
  const planless = rows.length === 0;
  if (ja) {
    return {
      subject: '修正の提供予定のお知らせ',
      blocks: [
        paragraph(
          `チケット ${ticketNumber}「${ticketTitle}」の修正の提供予定をお知らせいたします。`,
        ),
        planless
          ? paragraph(
              '現在、提供予定は未定となりました。予定が決まり次第、改めてご連絡いたします。',
            )
          : facts(rows),
        paragraph('予定は変更になる場合がございます。最新の状況は次のページでご確認いただけます。'),
        link(ticketUrl),
      ],
    };
  }
  return {
    subject: 'Planned availability of the fix',
    blocks: [
      paragraph(`Here is when the fix for ticket ${ticketNumber} "${ticketTitle}" is expected.`),
      planless
        ? paragraph(
            'There is no planned date at the moment. We will tell you as soon as there is one.',
          )
        : facts(rows),
      paragraph('Plans can change; the ticket page always shows the latest one.'),
      link(ticketUrl),
    ],
  };
}
