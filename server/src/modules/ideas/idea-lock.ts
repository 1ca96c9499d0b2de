import type { EntityManager } from 'typeorm';
import { Idea } from './idea.entity';

/**
 * Reads an idea for an update of its counters or status. On MySQL the row
 * is locked until commit, so concurrent votes on one idea queue up instead
 * of losing each other's counts; SQLite writes are serialised already (see
 * Database.transaction). Null when there is no such idea.
 */
export function lockIdea(manager: EntityManager, id: number): Promise<Idea | null> {
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  return manager.findOne(Idea, {
    where: { id },
    ...(sqlite ? {} : { lock: { mode: 'pessimistic_write' as const } }),
  });
}
