import pino from 'pino';
import { startApp, type RunningApp } from '../../src/app';
import type { Clock } from '../../src/core/clock/clock';
import { loadConfig } from '../../src/core/config/config';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A console started for one test suite on its own empty database. */
export interface TestApp extends RunningApp {
  database: TestDatabase;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

/** Options of a test server. */
export interface TestAppOptions {
  /** Seed the demo data (default false: tests build their own fixtures). */
  seed?: boolean;
  clock?: Clock;
  /** Reuse a database (e.g. to restart a server on the same data). */
  database?: TestDatabase;
  /** Extra environment variables for the server's configuration. */
  env?: Record<string, string>;
}

/**
 * Suites make hundreds of logins and mutations from one loopback address in
 * seconds; the rate-limit suite sets real budgets through `env`.
 */
export const GENEROUS_LIMITS = {
  RATE_LIMIT_LOGIN_FAILURES: '1000',
  RATE_LIMIT_LOGINS_PER_ADDRESS: '100000',
  RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '100000',
  RATE_LIMIT_MUTATIONS_PER_ADDRESS: '100000',
};

/**
 * Starts the real server (HTTP + WebSocket on a free loopback port) against
 * a fresh database. Logs stay quiet unless TEST_LOG_LEVEL is set.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    SEED_DEMO_DATA: options.seed ? 'true' : 'false',
    CLIENT_DIST_DIR: process.env.CLIENT_DIST_DIR,
    ...GENEROUS_LIMITS,
    ...options.env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await startApp(config, { logger, clock: options.clock });
  return {
    ...app,
    database,
    async stop() {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
