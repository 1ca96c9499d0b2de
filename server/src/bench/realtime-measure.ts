/**
 * Measuring helpers shared by our run and the baseline: CPU over a window,
 * summaries of histograms, waiting for a condition with a limit.
 */
import os from 'node:os';
import { Histogram, type LatencySummary } from './realtime-histogram';
import type { Topic } from './realtime-plan';
import { machineBusySeconds, pidsNamed, totalCpuSeconds } from './realtime-proc';
import type { CpuFigures } from './realtime-results';

/** Which processes count as what. */
export interface ProcessGroups {
  server: number[];
  clients: number[];
  database: number[];
  redis: number[];
  /** This process: it sends the changes (or the baseline's events). */
  driver: number[];
}

/** CPU seconds of each group at one instant. */
export interface CpuSnapshot {
  at: number;
  seconds: Record<keyof ProcessGroups, number>;
  /** Every process on the machine, ours or not. */
  machine: number;
}

/** The local database and Redis servers, by command name (only read, never touched). */
export function serviceProcesses(
  db: string,
  redis: boolean,
): Pick<ProcessGroups, 'database' | 'redis' | 'driver'> {
  return {
    database: db === 'mysql' ? pidsNamed(['mariadbd', 'mysqld']) : [],
    redis: redis ? pidsNamed(['redis-server']) : [],
    driver: [process.pid],
  };
}

export function cpuSnapshot(groups: ProcessGroups): CpuSnapshot {
  return {
    at: Date.now(),
    seconds: {
      server: totalCpuSeconds(groups.server),
      clients: totalCpuSeconds(groups.clients),
      database: totalCpuSeconds(groups.database),
      redis: totalCpuSeconds(groups.redis),
      driver: totalCpuSeconds(groups.driver),
    },
    machine: machineBusySeconds(),
  };
}

/** Cores used by each group between two snapshots. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuFigures {
  const wall = Math.max(0.001, (after.at - before.at) / 1000);
  const cores = (key: keyof ProcessGroups) =>
    round((after.seconds[key] - before.seconds[key]) / wall, 2);
  const ours = (Object.keys(before.seconds) as Array<keyof ProcessGroups>).reduce(
    (sum, key) => sum + after.seconds[key] - before.seconds[key],
    0,
  );
  return {
    server: cores('server'),
    clients: cores('clients'),
    database: cores('database'),
    redis: cores('redis'),
    driver: cores('driver'),
    others: round(Math.max(0, after.machine - before.machine - ours) / wall, 2),
    wallSeconds: round(wall, 2),
    machineCores: os.cpus().length,
  };
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Latency summaries per topic. */
export function summariseTopics(byTopic: Record<Topic, Histogram>): Record<Topic, LatencySummary> {
  return {
    queue: byTopic.queue.summary(),
    organisation: byTopic.organisation.summary(),
    ticket: byTopic.ticket.summary(),
  };
}

/** Polls `check` every 250 ms until it is true or `seconds` pass; resolves with the outcome. */
export async function waitFor(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(250);
  }
  return false;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export const MB = 1024 * 1024;
