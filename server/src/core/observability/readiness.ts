import type { Database } from '../database/database';
import type { EventBus } from '../events/event-bus';
import { RedisEventBus } from '../events/redis-event-bus';

/** One dependency's state. */
export interface ReadinessCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

async function check(name: string, probe: () => Promise<unknown>): Promise<ReadinessCheck> {
  try {
    await probe();
    return { name, ok: true };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Whether this process can serve: the database answers, Redis answers
 * (when configured) and no migration is pending. /readyz answers 200 when
 * all hold, else 503 with the failing checks.
 */
export async function readiness(db: Database, bus: EventBus): Promise<ReadinessCheck[]> {
  const checks = [
    check('database', () => db.reader.query('SELECT 1')),
    check('migrations', async () => {
      if (await db.migrator.showMigrations()) throw new Error('migrations pending');
    }),
  ];
  if (bus instanceof RedisEventBus) checks.push(check('redis', () => bus.ping()));
  return Promise.all(checks);
}
