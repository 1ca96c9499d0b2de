import { createHash } from 'node:crypto';
import type { DatabaseTarget } from '../database/data-source';
import type { AppLogger } from '../logging/logger';
import { InProcessEventBus, type EventBus } from './event-bus';
import { RedisEventBus } from './redis-event-bus';

/** The bus for this configuration: Redis when REDIS_URL is set, else in-process. */
export async function createEventBus(
  redisUrl: string | undefined,
  database: DatabaseTarget,
  logger: AppLogger,
): Promise<EventBus> {
  if (!redisUrl) return new InProcessEventBus();
  return RedisEventBus.connect(redisUrl, channelName('events', database), logger);
}

/** A Redis channel's name: processes share a channel exactly when they share a database. */
export function channelName(topic: string, database: DatabaseTarget): string {
  const identity = createHash('sha256').update(database.location).digest('hex').slice(0, 16);
  return `support-console:${topic}:${identity}`;
}
