/**
 * Replay after a reconnect: an agent comes back with the last sequence it
 * saw and the server sends what it missed, then live events. Times the
 * span from sending the subscription to the arrival of the last missed one.
 */
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { SUBSCRIPTION } from './realtime-plan';

/** How long the missed events took to arrive. */
export interface ReplayResult {
  /** Missed events asked for (fewer when the log is shorter). */
  events: number;
  /** Subscribe to the last of them, ms; NaN when they did not all arrive. */
  ms: number;
  /** Subscribe to the first of them, ms. */
  firstMs: number;
}

const TIMEOUT_MS = 60_000;

/** Connects as the cookie's agent, then subscribes to the queue after `after`. */
export async function measureReplay(
  wsUrl: string,
  cookie: string,
  after: number,
  events: number,
): Promise<ReplayResult> {
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const client = createClient({
    url: wsUrl,
    webSocketImpl: CookieSocket,
    lazy: false,
    retryAttempts: 0,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const off = client.on('connected', () => {
        off();
        resolve();
      });
      client.on('closed', (event) =>
        reject(new Error(`replay connection closed: ${JSON.stringify(event)}`)),
      );
    });
    return await new Promise<ReplayResult>((resolve) => {
      let seen = 0;
      let firstMs = NaN;
      const started = performance.now();
      const timer = setTimeout(() => resolve({ events, ms: NaN, firstMs }), TIMEOUT_MS);
      client.subscribe(
        { query: SUBSCRIPTION.queue, variables: { after: String(after) } },
        {
          next: () => {
            seen += 1;
            if (seen === 1) firstMs = performance.now() - started;
            if (seen === events) {
              clearTimeout(timer);
              resolve({ events, ms: performance.now() - started, firstMs });
            }
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    });
  } finally {
    await client.dispose();
  }
}
