import { Column, type ColumnOptions } from 'typeorm';

/**
 * A UTC instant with millisecond precision, the same on SQLite and MySQL.
 * mysql2 runs with `timezone: 'Z'`, SQLite stores ISO text in UTC.
 */
export function DateTimeColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'datetime', precision: 3, ...options });
}

/**
 * A 64-bit integer column read as a JavaScript string on both dialects
 * (mysql2 returns strings for bigints, better-sqlite3 numbers).
 */
export const bigintAsString = {
  to: (value: string | number | undefined | null) => value,
  from: (value: string | number | null) => (value === null ? null : String(value)),
};
