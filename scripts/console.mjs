/**
 * One entry point for newcomers who have only Node.js 20 and npm.
 *
 *   node scripts/console.mjs start    install, build, then run the server
 *   node scripts/console.mjs test [server jest args...]
 *                                     install, build, find Chromium, run every jest suite
 *
 * pnpm 10.34.9 is used from PATH when it is that exact version, otherwise
 * through `npx --yes pnpm@10.34.9` (corepack is not needed). Every child
 * command is echoed before it runs; the first non-zero exit code ends the
 * script with that code. The environment (PORT, DATA_DIR, DATABASE_URL, ...)
 * passes through untouched; the server migrates and seeds its own database.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.9';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['@support/shared', '@support/server', '@support/client'];
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const USAGE = `usage: node scripts/console.mjs start | test [server jest args...]`;

/** Thrown when a child command fails; `code` becomes our exit code. */
class CommandFailed extends Error {
  constructor(code) {
    super(`exit code ${code}`);
    this.code = code;
  }
}

/** A child's exit status as a shell reports it (128 + signal number when killed). */
const exitStatus = (code, signal) => code ?? 128 + (constants.signals[signal] ?? 1);

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Starts a command with inherited stdio after echoing it; resolves with its exit status. */
function launch(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  const status = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(exitStatus(code, signal)));
  });
  return { child, status };
}

/** Runs a command to completion; throws CommandFailed on a non-zero exit. */
async function run(command, args, options) {
  const status = await launch(command, args, options).status;
  if (status !== 0) throw new CommandFailed(status);
}

/** Runs one named step, announcing it and printing how long it took. */
async function step(name, action) {
  console.log(`\n==> ${name}`);
  const started = Date.now();
  try {
    await action();
  } finally {
    console.log(`<== ${name} (${seconds(started)})`);
  }
}

let pnpmCommandLine;

/** Runs pnpm: the one on PATH if it is exactly PNPM_VERSION, else through npx. */
function pnpm(...args) {
  if (!pnpmCommandLine) {
    const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
    const onPath = probe.status === 0 && probe.stdout.trim() === PNPM_VERSION;
    pnpmCommandLine = onPath ? ['pnpm'] : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
  }
  const [command, ...prefix] = pnpmCommandLine;
  return run(command, [...prefix, ...args]);
}

/** Installs dependencies (from the lockfile when there is one), then builds every package. */
async function installAndBuild() {
  const frozen = existsSync(join(ROOT, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  await step('install dependencies', () => pnpm('install', ...frozen));
  for (const name of PACKAGES) {
    await step(`build ${name}`, () => pnpm('--filter', name, 'run', 'build'));
  }
}

/** Returns the Chromium binary for the browser tests, installing Debian's with apt as root. */
async function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
  if (fromEnv) return fromEnv;
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `No Chromium at ${DEFAULT_CHROMIUM}. Install Debian's chromium ` +
        '(sudo apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await step('install chromium (apt)', async () => {
    await run('apt-get', ['update'], { env });
    await run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], { env });
  });
  return DEFAULT_CHROMIUM;
}

/** `start`: install, build, then run the server until it exits, forwarding signals. */
async function start() {
  await installAndBuild();
  console.log('\n==> server (Ctrl-C to stop)');
  const server = launch(process.execPath, ['server/dist/main.js']);
  // A terminal's Ctrl-C reaches the server directly (same process group), but
  // a SIGTERM from a process manager or `kill` reaches only us.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.child.kill(signal));
  const status = await server.status;
  if (status !== 0) throw new CommandFailed(status);
}

/** `test`: install, build, find Chromium, then jest in shared, client and server. */
async function test(serverJestArgs) {
  await installAndBuild();
  process.env.CHROMIUM_PATH = await ensureChromium();
  console.log(`\nCHROMIUM_PATH=${process.env.CHROMIUM_PATH}`);
  const jest = (name, ...args) =>
    step(`test ${name}`, () => pnpm('--filter', name, 'exec', 'jest', ...args));
  await jest('@support/shared');
  await jest('@support/client');
  await jest('@support/server', '--runInBand', ...serverJestArgs);
}

/** Dispatches the command line and turns failures into exit codes. */
async function main([command, ...rest]) {
  const commands = { start: () => start(), test: () => test(rest) };
  if (!commands[command]) {
    console.error(USAGE);
    process.exitCode = ['-h', '--help'].includes(command) ? 0 : 2;
    return;
  }
  const started = Date.now();
  try {
    await commands[command]();
    console.log(`\nconsole.mjs: ${command} finished in ${seconds(started)}`);
  } catch (error) {
    console.error(`\nconsole.mjs: ${command} failed after ${seconds(started)}: ${error.message}`);
    process.exitCode = error instanceof CommandFailed ? error.code : 1;
  }
}

await main(process.argv.slice(2));
