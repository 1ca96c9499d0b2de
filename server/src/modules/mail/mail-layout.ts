import { Locale } from '@support/shared';

/** Who reads the message and what it is about: what every template needs. */
export interface MailContext {
  locale: Locale;
  recipientName: string;
  ticketNumber: string;
  ticketTitle: string;
  /** `${PUBLIC_URL}/portal/tickets/<number>`. */
  ticketUrl: string;
  /** IANA zone for dates shown to the recipient. */
  timeZone: string;
}

/** One piece of a message body, rendered both as plain text and as HTML. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'facts'; rows: Array<[label: string, value: string]> }
  | { kind: 'link'; url: string };

/** What a template writes: a subject phrase and the body's blocks. */
export interface MailDraft {
  /** Short phrase; the ticket number and title are added around it. */
  subject: string;
  blocks: Block[];
}

/** A finished message. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Longest quoted comment; the rest stays on the ticket page. */
const QUOTE_MAX_CHARS = 4000;
const TITLE_MAX_CHARS = 120;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function excerpt(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`;
}

/** A paragraph of text. */
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
/** A quoted customer-visible comment (shortened when very long). */
export const quote = (text: string): Block => ({
  kind: 'quote',
  text: excerpt(text, QUOTE_MAX_CHARS),
});
/** Label/value rows. */
export const facts = (rows: Array<[string, string]>): Block => ({ kind: 'facts', rows });
/** A link on its own line. */
export const link = (url: string): Block => ({ kind: 'link', url });

/** A calendar date or an instant as the recipient reads it: 2027年1月15日 / 15 January 2027. */
export function formatDate(locale: Locale, value: Date | string, timeZone: string): string {
  const calendarDate = typeof value === 'string';
  const instant = calendarDate ? new Date(`${value}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat(locale === Locale.JA ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: calendarDate ? 'UTC' : timeZone,
  }).format(instant);
}

const FRAME = {
  [Locale.JA]: {
    greeting: (name: string) => `${name} 様`,
    signature: 'サポートチーム',
    footer: 'このメールは送信専用です。ご返信はチケットのページからお願いいたします。',
  },
  [Locale.EN]: {
    greeting: (name: string) => `Dear ${name},`,
    signature: 'The Support team',
    footer: 'This message was sent automatically. Please reply on the ticket page.',
  },
};

function textOf(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'quote':
      return block.text
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join('\n');
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'link':
      return block.url;
  }
}

function htmlOf(block: Block): string {
  const lines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');
  switch (block.kind) {
    case 'paragraph':
      return `<p>${lines(block.text)}</p>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #c7d2e0;color:#333">${lines(block.text)}</blockquote>`;
    case 'facts':
      return `<table style="border-collapse:collapse;margin:0 0 16px">${block.rows
        .map(
          ([label, value]) =>
            `<tr><th style="text-align:left;padding:2px 12px 2px 0;font-weight:600">${escapeHtml(label)}</th><td style="padding:2px 0">${lines(value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'link':
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></p>`;
  }
}

/**
 * Renders a draft in the recipient's language as plain text and HTML with
 * the same content: greeting, blocks, signature. Every piece of text is
 * escaped here, so templates never write markup.
 */
export function renderMail(context: MailContext, draft: MailDraft): RenderedMail {
  const frame = FRAME[context.locale];
  const title = excerpt(context.ticketTitle.replace(/[\r\n]+/g, ' '), TITLE_MAX_CHARS);
  const separator = context.locale === Locale.JA ? '：' : ': ';
  const subject = `[${context.ticketNumber}] ${draft.subject}${separator}${title}`;
  const text = [
    frame.greeting(context.recipientName),
    ...draft.blocks.map(textOf),
    frame.signature,
    '--',
    frame.footer,
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${context.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;font-size:15px;line-height:1.6;color:#1a1a1a">',
    `<p>${escapeHtml(frame.greeting(context.recipientName))}</p>`,
    ...draft.blocks.map(htmlOf),
    `<p>${escapeHtml(frame.signature)}</p>`,
    `<p style="color:#666;font-size:12px">${escapeHtml(frame.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text: `${text}\n`, html };
}
