/**
 * Command-line options of the real-time benchmark (`npm run bench -- ...`).
 * Every target is a loopback address: the options refuse anything else.
 */

/** Which database the servers share. */
export type BenchDb = 'sqlite' | 'mysql';

/** What one invocation measures. */
export interface BenchOptions {
  /** WebSocket subscribers in all (one subscription each). Default 10,000; quick 1,000. */
  subscribers: number;
  /** Of those, agents on `queueEvents`. Default 5% (500). The rest are customers. */
  agents: number;
  /** Customer organisations. Default 200; quick 50. */
  organisations: number;
  /** Tickets per organisation; each gets changes in turn. Default 10. */
  ticketsPerOrganisation: number;
  /** Ticket changes (HTTP mutations) per second. Default 100. */
  rate: number;
  /** Length of the change load. Default 30 s; quick 10 s. */
  seconds: number;
  /** Server process counts to run, in order. Default 1 then 2 (Redis between them). */
  processes: number[];
  db: BenchDb;
  /** Client worker processes that hold the subscribers. Default 2. */
  workers: number;
  /** Longest wait after the load for late deliveries; later ones count as lost. Default 30 s. */
  drainSeconds: number;
  /** Missed events replayed after a reconnect. Default 1,000. */
  replayEvents: number;
  /** Run the bare `ws` baseline too. Default on (`--no-baseline` skips it). */
  baseline: boolean;
  /** Write a V8 CPU profile of every server child and summarise it. Default off. */
  profile: boolean;
  /** MySQL/MariaDB server for `--db mysql`; a scratch database is created there. */
  mysqlUrl: string;
  /** Redis for two processes. */
  redisUrl: string;
  /**
   * Name of the artifacts (`<name>.json`, `.svg`, `.png`). Default: both
   * `realtime` (the latest run) and `realtime-<db>`.
   */
  name: string | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function loopbackUrl(name: string, raw: string): string {
  const url = new URL(raw);
  if (!LOOPBACK.has(url.hostname)) {
    throw new Error(`${name} must point at this machine (127.0.0.1), not ${url.hostname}`);
  }
  return raw;
}

function artifactName(raw: string): string {
  if (!/^[\w-]+$/.test(raw)) throw new Error('--name expects letters, digits, - or _');
  return raw;
}

function positive(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} expects a positive number`);
  return value;
}

/**
 * Reads `argv` (without node and script). Throws on an unknown option or a
 * bad value. `--quick` sets the smoke-run defaults; explicit options win.
 */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const given = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (['quick', 'profile', 'no-baseline'].includes(name)) flags.add(name);
    else if (inline !== undefined) given.set(name, inline);
    else given.set(name, argv[(index += 1)] ?? '');
  }
  const known = ['subscribers', 'agents', 'organisations', 'tickets', 'rate', 'seconds'];
  known.push('processes', 'db', 'workers', 'drain', 'replay', 'name');
  for (const name of given.keys()) if (!known.includes(name)) throw new Error(`unknown --${name}`);

  const quick = flags.has('quick');
  const number = (name: string, fallback: number) =>
    given.has(name) ? positive(name, given.get(name)) : fallback;
  const subscribers = Math.round(number('subscribers', quick ? 1000 : 10_000));
  const db = (given.get('db') ?? 'sqlite') as BenchDb;
  if (db !== 'sqlite' && db !== 'mysql') throw new Error('--db expects sqlite or mysql');
  const processes = (given.get('processes') ?? '1,2')
    .split(',')
    .map((p) => positive('processes', p));
  if (processes.some((count) => count !== 1 && count !== 2)) {
    throw new Error('--processes expects 1, 2 or 1,2');
  }
  return {
    subscribers,
    agents: Math.round(number('agents', Math.max(1, Math.round(subscribers * 0.05)))),
    organisations: Math.round(number('organisations', quick ? 50 : 200)),
    ticketsPerOrganisation: Math.round(number('tickets', 10)),
    rate: number('rate', 100),
    seconds: number('seconds', quick ? 10 : 30),
    processes,
    db,
    workers: Math.round(number('workers', 2)),
    drainSeconds: number('drain', 30),
    replayEvents: Math.round(number('replay', 1000)),
    baseline: !flags.has('no-baseline'),
    profile: flags.has('profile'),
    mysqlUrl: loopbackUrl(
      'DATABASE_URL',
      process.env.DATABASE_URL || 'mysql://root@127.0.0.1:3306',
    ),
    redisUrl: loopbackUrl('REDIS_URL', process.env.REDIS_URL || 'redis://127.0.0.1:6379'),
    name: given.has('name') ? artifactName(given.get('name') ?? '') : undefined,
  };
}
