/**
 * The real-time benchmark (`npm run bench` at the repository root): 10,000
 * graphql-ws subscribers (agents on the queue, customers on their
 * organisation's list or a ticket's status page) while agents change 100
 * tickets a second over HTTP; against a bare `ws` broadcast of the same
 * messages; one server process and two over Redis; plus a replay of 1,000
 * missed events. Everything runs on loopback, started and stopped here.
 * Prints a table, writes artifacts/bench/realtime.json and a chart.
 *
 *   npm run bench -- [--quick] [--subscribers 10000] [--rate 100] [--seconds 30]
 *                    [--processes 1|2|1,2] [--db sqlite|mysql] [--workers 2]
 *                    [--agents N] [--organisations 200] [--tickets 10]
 *                    [--drain 30] [--replay 1000] [--no-baseline] [--profile]
 *                    [--name realtime-light]
 */
import fs from 'node:fs';
import path from 'node:path';
import { runBaseline } from './realtime-baseline';
import { chartSvg, renderPng } from './realtime-chart';
import { parseOptions, type BenchOptions } from './realtime-options';
import { resultDocument, table, verdictLines, verdicts } from './realtime-report';
import type { RunFigures } from './realtime-results';
import { runOurs } from './realtime-run';

/** The whole benchmark may not run longer than this; then it stops itself. */
const WATCHDOG_MS = 30 * 60_000;

const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', 'artifacts', 'bench');

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

async function measure(options: BenchOptions): Promise<RunFigures[]> {
  const runs: RunFigures[] = [];
  for (const processes of options.processes) {
    say(`\n== our server, ${options.db}, ${processes} process${processes > 1 ? 'es (Redis)' : ''}`);
    const output = await runOurs(options, processes);
    runs.push(output.figures);
    if (options.baseline && !runs.some((run) => run.kind === 'bare')) {
      say('\n== bare ws baseline (same events, same messages, same sockets)');
      runs.push(await runBaseline(options, output.events, output.samples));
    }
  }
  return runs;
}

async function write(options: BenchOptions, runs: RunFigures[]): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const json = JSON.stringify(resultDocument(options, runs), null, 2);
  const title = `Real-time benchmark, ${options.db}: ${options.subscribers} subscribers, ${options.rate} changes/s for ${options.seconds} s`;
  const svg = chartSvg(title, runs);
  const names = options.name ? [options.name] : ['realtime', `realtime-${options.db}`];
  for (const name of names) {
    fs.writeFileSync(path.join(ARTIFACTS, `${name}.json`), json);
    fs.writeFileSync(path.join(ARTIFACTS, `${name}.svg`), svg);
  }
  try {
    const png = path.join(ARTIFACTS, `${names[0]}.png`);
    if (await renderPng(path.join(ARTIFACTS, `${names[0]}.svg`), png)) {
      for (const name of names.slice(1)) fs.copyFileSync(png, path.join(ARTIFACTS, `${name}.png`));
    }
  } catch (error) {
    say(`no PNG: ${error instanceof Error ? error.message : String(error)}`);
  }
  const where = path.relative(process.cwd(), ARTIFACTS);
  say(`\nwrote ${names.map((name) => path.join(where, name)).join(', ')} (.json, .svg, .png)`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const watchdog = setTimeout(() => {
    say('benchmark exceeded its time limit; stopping');
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const runs = await measure(options);
  say(`\n${table(options, runs)}\n`);
  say(verdictLines(verdicts(runs)));
  for (const run of runs) {
    if (run.errors.length > 0)
      say(`\nfirst errors of ${run.label}:\n  ${run.errors.slice(0, 5).join('\n  ')}`);
    if (run.profile) say(`\nCPU profile of ${run.label}:\n  ${run.profile.join('\n  ')}`);
  }
  await write(options, runs);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
