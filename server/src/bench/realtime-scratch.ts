/**
 * A scratch database for one benchmark configuration: a SQLite file in a
 * temporary folder, or a new database on the local MySQL/MariaDB server.
 * `drop()` removes it (and the folder) again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { BenchDb } from './realtime-options';

/** Where the servers of one configuration keep their data. */
export interface Scratch {
  /** DATA_DIR of the servers (attachments, mail, the SQLite file). */
  dataDir: string;
  /** DATABASE_URL of the servers; undefined for SQLite. */
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

/** Creates the scratch folder and, on MySQL, a database named after the time. */
export async function createScratch(
  db: BenchDb,
  mysqlUrl: string,
  label: string,
): Promise<Scratch> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-realtime-${label}-`));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (db === 'sqlite') return { dataDir, databaseUrl: undefined, drop: async () => removeDir() };

  const server = new URL(mysqlUrl);
  server.pathname = '/';
  const name = `bench_realtime_${label}_${Date.now()}`;
  const admin = await createConnection(server.toString());
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    dataDir,
    databaseUrl: `${server.toString().replace(/\/$/, '')}/${name}`,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
      removeDir();
    },
  };
}
