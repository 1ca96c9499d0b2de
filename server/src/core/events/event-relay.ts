import { MoreThan, type EntityManager } from 'typeorm';
import type { AppLogger } from '../logging/logger';
import type { EventBus } from './event-bus';
import { TicketEventRecord } from './ticket-event.entity';
import { toMessage } from './ticket-event-message';

const BATCH = 500;

/**
 * Publishes committed outbox rows to the event bus in sequence order. A
 * mutation calls `kick()` after its commit; the relay reads from the last
 * sequence it published, so events reach the bus in commit order even when
 * requests finish out of order. A periodic poll covers a missed kick.
 */
export class EventRelay {
  private lastPublished = '0';
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly reader: () => EntityManager,
    private readonly bus: EventBus,
    private readonly logger: AppLogger,
    private readonly pollMs = 1000,
  ) {}

  /** Starts after the newest committed event: earlier ones are served by replay. */
  async start(): Promise<void> {
    const rows: Array<{ max: string | number | null }> = await this.reader().query(
      'SELECT MAX(sequence) AS max FROM ticket_event',
    );
    this.lastPublished = String(rows[0]?.max ?? '0');
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
  }

  /** Asks the relay to publish whatever has committed; returns when it has. */
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

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.publishBatches();
      } catch (error) {
        this.logger.error({ err: error, category: 'event-relay' }, 'publishing events failed');
        return;
      }
    } while (this.again);
  }

  private async publishBatches(): Promise<void> {
    for (;;) {
      const batch = await this.reader().find(TicketEventRecord, {
        where: { sequence: MoreThan(this.lastPublished) },
        order: { sequence: 'ASC' },
        take: BATCH,
      });
      for (const record of batch) {
        await this.bus.publish(toMessage(record));
        this.lastPublished = String(record.sequence);
      }
      if (batch.length < BATCH) return;
    }
  }

  /** Stops polling and waits for a publish in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
