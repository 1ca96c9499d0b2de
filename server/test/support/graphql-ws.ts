import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Data } from './graphql-http';

/** How a WebSocket client authenticates. */
export interface WsCredentials {
  /** `sc_session=...` as the browser would send on the upgrade. */
  cookie?: string;
  bearerToken?: string;
}

/**
 * A graphql-ws client over a real WebSocket to the test server. The
 * cookie travels on the upgrade request, a token in connection_init.
 */
export function wsClient(
  baseUrl: string,
  credentials: WsCredentials,
  options: { retry?: boolean } = {},
): Client {
  const headers = credentials.cookie ? { cookie: credentials.cookie } : undefined;
  class AuthenticatedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: AuthenticatedWebSocket,
    connectionParams: credentials.bearerToken
      ? { authorization: `Bearer ${credentials.bearerToken}` }
      : undefined,
    retryAttempts: options.retry ? 5 : 0,
    lazy: true,
  });
}

/** One result pushed to a subscriber. */
export interface Pushed<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * A subscription whose results the test awaits one by one. `closed`
 * resolves when the server completes it or the connection fails.
 */
export class Subscriber<T = Data> {
  readonly received: Array<Pushed<T>> = [];
  private waiters: Array<() => void> = [];
  error: unknown;
  completed = false;
  private readonly dispose: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          this.received.push(value as Pushed<T>);
          this.notify();
        },
        error: (error) => {
          this.error = error;
          this.completed = true;
          this.notify();
        },
        complete: () => {
          this.completed = true;
          this.notify();
        },
      },
    );
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }

  /** Waits until `count` results arrived (or the subscription ended); fails after timeoutMs. */
  async waitFor(count: number, timeoutMs = 5000): Promise<Array<Pushed<T>>> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && !this.completed) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`expected ${count} results, got ${this.received.length}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received;
  }

  /** Waits until the subscription ended, with an error or completion. */
  async waitForEnd(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.completed) {
      if (Date.now() > deadline) throw new Error('subscription did not end');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  unsubscribe(): void {
    this.dispose();
  }
}

/** A GraphQL error as a subscriber receives it. */
export interface PushedError {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * The GraphQL errors that refused or ended a subscription. graphql-ws sends
 * a subscribe-time refusal (thrown in `subscribe`) as a result carrying
 * `errors` followed by completion, and an error thrown while streaming as
 * an `error` message; both end up here. Empty when neither happened.
 */
export function subscriptionErrors(subscriber: Subscriber<unknown>): PushedError[] {
  const pushed = subscriber.received.flatMap((result) => result.errors ?? []);
  const thrown = Array.isArray(subscriber.error) ? (subscriber.error as PushedError[]) : [];
  return [...pushed, ...thrown];
}

/** The WebSocket close code that ended the subscription, if the socket closed. */
export function closeCodeOf(subscriber: Subscriber<unknown>): number | undefined {
  const error = subscriber.error as { code?: unknown } | undefined;
  return typeof error?.code === 'number' ? error.code : undefined;
}

/**
 * Waits until a received result satisfies `predicate` and returns the
 * results up to and including it; fails after timeoutMs or when the
 * subscription ends first.
 */
export async function waitUntil<T>(
  subscriber: Subscriber<T>,
  predicate: (result: Pushed<T>) => boolean,
  timeoutMs = 5000,
): Promise<Array<Pushed<T>>> {
  const deadline = Date.now() + timeoutMs;
  for (let count = 1; ; count += 1) {
    const left = Math.max(deadline - Date.now(), 1);
    const received = await subscriber.waitFor(count, left);
    if (received.length < count) throw new Error('subscription ended before the awaited result');
    if (predicate(received[count - 1])) return received.slice(0, count);
  }
}
