import Redis from 'ioredis';
import type { AppLogger } from '../logging/logger';

/**
 * One Redis pub/sub channel shared by the server processes: what one
 * publishes, every one (itself included) receives once, in publication
 * order. For messages that need no replay (see IdeaEventBus); ticket
 * events have their own bus with an outbox behind it (RedisEventBus).
 */
export class RedisChannel {
  private handler: (raw: string) => void = () => {};

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
  ) {}

  /** Connects and subscribes; throws when Redis is unreachable. */
  static async connect(url: string, channel: string, logger: AppLogger): Promise<RedisChannel> {
    const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    for (const client of [publisher, subscriber]) {
      client.on('error', (error: unknown) =>
        logger.warn({ err: error, category: 'redis', channel }, 'Redis connection error'),
      );
    }
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const result = new RedisChannel(publisher, subscriber, channel);
    subscriber.on('message', (from: string, raw: string) => {
      if (from === channel) result.handler(raw);
    });
    await subscriber.subscribe(channel);
    return result;
  }

  async publish(raw: string): Promise<void> {
    await this.publisher.publish(this.channel, raw);
  }

  /** Sets the one receiver of the channel's messages. */
  onMessage(handler: (raw: string) => void): void {
    this.handler = handler;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
