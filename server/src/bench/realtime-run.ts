/**
 * One configuration of our server: seeds a scratch database, starts one or
 * two server processes on it (Redis between two), opens the subscribers,
 * measures idle memory, drives the change load, waits for the deliveries,
 * checks them against the event log and times a replay.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../core/database/database';
import type { ClientsReport } from './realtime-clients';
import { ClientWorkers } from './realtime-clients';
import { driveChanges } from './realtime-load';
import {
  cpuBetween,
  cpuSnapshot,
  MB,
  round,
  serviceProcesses,
  sleep,
  summariseTopics,
  waitFor,
  type ProcessGroups,
} from './realtime-measure';
import type { BenchOptions } from './realtime-options';
import { cookieOf, planSubscribers, planWorld, type EventRow } from './realtime-plan';
import { collectGarbage } from './realtime-inspector';
import { rssBytes } from './realtime-proc';
import { monotonicMicros, summariseProfiles } from './realtime-profile';
import { measureReplay } from './realtime-replay';
import type { RunFigures } from './realtime-results';
import { createScratch } from './realtime-scratch';
import { eventsAfter, latestSequence, seedWorld } from './realtime-seed';
import { metric, startServer, type ServerChild } from './realtime-servers';

/** What the baseline reuses from our run: the same events and the same messages. */
export interface RunOutput {
  figures: RunFigures;
  events: EventRow[];
  samples: ClientsReport['samples'];
}

const SETTLE_MS = 5000;

function log(message: string): void {
  process.stdout.write(`  ${message}\n`);
}

async function sumMetric(servers: ServerChild[], name: string): Promise<number> {
  const values = await Promise.all(servers.map((server) => metric(server.url, name)));
  return values.reduce((sum, value) => sum + value, 0);
}

/** Resident and heap memory of the servers, after a full garbage collection. */
async function memory(servers: ServerChild[]) {
  await Promise.all(servers.map((server) => collectGarbage(server.log)));
  await sleep(500);
  return {
    rss: servers.reduce((sum, server) => sum + rssBytes(server.pid), 0),
    heap: await sumMetric(servers, 'support_console_nodejs_heap_size_used_bytes').catch(() => NaN),
  };
}

/** Sum and count of the servers' commit-to-publish lag histograms. */
async function eventLag(servers: ServerChild[]): Promise<{ sum: number; count: number }> {
  return {
    sum: await sumMetric(servers, 'support_console_event_lag_seconds_sum').catch(() => NaN),
    count: await sumMetric(servers, 'support_console_event_lag_seconds_count').catch(() => NaN),
  };
}

/** Runs our server with `processes` processes; resolves with its figures. */
export async function runOurs(options: BenchOptions, processes: number): Promise<RunOutput> {
  const loadAverage = os.loadavg().map((value) => round(value, 2));
  const label = `${options.db}-${processes}p`;
  const scratch = await createScratch(options.db, options.mysqlUrl, label.replace('-', '_'));
  const profileDir = options.profile ? path.join(scratch.dataDir, 'profiles') : undefined;
  if (profileDir) fs.mkdirSync(profileDir);
  const world = planWorld(options);
  const specs = planSubscribers(options, world, processes);
  const servers: ServerChild[] = [];
  let db: Database | null = null;
  let clients: ClientWorkers | null = null;
  try {
    db = await seedWorld(scratch, world);
    log(
      `seeded ${options.organisations} organisations, ${options.organisations * options.ticketsPerOrganisation} tickets`,
    );
    for (let index = 0; index < processes; index += 1) {
      servers.push(
        await startServer({
          dataDir: scratch.dataDir,
          databaseUrl: scratch.databaseUrl,
          redisUrl: processes > 1 ? options.redisUrl : undefined,
          profileDir,
          label: `server-${index}`,
        }),
      );
    }
    await sleep(2000);
    const before = await memory(servers);
    const cursor = await latestSequence(db);

    clients = ClientWorkers.start(options.workers, path.join(scratch.dataDir, 'workers.log'));
    const opening = Date.now();
    const wsUrls = servers.map((server) => `${server.url.replace('http', 'ws')}/graphql`);
    const opened = await clients.open('graphql', wsUrls, specs, String(cursor));
    const connectSeconds = (Date.now() - opening) / 1000;
    log(
      `${opened.connected} subscribers connected in ${connectSeconds.toFixed(1)} s (${opened.failed} failed)`,
    );
    const registered = await waitFor(
      async () =>
        (await sumMetric(servers, 'support_console_active_subscriptions')) >= opened.connected,
      60,
    );
    if (!registered) log('not every subscription was registered after 60 s');
    await sleep(SETTLE_MS);
    const idle = await memory(servers);

    const groups: ProcessGroups = {
      server: servers.map((server) => server.pid),
      clients: clients.pids,
      ...serviceProcesses(options.db, processes > 1),
    };
    const lagBefore = await eventLag(servers);
    const profileWindow = { from: monotonicMicros(), to: 0 };
    const cpuStart = cpuSnapshot(groups);
    const load = await driveChanges({
      urls: servers.map((server) => server.url),
      mutators: world.mutators,
      tickets: options.organisations * options.ticketsPerOrganisation,
      rate: options.rate,
      seconds: options.seconds,
      settleSeconds: options.drainSeconds,
    });
    const loadedRss = servers.reduce((sum, server) => sum + rssBytes(server.pid), 0);
    log(`${load.ok} changes committed, ${load.failed} failed, ${load.skipped} skipped`);

    const drained = await clients.drain(() => eventsAfter(db!, cursor), options.drainSeconds);
    const events = drained.events;
    const cpu = cpuBetween(cpuStart, cpuSnapshot(groups));
    log(`server CPU ${cpu.server} cores over the load and drain`);
    const report = await clients.report();
    const lagAfter = await eventLag(servers);
    profileWindow.to = monotonicMicros();
    const loaded = await memory(servers);
    log(
      `deliveries: ${report.received} of ${report.expected}, drained in ${(drained.waitedMs / 1000).toFixed(1)} s`,
    );

    const latest = await latestSequence(db);
    const replayAfter = Math.max(cursor, latest - options.replayEvents);
    const replay = await measureReplay(
      wsUrls[wsUrls.length - 1],
      cookieOf(world.watchers[0]),
      replayAfter,
      latest - replayAfter,
    );
    log(`replay of ${replay.events} missed events: ${replay.ms.toFixed(0)} ms`);

    await clients.close();
    clients = null;
    await Promise.all(servers.map((server) => server.stop()));
    const figures: RunFigures = {
      label: `ours ${options.db} ${processes}p`,
      kind: 'ours',
      db: options.db,
      processes,
      subscribers: {
        planned: specs.length,
        connected: opened.connected,
        failed: opened.failed,
        connectSeconds: round(connectSeconds),
      },
      load: {
        ...load,
        seconds: round(load.seconds, 2),
        response: load.response.count ? load.response.summary() : null,
        atToResponse: load.atToResponse.count ? load.atToResponse.summary() : null,
      },
      atToPublishMeanMs: round(
        (1000 * (lagAfter.sum - lagBefore.sum)) / Math.max(1, lagAfter.count - lagBefore.count),
        2,
      ),
      loadAverage,
      events: events.length,
      latency: report.latency.summary(),
      latencyByTopic: summariseTopics(report.byTopic),
      histogram: report.latency.data(),
      deliveries: {
        expected: report.expected,
        received: report.received,
        lost: report.lost,
        unexpected: report.unexpected,
        duplicates: report.duplicates,
        outOfOrder: report.outOfOrder,
        ended: report.ended,
      },
      drainMs: drained.waitedMs,
      memory: {
        rssBeforeMb: round(before.rss / MB),
        rssAfterMb: round(idle.rss / MB),
        perSubscriberKb: round((idle.rss - before.rss) / 1024 / Math.max(1, opened.connected), 2),
        heapBeforeMb: round(before.heap / MB),
        heapAfterMb: round(idle.heap / MB),
        heapPerSubscriberKb: round(
          (idle.heap - before.heap) / 1024 / Math.max(1, opened.connected),
          2,
        ),
        rssLoadedMb: round(loadedRss / MB),
        heapLoadedMb: round(loaded.heap / MB),
      },
      cpu,
      replay,
      errors: [...opened.errors, ...report.errors].slice(0, 20),
      profile: profileDir ? summariseProfiles(profileDir, profileWindow) : null,
    };
    return { figures, events, samples: report.samples };
  } finally {
    await clients?.close();
    await Promise.all(servers.map((server) => server.stop()));
    await db?.close();
    await scratch.drop();
  }
}
