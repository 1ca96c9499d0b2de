/**
 * Server processes of the benchmark: `node server/dist/main.js` children on
 * loopback ports, with their output in a log file. Every child is killed
 * when the benchmark exits, however it exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { INSPECT_FLAG } from './realtime-inspector';

/** A running child and how to reach it. */
export interface ServerChild {
  pid: number;
  url: string;
  log: string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const children = new Set<ChildProcess>();

function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
}
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function stopper(child: ChildProcess) {
  return (graceMs = 15_000) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/**
 * Starts a Node script as a child with its output in `logFile`. Tracked so
 * that it is killed on exit. `nodeArgs` go before the script (profiling).
 */
export function spawnTracked(
  script: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  nodeArgs: string[] = [],
): ChildProcess {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env,
    stdio: ['ignore', out, out, 'ipc'],
  });
  fs.closeSync(out);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function waitHealthy(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
  throw new Error(`server ${url} did not become healthy:\n${tail}`);
}

/** What a server child is started with. */
export interface ServerSpec {
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Folder for a V8 CPU profile, when profiling. */
  profileDir?: string;
  label: string;
}

/** Starts `node server/dist/main.js` on a free loopback port; resolves once /healthz answers. */
export async function startServer(spec: ServerSpec): Promise<ServerChild> {
  const port = await freePort();
  const log = path.join(spec.dataDir, `${spec.label}.log`);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: spec.dataDir,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_LOGIN_FAILURES: '1000000',
    RATE_LIMIT_LOGINS_PER_ADDRESS: '1000000',
    RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '1000000',
    RATE_LIMIT_MUTATIONS_PER_ADDRESS: '1000000',
    ...(spec.databaseUrl ? { DATABASE_URL: spec.databaseUrl } : {}),
    ...(spec.redisUrl ? { REDIS_URL: spec.redisUrl } : {}),
  };
  const profiling = spec.profileDir
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${spec.profileDir}`,
        `--cpu-prof-name=${spec.label}.cpuprofile`,
      ]
    : [];
  const nodeArgs = [INSPECT_FLAG, ...profiling];
  const child = spawnTracked(path.join(__dirname, '..', 'main.js'), env, log, nodeArgs);
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, log);
  return { pid: child.pid as number, url, log, stop: stopper(child) };
}

/** Stops a tracked child that is not a server (baseline, workers). */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return stopper(child)(graceMs);
}

/** A gauge of the server's /metrics (Prometheus text), or NaN when absent. */
export async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'm').exec(text);
  return match ? Number(match[1]) : NaN;
}
