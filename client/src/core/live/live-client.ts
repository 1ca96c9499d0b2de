import { createClient, type Client } from 'graphql-ws';
import { GRAPHQL_PATH } from '../apollo/apollo-client';

/** The part of a graphql-ws client the live hooks use; tests pass a fake. */
export type LiveClient = Pick<Client, 'subscribe' | 'on' | 'dispose'>;

/** Longest wait between two reconnection attempts. */
const MAX_RETRY_DELAY_MS = 15_000;

/**
 * Waits before reconnection attempt `retries` (0, 1, 2, ...): exponential
 * from 500 ms up to 15 s, with jitter so that many browsers dropped by one
 * server restart do not all come back in the same instant.
 */
export async function retryDelay(retries: number): Promise<void> {
  const base = Math.min(500 * 2 ** retries, MAX_RETRY_DELAY_MS);
  const jitter = Math.random() * 0.3 * base;
  await new Promise((resolve) => setTimeout(resolve, base + jitter));
}

/** ws:// or wss:// URL of the GraphQL endpoint on the page's own origin. */
export function liveUrl(location: Location = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${GRAPHQL_PATH}`;
}

/**
 * The one WebSocket of a logged-in browser tab. The server authenticates it
 * with the session cookie at connect time (4403 without a valid session),
 * so create it only after login and dispose of it on logout.
 *
 * It connects at once (not lazily) so the connection banner reflects the
 * real state, and retries forever: every subscription is re-sent on
 * reconnect with the payload object it was given, whose `after` the live
 * hooks keep current, so the server replays exactly what was missed.
 */
export function createLiveClient(url: string = liveUrl()): LiveClient {
  return createClient({
    url,
    lazy: false,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: retryDelay,
    keepAlive: 20_000,
    // The connection state is shown by the banner; fatal closes need no console noise.
    onNonLazyError: () => undefined,
  });
}
