import type { EntityManager } from 'typeorm';

/** Names of the rows of the counter table. */
export type CounterName = 'ticket_number' | 'event_sequence';

/**
 * Increments a counter inside the caller's transaction and returns the new
 * value as a decimal string. The row stays locked until the transaction
 * ends, so two transactions never share a value and commit in value order.
 */
export async function nextCounterValue(manager: EntityManager, name: CounterName): Promise<string> {
  await manager.query('UPDATE counter SET value = value + 1 WHERE name = ?', [name]);
  const rows: Array<{ value: string | number }> = await manager.query(
    'SELECT value FROM counter WHERE name = ?',
    [name],
  );
  if (rows.length !== 1) throw new Error(`counter "${name}" is missing; migrations not run?`);
  return String(rows[0].value);
}
