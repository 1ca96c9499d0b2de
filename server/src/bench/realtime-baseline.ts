/**
 * The practical limit on this machine: the bare `ws` server child sends the
 * same events, as the same messages, to the same number of sockets at the
 * moments our server committed them, and the same client workers time and
 * check them.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ClientWorkers } from './realtime-clients';
import {
  cpuBetween,
  cpuSnapshot,
  MB,
  round,
  sleep,
  summariseTopics,
  waitFor,
} from './realtime-measure';
import type { BenchOptions } from './realtime-options';
import { planSubscribers, planWorld, type EventRow, type Topic } from './realtime-plan';
import { collectGarbage, INSPECT_FLAG } from './realtime-inspector';
import { rssBytes } from './realtime-proc';
import type { RunFigures } from './realtime-results';
import { spawnTracked, stopChild } from './realtime-servers';

/** Used when our run sent no message of a topic (a tiny run). */
const FALLBACK =
  '{"id":"1","type":"next","payload":{"data":{"FIELD":{"sequence":"1","kind":"ASSIGNED","at":"x"}}}}';
const FIELDS: Record<Topic, string> = {
  queue: 'queueEvents',
  organisation: 'organisationTicketEvents',
  ticket: 'ticketEvents',
};

function ask<T>(child: ChildProcess, message: object, answer: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (reply: { type: string }) => {
      if (reply.type !== answer) return;
      child.off('message', listener);
      resolve(reply as T);
    };
    child.on('message', listener);
    child.send(message);
  });
}

/** Runs the baseline with our run's events and message samples. */
export async function runBaseline(
  options: BenchOptions,
  events: EventRow[],
  samples: Partial<Record<Topic, string>>,
): Promise<RunFigures> {
  const loadAverage = os.loadavg().map((value) => round(value, 2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-realtime-bare-'));
  const specs = planSubscribers(options, planWorld(options), 1);
  const log = path.join(dir, 'bare.log');
  const script = path.join(__dirname, 'realtime-bare-server.js');
  const child = spawnTracked(script, { PATH: process.env.PATH }, log, [INSPECT_FLAG]);
  let clients: ClientWorkers | null = null;
  try {
    const { port } = await new Promise<{ port: number }>((resolve) =>
      child.once('message', (message) => resolve(message as { port: number })),
    );
    const pid = child.pid as number;
    await sleep(1000);
    await collectGarbage(log);
    const rssBefore = rssBytes(pid);
    clients = ClientWorkers.start(options.workers, path.join(dir, 'workers.log'));
    const opening = Date.now();
    const opened = await clients.open('bare', [`ws://127.0.0.1:${port}`], specs, '0');
    const connectSeconds = (Date.now() - opening) / 1000;
    await waitFor(
      async () =>
        (await ask<{ sockets: number }>(child, { type: 'count' }, 'count')).sockets >=
        opened.connected,
      30,
    );
    await sleep(5000);
    await collectGarbage(log);
    await sleep(500);
    const rssAfter = rssBytes(pid);

    const templates = Object.fromEntries(
      (Object.keys(FIELDS) as Topic[]).map((topic) => [
        topic,
        samples[topic] ?? FALLBACK.replace('FIELD', FIELDS[topic]),
      ]),
    );
    child.send({ type: 'templates', templates });
    const groups = {
      server: [pid],
      clients: clients.pids,
      database: [],
      redis: [],
      driver: [process.pid],
    };
    const cpuStart = cpuSnapshot(groups);
    const start = performance.now();
    // Our run's events at the moments they were committed there, so both
    // deliver the same messages at the same rate.
    const count = events.length;
    const first = events[0]?.atMs ?? 0;
    let offset = 0;
    for (let index = 0; index < count; index += 1) {
      offset = Math.max(offset, events[index].atMs - first);
      const wait = start + offset - performance.now();
      if (wait > 0) await sleep(wait);
      child.send({ type: 'event', event: events[index], at: new Date().toISOString() });
    }
    const seconds = (performance.now() - start) / 1000;
    const rssLoaded = rssBytes(pid);
    const sent = events.slice(0, count);
    const drained = await clients.drain(async () => sent, options.drainSeconds);
    const cpu = cpuBetween(cpuStart, cpuSnapshot(groups));
    const report = await clients.report();
    process.stdout.write(
      `  baseline: ${report.received} of ${report.expected} deliveries, server CPU ${cpu.server} cores\n`,
    );
    return {
      label: 'bare ws',
      kind: 'bare',
      db: '-',
      processes: 1,
      subscribers: {
        planned: specs.length,
        connected: opened.connected,
        failed: opened.failed,
        connectSeconds: round(connectSeconds),
      },
      load: {
        seconds: round(seconds, 2),
        sent: count,
        ok: count,
        failed: 0,
        skipped: 0,
        errors: {},
        response: null,
        atToResponse: null,
      },
      atToPublishMeanMs: NaN,
      loadAverage,
      events: count,
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
        rssBeforeMb: round(rssBefore / MB),
        rssAfterMb: round(rssAfter / MB),
        perSubscriberKb: round((rssAfter - rssBefore) / 1024 / Math.max(1, opened.connected), 2),
        heapBeforeMb: NaN,
        heapAfterMb: NaN,
        heapPerSubscriberKb: NaN,
        rssLoadedMb: round(rssLoaded / MB),
        heapLoadedMb: NaN,
      },
      cpu,
      replay: null,
      errors: [...opened.errors, ...report.errors].slice(0, 20),
      profile: null,
    };
  } finally {
    await clients?.close();
    await stopChild(child, 5000);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
