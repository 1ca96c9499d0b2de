/**
 * The benchmark's printed table, its verdicts against the targets and the
 * JSON it writes.
 */
import os from 'node:os';
import type { BenchOptions } from './realtime-options';
import type { RunFigures } from './realtime-results';

/** Targets of issue 8. */
export const TARGETS = {
  p99Ms: 50,
  ratioToBare: 2,
  perSubscriberKb: 20,
  replayMs: 1000,
  twoProcessRatio: 1.5,
};

/** One target checked against one configuration. */
export interface Verdict {
  run: string;
  target: string;
  value: number;
  limit: number;
  met: boolean;
}

function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '-';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

/** Checks every target; the ratios need the baseline and the one-process run. */
export function verdicts(runs: RunFigures[]): Verdict[] {
  const bare = runs.find((run) => run.kind === 'bare');
  const one = runs.find((run) => run.kind === 'ours' && run.processes === 1);
  const list: Verdict[] = [];
  const check = (run: RunFigures, target: string, value: number, limit: number) =>
    list.push({
      run: run.label,
      target,
      value,
      limit,
      met: Number.isFinite(value) && value <= limit,
    });
  for (const run of runs.filter((r) => r.kind === 'ours')) {
    check(run, 'p99 latency (ms)', run.latency.p99, TARGETS.p99Ms);
    if (bare) check(run, 'p99 / bare p99', run.latency.p99 / bare.latency.p99, TARGETS.ratioToBare);
    check(run, 'KB per idle subscriber', run.memory.perSubscriberKb, TARGETS.perSubscriberKb);
    if (run.replay)
      check(run, `replay of ${run.replay.events} (ms)`, run.replay.ms, TARGETS.replayMs);
    if (one && run.processes === 2)
      check(run, 'p99 2 processes / 1', run.latency.p99 / one.latency.p99, TARGETS.twoProcessRatio);
    check(
      run,
      'missing + unexpected deliveries',
      run.deliveries.lost + run.deliveries.unexpected,
      0,
    );
  }
  return list;
}

/** The figures as a text table, one column per configuration. */
export function table(options: BenchOptions, runs: RunFigures[]): string {
  const rows: Array<[string, (run: RunFigures) => string]> = [
    [
      'subscribers connected',
      (r) =>
        `${r.subscribers.connected}/${r.subscribers.planned} in ${r.subscribers.connectSeconds}s`,
    ],
    ['changes ok / failed / skipped', (r) => `${r.load.ok} / ${r.load.failed} / ${r.load.skipped}`],
    ['changes committed per second', (r) => (r.load.ok / r.load.seconds).toFixed(1)],
    [
      'mutation round trip p50 / p99',
      (r) => (r.load.response ? `${ms(r.load.response.p50)} / ${ms(r.load.response.p99)}` : '-'),
    ],
    [
      'at > mutation response p50 / p99',
      (r) =>
        r.load.atToResponse
          ? `${ms(r.load.atToResponse.p50)} / ${ms(r.load.atToResponse.p99)}`
          : '-',
    ],
    ['at > publish on bus (mean)', (r) => ms(r.atToPublishMeanMs)],
    ['latency p50', (r) => ms(r.latency.p50)],
    ['latency p95', (r) => ms(r.latency.p95)],
    ['latency p99', (r) => ms(r.latency.p99)],
    ['latency max', (r) => ms(r.latency.max)],
    [
      'p99 queue / org list / status',
      (r) =>
        ['queue', 'organisation', 'ticket']
          .map((t) => ms(r.latencyByTopic[t as 'queue'].p99))
          .join(' / '),
    ],
    [
      'deliveries received / expected',
      (r) => `${r.deliveries.received} / ${r.deliveries.expected}`,
    ],
    [
      'lost / unexpected / dup / order',
      (r) =>
        `${r.deliveries.lost} / ${r.deliveries.unexpected} / ${r.deliveries.duplicates} / ${r.deliveries.outOfOrder}`,
    ],
    ['drain after load', (r) => ms(r.drainMs)],
    ['server CPU (cores)', (r) => String(r.cpu.server)],
    [
      'server CPU per delivery',
      (r) =>
        `${((1e6 * r.cpu.server * r.cpu.wallSeconds) / Math.max(1, r.deliveries.received)).toFixed(0)} µs`,
    ],
    ['clients / driver CPU', (r) => `${r.cpu.clients} / ${r.cpu.driver}`],
    ['db / redis / other work CPU', (r) => `${r.cpu.database} / ${r.cpu.redis} / ${r.cpu.others}`],
    ['load average at start', (r) => r.loadAverage.join(' ')],
    [
      'server RSS idle before > after',
      (r) => `${r.memory.rssBeforeMb} > ${r.memory.rssAfterMb} MB`,
    ],
    [
      'per idle subscriber: RSS / heap',
      (r) => `${r.memory.perSubscriberKb} / ${r.memory.heapPerSubscriberKb} KB`,
    ],
    [
      'server RSS / heap after load',
      (r) => `${r.memory.rssLoadedMb} / ${r.memory.heapLoadedMb} MB`,
    ],
    [
      'replay of missed events',
      (r) => (r.replay ? `${r.replay.events} in ${ms(r.replay.ms)}` : '-'),
    ],
  ];
  const width = 32;
  const column = 24;
  const header = ''.padEnd(width) + runs.map((run) => run.label.padEnd(column)).join('');
  const lines = rows.map(
    ([name, value]) => name.padEnd(width) + runs.map((run) => value(run).padEnd(column)).join(''),
  );
  const agents = options.agents;
  const customers = options.subscribers - agents;
  return [
    `Real-time benchmark: ${options.subscribers} subscribers (${agents} agents on the queue, ${customers} customers ` +
      `of ${options.organisations} organisations on their list or a status page), ${options.rate} changes/s for ${options.seconds} s`,
    header,
    ...lines,
  ].join('\n');
}

/** The verdicts as lines. */
export function verdictLines(list: Verdict[]): string {
  return list
    .map(
      (v) =>
        `${v.met ? 'met   ' : 'MISSED'}  ${v.run.padEnd(16)} ${v.target.padEnd(30)} ${v.value.toFixed(2)} (limit ${v.limit})`,
    )
    .join('\n');
}

/** The JSON document written to artifacts/bench. */
export function resultDocument(options: BenchOptions, runs: RunFigures[]) {
  return {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    options: { ...options, mysqlUrl: options.db === 'mysql' ? options.mysqlUrl : undefined },
    latencyDefinition:
      "from the event's `at` (taken in the change's transaction, before its writes; ms precision) to the arrival at the client, both read on this machine's clock",
    targets: TARGETS,
    verdicts: verdicts(runs),
    runs,
  };
}
