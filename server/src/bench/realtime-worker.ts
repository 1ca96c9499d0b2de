/**
 * A client worker process of the real-time benchmark (forked by the
 * driver). It opens its share of the subscribers, as real graphql-ws
 * clients or, against the baseline, as plain `ws` sockets; times each
 * delivery from the event's `at` to its arrival here; and answers the
 * driver's progress and report requests (realtime-protocol.ts).
 */
import { performance } from 'node:perf_hooks';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { Histogram } from './realtime-histogram';
import { FIELD, SUBSCRIPTION, type SubscriberSpec, type Topic } from './realtime-plan';
import type { ClientMode, DriverMessage, WorkerMessage } from './realtime-protocol';
import { Entitlements, missing, tally, type Received } from './realtime-tally';

const CONNECT_TIMEOUT_MS = 30_000;
const MAX_ERRORS = 20;

const latency = new Histogram();
const byTopic: Record<Topic, Histogram> = {
  queue: new Histogram(),
  organisation: new Histogram(),
  ticket: new Histogram(),
};
const subscribers: Received[] = [];
const closers: Array<() => void> = [];
const errors: string[] = [];
const samples: Partial<Record<Topic, string>> = {};
let entitlements = new Entitlements([]);
let ended = 0;

function send(message: WorkerMessage): void {
  process.send?.(message);
}

function note(error: string): void {
  if (errors.length < MAX_ERRORS) errors.push(error);
}

/** Records one delivery: its latency and its sequence for the tally. */
function deliver(received: Received, event: { sequence?: string; at?: string } | undefined): void {
  const arrived = performance.timeOrigin + performance.now();
  if (!event?.sequence || !event.at) {
    note(`subscriber ${received.spec.index}: a message without an event`);
    return;
  }
  const ms = arrived - Date.parse(event.at);
  latency.record(ms);
  byTopic[received.spec.topic].record(ms);
  received.sequences.push(Number(event.sequence));
}

const socketClasses = new Map<string, unknown>();

/** A WebSocket class sending this session cookie (graphql-ws takes a constructor). */
function socketWithCookie(cookie: string): unknown {
  let found = socketClasses.get(cookie);
  if (!found) {
    found = class CookieSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    };
    socketClasses.set(cookie, found);
  }
  return found;
}

function openGraphql(received: Received, url: string, after: string): Promise<void> {
  const { spec } = received;
  return new Promise((resolve, reject) => {
    let open = false;
    const client: Client = createClient({
      url,
      webSocketImpl: socketWithCookie(spec.cookie),
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: (error) => reject(new Error(`connect failed: ${describe(error)}`)),
      on: {
        connected: () => {
          open = true;
          resolve();
        },
        closed: (event) => {
          if (open) ended += 1;
          else reject(new Error(`closed before ack: ${describe(event)}`));
        },
      },
    });
    closers.push(() => void client.dispose());
    const variables = spec.topic === 'ticket' ? { number: ticketNumberOf(spec), after } : { after };
    client.subscribe(
      { query: SUBSCRIPTION[spec.topic], variables },
      {
        next: (result: ExecutionResult<Record<string, unknown>>) => {
          samples[spec.topic] ??= JSON.stringify({ id: '1', type: 'next', payload: result });
          if (result.errors) note(`subscriber ${spec.index}: ${JSON.stringify(result.errors)}`);
          deliver(received, result.data?.[FIELD[spec.topic]] as never);
        },
        error: (error) => {
          ended += 1;
          note(`subscriber ${spec.index}: ${describe(error)}`);
        },
        complete: () => undefined,
      },
    );
  });
}

function openBare(received: Received, url: string): Promise<void> {
  const { spec } = received;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    closers.push(() => socket.terminate());
    socket.once('open', () => {
      socket.send(
        JSON.stringify({
          topic: spec.topic,
          organisationId: spec.organisationId,
          ticketId: spec.ticketId,
        }),
      );
      resolve();
    });
    socket.once('error', (error) => reject(error));
    socket.on('close', () => (ended += 1));
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { payload: { data: Record<string, never> } };
      deliver(received, message.payload.data[FIELD[spec.topic]]);
    });
  });
}

function ticketNumberOf(spec: SubscriberSpec): string {
  return `CS-${String(spec.ticketId).padStart(6, '0')}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  const event = error as { code?: number; reason?: string };
  if (event && typeof event.code === 'number') return `close ${event.code} ${event.reason ?? ''}`;
  return JSON.stringify(error);
}

function withTimeout(work: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('connect timed out')), CONNECT_TIMEOUT_MS);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function openAll(
  mode: ClientMode,
  urls: string[],
  specs: SubscriberSpec[],
  after: string,
  concurrency: number,
): Promise<void> {
  let next = 0;
  let connected = 0;
  let failed = 0;
  const lane = async () => {
    while (next < specs.length) {
      const received: Received = { spec: specs[next], sequences: [] };
      next += 1;
      subscribers.push(received);
      const url = urls[received.spec.server];
      try {
        await withTimeout(
          mode === 'graphql' ? openGraphql(received, url, after) : openBare(received, url),
        );
        connected += 1;
      } catch (error) {
        failed += 1;
        note(`subscriber ${received.spec.index}: ${describe(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  send({ type: 'opened', connected, failed, errors: errors.splice(0) });
}

function report(): void {
  const counts = tally(subscribers, entitlements);
  send({
    type: 'report',
    latency: latency.data(),
    latencySumMs: latency.totalMs,
    byTopic: {
      queue: byTopic.queue.data(),
      organisation: byTopic.organisation.data(),
      ticket: byTopic.ticket.data(),
    },
    ...counts,
    ended,
    errors,
    samples,
  });
}

process.on('message', (message: DriverMessage) => {
  switch (message.type) {
    case 'open':
      openAll(
        message.mode,
        message.urls,
        message.subscribers,
        message.after,
        message.concurrency,
      ).catch((error: unknown) => send({ type: 'failed', error: describe(error) }));
      break;
    case 'expect':
      entitlements = new Entitlements(message.events);
      break;
    case 'progress': {
      const received = subscribers.reduce(
        (sum, subscriber) => sum + subscriber.sequences.length,
        0,
      );
      send({ type: 'progress', received, missing: missing(subscribers, entitlements) });
      break;
    }
    case 'report':
      report();
      break;
    case 'close':
      for (const close of closers) close();
      send({ type: 'closed' });
      setTimeout(() => process.exit(0), 200);
      break;
  }
});

// The driver owns this process: when it goes, so does the worker.
process.on('disconnect', () => process.exit(0));
