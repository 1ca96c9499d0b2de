import type { ExecutionResult } from 'graphql';
import type { LiveClient } from './live-client';

type Sink = { next(value: ExecutionResult): void; error(error: unknown): void };

/** One subscription the fake received: the very payload object and its sink. */
export interface FakeSubscription {
  payload: { query: string; variables?: Record<string, unknown> | null };
  sink: Sink;
  disposed: boolean;
}

/**
 * A graphql-ws client without a socket, for tests. Like the real one, it
 * keeps the payload object it was given and `reconnect()` re-sends that
 * same object (graphql-ws 6 client.js `subscribe`).
 */
export function createFakeLiveClient() {
  const subscriptions: FakeSubscription[] = [];
  const sent: Array<{ query: string; variables?: Record<string, unknown> | null }> = [];
  const client: LiveClient = {
    subscribe(payload, sink) {
      const subscription: FakeSubscription = {
        payload,
        sink: sink as unknown as Sink,
        disposed: false,
      };
      subscriptions.push(subscription);
      sent.push(JSON.parse(JSON.stringify(payload)));
      return () => {
        subscription.disposed = true;
      };
    },
    on: () => () => undefined,
    dispose: () => undefined,
  };
  return {
    client,
    subscriptions,
    /** Every Subscribe message "sent", as copies of the payload at that moment. */
    sent,
    /** Simulates a dropped and restored socket: every live subscription is re-sent. */
    reconnect() {
      for (const subscription of subscriptions.filter((candidate) => !candidate.disposed)) {
        sent.push(JSON.parse(JSON.stringify(subscription.payload)));
      }
    },
  };
}
