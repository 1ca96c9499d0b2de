import path from 'node:path';
import { rateLimitPolicy, type RateLimitPolicy } from '../security/limits';

/** How the process runs; `production` masks errors and turns off introspection. */
export type NodeEnv = 'development' | 'production' | 'test';

/** Validated configuration, read once from the environment at start. */
export interface AppConfig {
  /** The one HTTP port for SPA, GraphQL over HTTP and WebSocket. Default 4000; 0 picks a free one. */
  port: number;
  /** Host to bind. Default 0.0.0.0 (all interfaces). */
  host: string;
  /** Folder of the embedded database, outgoing mail and attachments. Default ./data. */
  dataDir: string;
  /** `mysql://user:pass@host:3306/db`; unset means SQLite in dataDir. */
  databaseUrl: string | undefined;
  /** Redis for pub/sub across processes; unset means in-process. */
  redisUrl: string | undefined;
  /** Outgoing mail server; unset means .eml files in dataDir. */
  smtpUrl: string | undefined;
  /** From header of outgoing mail. Default `Support Console <support@example.com>`. */
  mailFrom: string;
  /**
   * Address of the console as people reach it, for links in emails (ticket
   * pages, survey). Default `http://localhost:${PORT}`; no trailing slash.
   */
  publicUrl: string;
  /** Largest attachment in bytes (ATTACHMENT_MAX_BYTES). Default 10 MiB. */
  attachmentMaxBytes: number;
  /** Attachments per ticket (ATTACHMENT_MAX_PER_TICKET). Default 20. */
  attachmentMaxPerTicket: number;
  nodeEnv: NodeEnv;
  /** pino level. Default info. */
  logLevel: string;
  /** Lifetime of a browser session in hours. Default 336 (14 days). */
  sessionTtlHours: number;
  /** Seed demo data into an empty database. Default: on unless production. */
  seedDemoData: boolean;
  /** Built SPA to serve; unset or missing means API only. */
  clientDistDir: string;
  /**
   * Other origins allowed to call the API from a browser (CORS) and to open
   * WebSockets, e.g. `https://tools.example.com`. Default none: same origin only.
   */
  allowedOrigins: string[];
  /** Rate limits (see SECURITY.md); each from its RATE_LIMIT_* variable. */
  rateLimits: RateLimitPolicy;
}

/** A configuration value that cannot be used; the process refuses to start. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(name, `expected an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

function nodeEnv(raw: string | undefined): NodeEnv {
  if (raw === undefined || raw === '') return 'development';
  if (raw === 'development' || raw === 'production' || raw === 'test') return raw;
  throw new ConfigError('NODE_ENV', `expected development, production or test, got "${raw}"`);
}

function publicUrl(raw: string | undefined, port: number): string {
  if (raw === undefined || raw === '') return `http://localhost:${port}`;
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(raw)) {
    throw new ConfigError('PUBLIC_URL', 'expected an http:// or https:// URL');
  }
  return raw.replace(/\/+$/, '');
}

function databaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^(mysql|mariadb):\/\//.test(raw)) {
    throw new ConfigError('DATABASE_URL', 'expected a mysql:// or mariadb:// URL');
  }
  return raw;
}

/**
 * Reads and validates the configuration. Throws ConfigError naming the
 * variable when a value is unusable, so a bad setting stops the start.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = nodeEnv(env.NODE_ENV);
  const seed = env.SEED_DEMO_DATA;
  return {
    port: integer(env, 'PORT', 4000, 0),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    redisUrl: env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Support Console <support@example.com>',
    publicUrl: publicUrl(env.PUBLIC_URL, integer(env, 'PORT', 4000, 0)),
    attachmentMaxBytes: integer(env, 'ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1),
    attachmentMaxPerTicket: integer(env, 'ATTACHMENT_MAX_PER_TICKET', 20, 1),
    nodeEnv: mode,
    logLevel: env.LOG_LEVEL || 'info',
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 336, 1),
    seedDemoData: seed === undefined || seed === '' ? mode !== 'production' : seed === 'true',
    rateLimits: rateLimitPolicy({
      loginFailuresPerAccount: integer(env, 'RATE_LIMIT_LOGIN_FAILURES', 10, 1),
      loginsPerAddress: integer(env, 'RATE_LIMIT_LOGINS_PER_ADDRESS', 300, 1),
      mutationsPerAccount: integer(env, 'RATE_LIMIT_MUTATIONS_PER_ACCOUNT', 300, 1),
      mutationsPerAddress: integer(env, 'RATE_LIMIT_MUTATIONS_PER_ADDRESS', 600, 1),
    }),
    allowedOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    clientDistDir: path.resolve(
      env.CLIENT_DIST_DIR || path.join(__dirname, '..', '..', '..', '..', 'client', 'dist'),
    ),
  };
}
