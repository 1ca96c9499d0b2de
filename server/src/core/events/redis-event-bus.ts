import { EventEmitter } from 'node:events';
import Redis from 'ioredis';
import type { AppLogger } from '../logging/logger';
import type { EventBus, EventListener } from './event-bus';
import type { TicketEventMessage } from './ticket-event-message';

/**
 * Event bus across server processes over Redis pub/sub, on one channel per
 * database (processes on other databases never hear each other).
 *
 * Every process's relay publishes every committed outbox row it reads, in
 * sequence order, so each event may arrive once per process. That is
 * harmless: sequences commit in order without holes (the counter row lock),
 * so each publisher's stream is contiguous and increasing; a message whose
 * sequence is not above the last one delivered here was therefore already
 * delivered (by a faster publisher) and is dropped. Subscribers see each
 * event once, in order, whichever process committed it, and an event whose
 * committing process died before publishing still goes out through the
 * others.
 */
export class RedisEventBus implements EventBus {
  private readonly local = new EventEmitter();
  private lastDelivered = -1n;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
    private readonly logger: AppLogger,
  ) {
    // One listener per open subscription: thousands are normal, not a leak.
    this.local.setMaxListeners(0);
  }

  /** Connects both Redis clients and subscribes; throws when Redis is unreachable. */
  static async connect(url: string, channel: string, logger: AppLogger): Promise<RedisEventBus> {
    const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const bus = new RedisEventBus(publisher, subscriber, channel, logger);
    subscriber.on('message', (_channel: string, raw: string) => bus.deliver(raw));
    await subscriber.subscribe(channel);
    return bus;
  }

  async publish(message: TicketEventMessage): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify(message));
  }

  subscribe(listener: EventListener): () => void {
    this.local.on('event', listener);
    return () => this.local.off('event', listener);
  }

  /** Answers PONG when Redis is reachable (readiness). */
  ping(): Promise<string> {
    return this.publisher.ping();
  }

  private deliver(raw: string): void {
    let message: TicketEventMessage;
    try {
      message = JSON.parse(raw) as TicketEventMessage;
    } catch (error) {
      this.logger.warn({ err: error, category: 'event-bus' }, 'unreadable event message dropped');
      return;
    }
    const sequence = BigInt(message.sequence);
    if (sequence <= this.lastDelivered) return;
    this.lastDelivered = sequence;
    this.local.emit('event', message);
  }

  async close(): Promise<void> {
    this.local.removeAllListeners();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
