import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

/** A database made for one test suite, and how to remove it. */
export interface TestDatabase {
  /** DATABASE_URL for the server, or undefined for SQLite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  drop(): Promise<void>;
}

let counter = 0;

/**
 * A fresh, empty database: SQLite in a temporary folder by default, or,
 * when DATABASE_URL points at MySQL/MariaDB, a new database named after
 * that URL's database with a unique suffix (CI drops them by prefix).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-test-'));
  const base = process.env.DATABASE_URL;
  if (!base) {
    return {
      databaseUrl: undefined,
      dataDir,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const url = new URL(base);
  const prefix = url.pathname.replace(/^\//, '') || 'sc_test';
  counter += 1;
  const name = `${prefix}_${process.pid}_${counter}_${Date.now() % 100000}`;
  url.pathname = '/';
  const admin = await createConnection(url.toString());
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir,
    async drop() {
      url.pathname = '/';
      const connection = await createConnection(url.toString());
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
