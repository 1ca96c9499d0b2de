import type { EntityManager } from 'typeorm';

/** Names of the rows of the counter table. */
export type CounterName = 'ticket_number' | 'event_sequence';

/**
 * Increments a counter inside the caller's transaction and returns the new
 * value as a decimal string. The row stays locked until the transaction
 * ends, so two transactions never share a value and commit in value order.
 *
 * Every ticket change takes this lock last and holds it until its commit,
 * so the time between the two bounds how many changes commit per second.
 * On MySQL/MariaDB the new value comes back with the UPDATE itself
 * (LAST_INSERT_ID(expr)) instead of from a second round trip.
 */
export async function nextCounterValue(manager: EntityManager, name: CounterName): Promise<string> {
  const type = manager.connection.options.type;
  if (type === 'mysql' || type === 'mariadb') {
    const result: { affectedRows?: number; insertId?: number | string } = await manager.query(
      'UPDATE counter SET value = LAST_INSERT_ID(value + 1) WHERE name = ?',
      [name],
    );
    if (result.affectedRows !== 1 || result.insertId === undefined) throw missing(name);
    return String(result.insertId);
  }
  await manager.query('UPDATE counter SET value = value + 1 WHERE name = ?', [name]);
  const rows: Array<{ value: string | number }> = await manager.query(
    'SELECT value FROM counter WHERE name = ?',
    [name],
  );
  if (rows.length !== 1) throw missing(name);
  return String(rows[0].value);
}

function missing(name: CounterName): Error {
  return new Error(`counter "${name}" is missing; migrations not run?`);
}
