import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { freePort } from '../../support/server-process';
import type { TestDatabase } from '../../support/test-database';

const SEARCH_PATH = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin'];

/** The first of `names` found on PATH or in the sbin folders. */
function findProgram(...names: string[]): string {
  for (const name of names) {
    for (const folder of SEARCH_PATH) {
      const candidate = path.join(folder, name);
      if (folder && fs.existsSync(candidate)) return candidate;
    }
  }
  throw new Error(`none of ${names.join(', ')} is installed (the MariaDB server package)`);
}

const live = new Set<ChildProcess>();

// A failed test must not leave a database server behind when jest exits.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * A MariaDB server of our own, for tests that kill and restart the
 * database: a fresh data folder under the system's temporary folder, its
 * own port on 127.0.0.1 and its own socket, root without a password. It
 * never touches the machine's shared MariaDB; `stop()` removes everything.
 */
export class PrivateMariaDb {
  private process: ChildProcess | null = null;

  private constructor(
    private readonly folder: string,
    readonly port: number,
  ) {}

  /** Installs the system tables (about 2 s) and starts the server. */
  static async start(): Promise<PrivateMariaDb> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-mariadb-'));
    const install = spawnSync(
      findProgram('mariadb-install-db', 'mysql_install_db'),
      [
        '--no-defaults',
        `--datadir=${path.join(folder, 'data')}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...asRoot(),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    if (install.status !== 0) {
      fs.rmSync(folder, { recursive: true, force: true });
      throw new Error(`mariadb-install-db failed: ${install.stderr || install.stdout}`);
    }
    const server = new PrivateMariaDb(folder, await freePort());
    await server.launch();
    return server;
  }

  /** mysql:// URL of a database on this server. */
  url(database = ''): string {
    return `mysql://root@127.0.0.1:${this.port}/${database}`;
  }

  /** An empty utf8mb4 database for the app, dropped with the server. */
  async createDatabase(name: string): Promise<TestDatabase> {
    const admin = await createConnection(this.url());
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await admin.end();
    const dataDir = fs.mkdtempSync(path.join(this.folder, 'app-'));
    return { databaseUrl: this.url(name), dataDir, drop: async () => undefined };
  }

  /** Kills the server as a crash would (SIGKILL) and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child) return;
    this.process = null;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }

  /** Starts the server again on the same data, port and socket. */
  async restart(): Promise<void> {
    await this.launch();
  }

  /** Kills the server and deletes its folder. */
  async stop(): Promise<void> {
    await this.kill();
    fs.rmSync(this.folder, { recursive: true, force: true });
  }

  private async launch(timeoutMs = 30_000): Promise<void> {
    const child = spawn(
      findProgram('mariadbd', 'mysqld'),
      [
        '--no-defaults',
        `--datadir=${path.join(this.folder, 'data')}`,
        `--port=${this.port}`,
        `--socket=${path.join(this.folder, 'mariadbd.sock')}`,
        `--pid-file=${path.join(this.folder, 'mariadbd.pid')}`,
        `--log-error=${path.join(this.folder, 'error.log')}`,
        '--bind-address=127.0.0.1',
        '--skip-name-resolve',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
        ...asRoot(),
      ],
      { stdio: 'ignore' },
    );
    live.add(child);
    child.once('exit', () => live.delete(child));
    this.process = child;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const connection = await createConnection({
          host: '127.0.0.1',
          port: this.port,
          user: 'root',
          connectTimeout: 1000,
        });
        await connection.end();
        return;
      } catch (error) {
        if (child.exitCode !== null || Date.now() > deadline) {
          await this.kill();
          throw new Error(`private MariaDB did not start: ${String(error)}\n${this.errorLog()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  private errorLog(): string {
    const file = path.join(this.folder, 'error.log');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').slice(-2000) : '';
  }
}

/** mariadbd refuses to run as root unless told to. */
function asRoot(): string[] {
  return process.getuid?.() === 0 ? ['--user=root'] : [];
}
