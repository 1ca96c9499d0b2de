/**
 * The driver's side of the client workers: forks them, spreads the
 * subscribers over them and gathers their answers.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Histogram } from './realtime-histogram';
import type { EventRow, SubscriberSpec, Topic } from './realtime-plan';
import type {
  ClientMode,
  DriverMessage,
  OpenedMessage,
  ProgressMessage,
  ReportMessage,
  WorkerMessage,
} from './realtime-protocol';
import { spawnTracked, stopChild } from './realtime-servers';

/** Merged outcome of all workers. */
export interface ClientsReport {
  latency: Histogram;
  byTopic: Record<Topic, Histogram>;
  received: number;
  expected: number;
  lost: number;
  unexpected: number;
  duplicates: number;
  outOfOrder: number;
  ended: number;
  errors: string[];
  samples: Partial<Record<Topic, string>>;
}

const ANSWER_TIMEOUT_MS = 180_000;

/** A set of worker processes holding subscribers. */
export class ClientWorkers {
  private constructor(private readonly workers: ChildProcess[]) {}

  /** Forks `count` workers with their output in `logFile`. */
  static start(count: number, logFile: string): ClientWorkers {
    const script = path.join(__dirname, 'realtime-worker.js');
    const env = { PATH: process.env.PATH, NODE_ENV: 'production' };
    return new ClientWorkers(
      Array.from({ length: count }, () => spawnTracked(script, env, logFile)),
    );
  }

  get pids(): number[] {
    return this.workers.map((worker) => worker.pid as number);
  }

  private ask<T extends WorkerMessage>(
    worker: ChildProcess,
    message: DriverMessage,
    answer: T['type'],
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => done(new Error(`worker did not answer ${message.type}`)),
        ANSWER_TIMEOUT_MS,
      );
      const onMessage = (reply: WorkerMessage) => {
        if (reply.type === 'failed') done(new Error(reply.error));
        else if (reply.type === answer) done(null, reply as T);
      };
      const onExit = () => done(new Error(`worker exited during ${message.type}`));
      const done = (error: Error | null, reply?: T) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        if (error) reject(error);
        else resolve(reply as T);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.send(message);
    });
  }

  /** Opens the subscribers, subscriber i on worker i mod count; totals connected and failed. */
  async open(
    mode: ClientMode,
    urls: string[],
    specs: SubscriberSpec[],
    after: string,
  ): Promise<{ connected: number; failed: number; errors: string[] }> {
    const answers = await Promise.all(
      this.workers.map((worker, index) =>
        this.ask<OpenedMessage>(
          worker,
          {
            type: 'open',
            mode,
            urls,
            subscribers: specs.filter((spec) => spec.index % this.workers.length === index),
            after,
            concurrency: 50,
          },
          'opened',
        ),
      ),
    );
    return {
      connected: answers.reduce((sum, answer) => sum + answer.connected, 0),
      failed: answers.reduce((sum, answer) => sum + answer.failed, 0),
      errors: answers.flatMap((answer) => answer.errors),
    };
  }

  /** Tells every worker which events the log holds. */
  expect(events: EventRow[]): void {
    for (const worker of this.workers)
      worker.send({ type: 'expect', events } satisfies DriverMessage);
  }

  /** Deliveries received and still missing, over all workers. */
  async progress(): Promise<{ received: number; missing: number }> {
    const answers = await Promise.all(
      this.workers.map((worker) =>
        this.ask<ProgressMessage>(worker, { type: 'progress' }, 'progress'),
      ),
    );
    return {
      received: answers.reduce((sum, answer) => sum + answer.received, 0),
      missing: answers.reduce((sum, answer) => sum + answer.missing, 0),
    };
  }

  /**
   * Waits until every subscriber has what the log entitles it to, reading
   * the log again on every round (changes may still be committing), or
   * until `seconds` pass. Resolves with the log as last read, how long it
   * waited and how many deliveries are still missing.
   */
  async drain(
    readLog: () => Promise<EventRow[]>,
    seconds: number,
  ): Promise<{ events: EventRow[]; waitedMs: number; missing: number }> {
    const started = Date.now();
    let known = -1;
    for (;;) {
      const events = await readLog();
      if (events.length !== known) this.expect(events);
      const settled = events.length === known;
      known = events.length;
      const { missing } = await this.progress();
      const waitedMs = Date.now() - started;
      if ((missing === 0 && settled) || waitedMs > seconds * 1000) {
        return { events, waitedMs, missing };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Every worker's tally and latencies, merged. */
  async report(): Promise<ClientsReport> {
    const answers = await Promise.all(
      this.workers.map((worker) => this.ask<ReportMessage>(worker, { type: 'report' }, 'report')),
    );
    const merged: ClientsReport = {
      latency: new Histogram(),
      byTopic: { queue: new Histogram(), organisation: new Histogram(), ticket: new Histogram() },
      received: 0,
      expected: 0,
      lost: 0,
      unexpected: 0,
      duplicates: 0,
      outOfOrder: 0,
      ended: 0,
      errors: [],
      samples: {},
    };
    for (const answer of answers) {
      merged.latency.merge(answer.latency, answer.latencySumMs);
      for (const topic of Object.keys(merged.byTopic) as Topic[]) {
        merged.byTopic[topic].merge(answer.byTopic[topic]);
      }
      for (const key of [
        'received',
        'expected',
        'lost',
        'unexpected',
        'duplicates',
        'outOfOrder',
        'ended',
      ] as const) {
        merged[key] += answer[key];
      }
      merged.errors.push(...answer.errors);
      merged.samples = { ...answer.samples, ...merged.samples };
    }
    return merged;
  }

  /** Closes every socket and ends the workers. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker) => {
        await this.ask(worker, { type: 'close' }, 'closed').catch(() => undefined);
        await stopChild(worker, 5000);
      }),
    );
  }
}
