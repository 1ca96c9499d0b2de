import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppLogger } from '../../core/logging/logger';

/** One message as the transport receives it. */
export interface OutgoingMail {
  /** Database id, for file names and logs. */
  id: number;
  /** Stable `<mail-{id}@support-console>`: a re-send carries the same one. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string;
}

/** Delivers messages; the seam between the queue and SMTP or files. */
export interface MailTransport {
  /** Resolves once the message is accepted; rejects with the reason otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** True when a delivery error will not go away by retrying (an SMTP 5xx reply). */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function message(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    // RFC 3834: out-of-office replies should not answer a notification.
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

/** Sends through the SMTP server of `SMTP_URL` (smtp:// or smtps://, credentials in the URL). */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(url: string) {
    // Short timeouts: a hung server must not hold a message in SENDING for
    // nodemailer's default ten minutes.
    this.transporter = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as nodemailer.TransportOptions);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(message(mail));
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * Writes each message as an .eml file into a folder (`${DATA_DIR}/mail`
 * when no SMTP server is configured) and logs its path. The file is named
 * after the message id, so a re-send replaces it instead of adding a copy.
 */
export class FileMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(
    private readonly folder: string,
    private readonly logger: AppLogger,
  ) {
    this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transporter.sendMail(message(mail))) as { message: Buffer };
    await fs.mkdir(this.folder, { recursive: true });
    const file = path.join(
      this.folder,
      `mail-${String(mail.id).padStart(6, '0')}-${mail.template}.eml`,
    );
    const temporary = `${file}.part`;
    await fs.writeFile(temporary, info.message);
    await fs.rename(temporary, file);
    this.logger.info(
      { category: 'mail', mailId: mail.id, template: mail.template, path: file },
      'mail written',
    );
  }

  close(): void {
    this.transporter.close();
  }
}

/** SMTP when a URL is configured, else .eml files in `folder`. */
export function createMailTransport(
  smtpUrl: string | undefined,
  folder: string,
  logger: AppLogger,
): MailTransport {
  return smtpUrl ? new SmtpMailTransport(smtpUrl) : new FileMailTransport(folder, logger);
}
