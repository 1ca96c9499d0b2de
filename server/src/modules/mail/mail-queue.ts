import path from 'node:path';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import type { EventBus } from '../../core/events/event-bus';
import type { AppLogger } from '../../core/logging/logger';
import { MailDispatcher } from './mail-dispatcher';
import { MailMessage, MailStatus } from './mail-message.entity';
import { MailSender, type MailSenderOptions } from './mail-sender';
import { createMailTransport } from './mail-transport';

/** Settings of outgoing mail, from the configuration. */
export interface MailSettings {
  /** Unset: .eml files in `${dataDir}/mail`. */
  smtpUrl: string | undefined;
  dataDir: string;
  /** Base of links in messages. */
  publicUrl: string;
  from: string;
  /** Retry tuning; defaults in MailSenderOptions. */
  retry?: Omit<MailSenderOptions, 'from'>;
}

/**
 * Outgoing email of one process: the dispatcher (ticket events → queued
 * messages) and the sender (queue → SMTP or .eml files). Both are durable
 * and run beside the requests; neither can slow down or fail a mutation.
 */
export class MailQueue {
  readonly dispatcher: MailDispatcher;
  readonly sender: MailSender;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    bus: EventBus,
    logger: AppLogger,
    settings: MailSettings,
  ) {
    const folder = path.join(settings.dataDir, 'mail');
    const transport = createMailTransport(settings.smtpUrl, folder, logger);
    this.sender = new MailSender(db, clock, transport, logger, {
      ...settings.retry,
      from: settings.from,
    });
    this.dispatcher = new MailDispatcher(db, clock, bus, logger, {
      publicUrl: settings.publicUrl,
      onQueued: () => void this.sender.kick(),
    });
  }

  /**
   * Starts both workers; they catch up with what the last run left in the
   * background (an SMTP server that is down never delays the start).
   */
  start(): void {
    this.dispatcher.start();
    this.sender.start();
  }

  /** Stops both, letting the event and the message in progress finish. */
  async stop(): Promise<void> {
    await this.dispatcher.stop();
    await this.sender.stop();
  }

  /**
   * Resolves when every committed event is dispatched and no message is
   * due now (sent, failed, or waiting for a later retry). For tests and
   * scripts; polls every 25 ms, fails after `timeoutMs`.
   */
  async settled(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.dispatcher.kick();
      await this.sender.kick();
      const rows: Array<{ max: string | number | null }> = await this.db.reader.query(
        'SELECT MAX(sequence) AS max FROM ticket_event',
      );
      const caughtUp = (await this.dispatcher.position()) === String(rows[0]?.max ?? '0');
      const busy = await this.db.reader
        .createQueryBuilder(MailMessage, 'mail')
        .where('mail.status = :sending', { sending: MailStatus.SENDING })
        .getCount();
      if (caughtUp && busy === 0 && !(await this.anyDue())) return;
      if (Date.now() > deadline) throw new Error('mail did not settle in time');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async anyDue(): Promise<boolean> {
    const due = await this.db.reader
      .createQueryBuilder(MailMessage, 'mail')
      .where('mail.status = :queued AND mail.nextAttemptAt <= :now', {
        queued: MailStatus.QUEUED,
        now: this.db.toDbDate(this.clock.now()),
      })
      .getCount();
    return due > 0;
  }
}
