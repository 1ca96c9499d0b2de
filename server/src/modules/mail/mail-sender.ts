import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import type { AppLogger } from '../../core/logging/logger';
import { MailMessage, MailStatus, messageIdOf } from './mail-message.entity';
import { isPermanentFailure, type MailTransport } from './mail-transport';

/** How the sender retries. Every value has a default. */
export interface MailSenderOptions {
  /** From header. */
  from: string;
  /** Attempts before a message is FAILED. Default 10 (about 4 hours of retries). */
  maxAttempts?: number;
  /** Wait after the first failure, doubled after each further one. Default 30 s. */
  retryBaseMs?: number;
  /** Longest wait between attempts. Default 1 hour. */
  retryMaxMs?: number;
  /**
   * A message SENDING for longer than this belongs to a sender that died;
   * it returns to QUEUED. Default 5 minutes, well over the SMTP timeouts.
   */
  sendingTimeoutMs?: number;
  /** Safety poll for due retries, in ms. Default 1000. */
  pollMs?: number;
}

const BATCH = 20;

/**
 * Sends queued messages through the transport, oldest first. A message is
 * claimed (QUEUED → SENDING, a conditional update, so two processes never
 * both take it), sent with its stable Message-ID, then marked SENT and its
 * bodies dropped. A refusal is retried with exponential backoff
 * (`nextAttemptAt`, `lastError`) until maxAttempts, or FAILED at once when
 * permanent (SMTP 5xx). A crash between send and SENT leaves SENDING, which
 * the timeout turns back into QUEUED: the message is sent again with the
 * same Message-ID, so receivers can drop the copy. Nothing here ever
 * reaches a mutation.
 */
export class MailSender {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly transport: MailTransport,
    private readonly logger: AppLogger,
    private readonly options: MailSenderOptions,
  ) {}

  /** Starts polling and begins sending what is due, in the background. */
  start(): void {
    this.timer = setInterval(() => void this.kick(), this.options.pollMs ?? 1000);
    this.timer.unref();
    void this.kick();
  }

  /** Sends every due message; resolves when none is left (or after a logged failure). */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops polling, waits for the message in flight and closes the transport. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.requeueAbandoned();
        await this.sendDue();
      } catch (error) {
        this.logger.error({ err: error, category: 'mail' }, 'sending mail failed');
        return;
      }
    } while (this.again);
  }

  private requeueAbandoned(): Promise<unknown> {
    const timeout = this.options.sendingTimeoutMs ?? 5 * 60_000;
    const before = new Date(this.clock.now().getTime() - timeout);
    return this.db.transaction((manager) =>
      manager
        .createQueryBuilder()
        .update(MailMessage)
        .set({ status: MailStatus.QUEUED, lockedAt: null })
        .where('status = :sending AND lockedAt < :before', {
          sending: MailStatus.SENDING,
          before: this.db.toDbDate(before),
        })
        .execute(),
    );
  }

  private async sendDue(): Promise<void> {
    for (;;) {
      const due = await this.db.reader
        .createQueryBuilder(MailMessage, 'mail')
        .where('mail.status = :queued AND mail.nextAttemptAt <= :now', {
          queued: MailStatus.QUEUED,
          now: this.db.toDbDate(this.clock.now()),
        })
        .orderBy('mail.id', 'ASC')
        .take(BATCH)
        .getMany();
      for (const message of due) {
        if (await this.claim(message)) await this.send(message);
      }
      if (due.length < BATCH) return;
    }
  }

  private async claim(message: MailMessage): Promise<boolean> {
    const result = await this.db.transaction((manager) =>
      manager.update(
        MailMessage,
        { id: message.id, status: MailStatus.QUEUED },
        { status: MailStatus.SENDING, lockedAt: this.clock.now() },
      ),
    );
    return result.affected === 1;
  }

  private async send(message: MailMessage): Promise<void> {
    const attempts = message.attempts + 1;
    try {
      await this.transport.send({
        id: message.id,
        messageId: messageIdOf(message),
        from: this.options.from,
        to: message.recipient,
        subject: message.subject,
        text: message.textBody ?? '',
        html: message.htmlBody ?? '',
        template: message.template,
      });
    } catch (error) {
      await this.failed(message, attempts, error);
      return;
    }
    await this.db.transaction((manager) =>
      manager.update(
        MailMessage,
        { id: message.id, status: MailStatus.SENDING },
        {
          status: MailStatus.SENT,
          attempts,
          sentAt: this.clock.now(),
          lockedAt: null,
          lastError: null,
          textBody: null,
          htmlBody: null,
        },
      ),
    );
    this.logger.info(
      { category: 'mail', mailId: message.id, template: message.template, attempts },
      'mail sent',
    );
  }

  private async failed(message: MailMessage, attempts: number, error: unknown): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 10;
    const permanent = isPermanentFailure(error);
    const giveUp = permanent || attempts >= maxAttempts;
    const delay = Math.min(
      (this.options.retryBaseMs ?? 30_000) * 2 ** (attempts - 1),
      this.options.retryMaxMs ?? 3600_000,
    );
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await this.db.transaction((manager) =>
      manager.update(
        MailMessage,
        { id: message.id, status: MailStatus.SENDING },
        {
          status: giveUp ? MailStatus.FAILED : MailStatus.QUEUED,
          attempts,
          nextAttemptAt: new Date(this.clock.now().getTime() + delay),
          lockedAt: null,
          lastError: reason,
        },
      ),
    );
    const log = { category: 'mail', mailId: message.id, attempts, permanent, err: error };
    if (giveUp) this.logger.error(log, 'mail failed; giving up');
    else this.logger.warn(log, 'mail not sent; will retry');
  }
}
