/** Prefix of every human ticket number. */
export const TICKET_NUMBER_PREFIX = 'CS-';

const NUMBER_PATTERN = /^CS-(\d{6,})$/;

/** Formats a counter value as a ticket number: 123 -> "CS-000123". */
export function formatTicketNumber(value: number): string {
  return `${TICKET_NUMBER_PREFIX}${String(value).padStart(6, '0')}`;
}

/** True when the text has the shape of a ticket number. */
export function isTicketNumber(text: string): boolean {
  return NUMBER_PATTERN.test(text);
}
