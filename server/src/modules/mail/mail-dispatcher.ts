import { MoreThan, type EntityManager } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import { Counter } from '../../core/database/counter.entity';
import type { Database } from '../../core/database/database';
import type { EventBus } from '../../core/events/event-bus';
import { TicketEventRecord } from '../../core/events/ticket-event.entity';
import type { AppLogger } from '../../core/logging/logger';
import { MailMessage, MailStatus } from './mail-message.entity';
import { planMail } from './mail-plan';

/** Row of the counter table holding the last event sequence turned into mail. */
export const MAIL_POSITION = 'mail_position';

const BATCH = 100;
/** How long after an event the dispatcher looks, gathering the events of a burst. */
const KICK_COALESCE_MS = 100;
/** Events dispatched in one transaction (a short one: SQLite writers wait for it). */
const EVENTS_PER_TRANSACTION = 20;

/** How the dispatcher runs. */
export interface MailDispatcherOptions {
  /** Base of every link in a message. */
  publicUrl: string;
  /** Called after a commit that queued messages (wakes the sender). */
  onQueued: () => void;
  /** Safety poll for a missed wake-up, in ms. Default 1000. */
  pollMs?: number;
}

/**
 * Turns committed ticket events into queued emails, in sequence order, from
 * a position kept in the database. Each event is one transaction: it moves
 * the position past the event only if no one did (so several processes can
 * run one each), writes the event's messages and any survey invitation,
 * and commits them together. A crash loses nothing and repeats nothing: the
 * next start resumes after the last committed event. It wakes on every bus
 * event and polls as a fallback. A failure is logged and retried at the
 * next wake-up; it never reaches the mutation that wrote the event.
 */
export class MailDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private soon: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly bus: EventBus,
    private readonly logger: AppLogger,
    private readonly options: MailDispatcherOptions,
  ) {}

  /**
   * Starts listening and begins catching up with everything committed
   * since the last run, in the background: a backlog never delays the start.
   */
  start(): void {
    this.unsubscribe = this.bus.subscribe(() => this.kickSoon());
    this.timer = setInterval(() => void this.kick(), this.options.pollMs ?? 1000);
    this.timer.unref();
    void this.kick();
  }

  /**
   * Kicks once shortly after a burst of events instead of once per event:
   * at a hundred changes a second, mail reads its position and the log in
   * batches, not for each change. Mail is not that urgent.
   */
  private kickSoon(): void {
    if (this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      void this.kick();
    }, KICK_COALESCE_MS);
    this.soon.unref();
  }

  /** Dispatches whatever has committed; resolves when caught up (or after a logged failure). */
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

  /** The last event sequence dispatched (committed). */
  async position(): Promise<string> {
    const row = await this.db.reader.findOneBy(Counter, { name: MAIL_POSITION });
    if (!row) throw new Error(`counter "${MAIL_POSITION}" is missing; migrations not run?`);
    return row.value;
  }

  /**
   * Runs `work` (the demo seed) and, if the dispatcher was caught up before,
   * moves the position past every event `work` wrote: made-up history
   * sends no mail. Call before start().
   */
  async withoutMail(work: () => Promise<void>): Promise<void> {
    const caughtUp = (await this.position()) === (await this.latestSequence());
    await work();
    if (!caughtUp) return;
    const latest = await this.latestSequence();
    await this.db.transaction((manager) =>
      manager
        .createQueryBuilder()
        .update(Counter)
        .set({ value: latest })
        .where('name = :name AND value < :latest', { name: MAIL_POSITION, latest })
        .execute(),
    );
  }

  /** Stops listening and waits for the event in progress. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    if (this.soon) clearTimeout(this.soon);
    await this.running;
  }

  private async latestSequence(): Promise<string> {
    const rows: Array<{ max: string | number | null }> = await this.db.reader.query(
      'SELECT MAX(sequence) AS max FROM ticket_event',
    );
    return String(rows[0]?.max ?? '0');
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.dispatchBatches();
      } catch (error) {
        this.logger.error({ err: error, category: 'mail' }, 'dispatching mail failed');
        return;
      }
    } while (this.again);
  }

  private async dispatchBatches(): Promise<void> {
    for (;;) {
      const events = await this.db.reader.find(TicketEventRecord, {
        where: { sequence: MoreThan(await this.position()) },
        order: { sequence: 'ASC' },
        take: BATCH,
      });
      for (let first = 0; first < events.length; first += EVENTS_PER_TRANSACTION) {
        const chunk = events.slice(first, first + EVENTS_PER_TRANSACTION);
        if ((await this.dispatch(chunk)) > 0) this.options.onQueued();
      }
      if (events.length < BATCH) return;
    }
  }

  /**
   * A few consecutive events in one transaction; returns how many messages
   * they queued. A failure rolls them all back and they are tried again.
   */
  private dispatch(events: TicketEventRecord[]): Promise<number> {
    return this.db.transaction(async (manager) => {
      // Moving the position first locks its row: a second dispatcher waits
      // here, then finds the events taken and skips them.
      const moved = await manager
        .createQueryBuilder()
        .update(Counter)
        .set({ value: events[events.length - 1].sequence })
        .where('name = :name AND value < :sequence', {
          name: MAIL_POSITION,
          sequence: events[0].sequence,
        })
        .execute();
      if (!moved.affected) return 0;
      let queued = 0;
      for (const event of events) queued += await this.queue(manager, event);
      return queued;
    });
  }

  /** Plans and queues the messages of one event, once. */
  private async queue(manager: EntityManager, event: TicketEventRecord): Promise<number> {
    if (await manager.existsBy(MailMessage, { sequence: event.sequence })) return 0;
    const now = this.clock.now();
    const mails = await planMail(manager, event, {
      publicUrl: this.options.publicUrl,
      now,
      logger: this.logger,
    });
    for (const mail of mails) {
      await manager.insert(MailMessage, {
        sequence: event.sequence,
        ticketId: event.ticketId,
        recipientUserId: mail.recipientUserId,
        recipient: mail.recipient,
        template: mail.template,
        locale: mail.locale,
        subject: mail.rendered.subject,
        textBody: mail.rendered.text,
        htmlBody: mail.rendered.html,
        status: MailStatus.QUEUED,
        attempts: 0,
        nextAttemptAt: now,
        lockedAt: null,
        lastError: null,
        createdAt: now,
        sentAt: null,
      });
    }
    return mails.length;
  }
}
