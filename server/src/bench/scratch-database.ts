import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

/** A database a benchmark makes for itself and removes afterwards. */
export interface ScratchDatabase {
  /** DATABASE_URL for the app; undefined means SQLite in dataDir. */
  url: string | undefined;
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * SQLite in a temporary folder, or, when DATABASE_URL names a MySQL or
 * MariaDB server, a new utf8mb4 database on it called `<prefix>_<time>`.
 */
export async function scratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  const base = process.env.DATABASE_URL;
  if (!base) return { url: undefined, dataDir, drop: async () => removeDir() };
  const server = new URL(base);
  server.pathname = '/';
  const name = `${prefix}_${Date.now()}`;
  const admin = await createConnection(server.toString());
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    url: `${server.toString().replace(/\/$/, '')}/${name}`,
    dataDir,
    async drop() {
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
      removeDir();
    },
  };
}
