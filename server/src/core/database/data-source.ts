import fs from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';

/** The two supported dialects. */
export type Dialect = 'sqlite' | 'mysql';

/** Where the data lives: a SQLite file, or a MySQL/MariaDB URL. */
export interface DatabaseTarget {
  dialect: Dialect;
  /** SQLite file path or mysql:// URL. */
  location: string;
  /**
   * True when the MySQL-dialect server is MariaDB. TypeORM's `mysql` type
   * misreads MariaDB's column defaults (it sees the text 'NULL'), so schema
   * comparison needs its `mariadb` type there. See detectMariaDb.
   */
  mariaDb?: boolean;
}

/** Asks a MySQL-dialect server whether it is MariaDB. */
export async function detectMariaDb(url: string): Promise<boolean> {
  const connection = await createConnection(url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test(String((rows as Array<{ version: string }>)[0]?.version));
  } finally {
    await connection.end();
  }
}

/** Chooses the database from the configuration: MySQL when a URL is set. */
export function databaseTarget(databaseUrl: string | undefined, dataDir: string): DatabaseTarget {
  if (databaseUrl)
    return { dialect: 'mysql', location: databaseUrl.replace(/^mariadb:/, 'mysql:') };
  return { dialect: 'sqlite', location: path.join(dataDir, 'support.sqlite') };
}

/** Connections in the MySQL writers' pool (TypeORM's `poolSize`, mysql2's `connectionLimit`). */
export const MYSQL_POOL_SIZE = 20;

/** Connections in the MySQL readers' pool (reads outside transactions). */
export const MYSQL_READER_POOL_SIZE = 10;

/** Longest wait for a free pooled connection before SERVICE_UNAVAILABLE (see boundPoolWaits). */
export const MYSQL_ACQUIRE_TIMEOUT_MS = 5000;

/** Longest wait for a new MySQL connection's handshake (mysql2's default is 10 s). */
const MYSQL_CONNECT_TIMEOUT_MS = 5000;

/**
 * Requests that may wait for a pooled connection at once; beyond it mysql2
 * refuses at once ("Queue limit reached", SERVICE_UNAVAILABLE) instead of
 * queueing without bound. mysql2's default, 0, means unbounded.
 */
const MYSQL_QUEUE_LIMIT = 1000;

/**
 * Options of a TypeORM data source for the target. `synchronize` is always
 * off: the schema only changes through migrations.
 */
export function dataSourceOptions(
  target: DatabaseTarget,
  role: 'writer' | 'reader' = 'writer',
): DataSourceOptions {
  if (target.dialect === 'mysql') {
    return {
      type: target.mariaDb ? 'mariadb' : 'mysql',
      url: target.location,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: true,
      poolSize: role === 'reader' ? MYSQL_READER_POOL_SIZE : MYSQL_POOL_SIZE,
      connectTimeout: MYSQL_CONNECT_TIMEOUT_MS,
      extra: { queueLimit: MYSQL_QUEUE_LIMIT },
      entities: ENTITIES,
      migrations: MYSQL_MIGRATIONS,
      synchronize: false,
      migrationsRun: false,
    };
  }
  fs.mkdirSync(path.dirname(target.location), { recursive: true });
  return {
    type: 'better-sqlite3',
    database: target.location,
    enableWAL: true,
    timeout: 5000,
    // Prepared statements kept (first in, first out). TypeORM writes numbers
    // into the text of many statements, so each change prepares a few new
    // ones; with the default 100 they push the steady ones out every few
    // changes, and preparing costs more than running most of them.
    statementCacheSize: 2000,
    entities: ENTITIES,
    migrations: SQLITE_MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
  };
}

/** A new, not yet initialised data source for the target (MariaDB detected on MySQL URLs). */
export async function createDataSource(
  target: DatabaseTarget,
  role: 'writer' | 'reader' = 'writer',
): Promise<DataSource> {
  const resolved =
    target.dialect === 'mysql' && target.mariaDb === undefined
      ? { ...target, mariaDb: await detectMariaDb(target.location) }
      : target;
  return new DataSource(dataSourceOptions(resolved, role));
}
