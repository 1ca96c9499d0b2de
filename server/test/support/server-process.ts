import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { GENEROUS_LIMITS } from './test-app';
import type { TestDatabase } from './test-database';

/** The built server; `npm test` builds it before jest runs. */
export const SERVER_MAIN = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

/** How a server process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Options of a server process. */
export interface ServerProcessOptions {
  /** The database to serve (made with createTestDatabase or by hand). */
  database: TestDatabase;
  /** Port to listen on; default a free one. Pass the old port to restart "in place". */
  port?: number;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** How long the process may take to answer /healthz. Default 20 s. */
  readyTimeoutMs?: number;
}

const running = new Set<ChildProcess>();

// A test that fails halfway must not leave servers behind when jest exits.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A free TCP port on the loopback interface (free when asked; the OS may reuse it). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The real server (`node dist/main.js`) as a child process on loopback, for
 * tests that kill it, signal it or restart it. Its environment is only what
 * is set here (no REDIS_URL, SMTP_URL, ... from the test's own
 * environment): PORT, HOST, DATA_DIR, DATABASE_URL, NODE_ENV=test,
 * SEED_DEMO_DATA=false, LOG_LEVEL=warn (TEST_LOG_LEVEL overrides it) and
 * generous rate limits. Its output is kept for failure messages.
 */
export class ServerProcess {
  private readonly chunks: string[] = [];
  /** Resolves when the process has ended, however it ended. */
  readonly exited: Promise<ProcessExit>;
  private ended = false;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    running.add(child);
    const keep = (chunk: Buffer) => this.chunks.push(chunk.toString('utf8'));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.ended = true;
        running.delete(child);
        resolve({ code, signal });
      });
    });
  }

  /** Starts the server and resolves once /healthz answers; throws with its output otherwise. */
  static async start(options: ServerProcessOptions): Promise<ServerProcess> {
    if (!fs.existsSync(SERVER_MAIN)) {
      throw new Error(`${SERVER_MAIN} is missing: build the server first (npm test does).`);
    }
    const port = options.port ?? (await freePort());
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: options.database.dataDir,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      ...GENEROUS_LIMITS,
      ...(options.database.databaseUrl ? { DATABASE_URL: options.database.databaseUrl } : {}),
      ...options.env,
    };
    const child = spawn(process.execPath, [SERVER_MAIN], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, port);
    await server.waitUntilReady(options.readyTimeoutMs ?? 20_000);
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Everything the process printed so far. */
  output(): string {
    return this.chunks.join('');
  }

  /** Sends a signal (SIGKILL for a crash, SIGTERM for a graceful stop). */
  kill(signal: NodeJS.Signals): void {
    if (!this.ended) this.child.kill(signal);
  }

  /** Waits for the exit; fails with the output when it takes longer than timeoutMs. */
  async waitForExit(timeoutMs: number): Promise<ProcessExit> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`server did not exit within ${timeoutMs} ms:\n${this.output()}`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills the process if it still runs and waits for it to end. */
  async stop(): Promise<void> {
    this.kill('SIGKILL');
    await this.exited;
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.ended) {
        const { code, signal } = await this.exited;
        throw new Error(`server exited (${code ?? signal}) while starting:\n${this.output()}`);
      }
      try {
        const response = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.stop();
    throw new Error(`server not ready within ${timeoutMs} ms:\n${this.output()}`);
  }
}
