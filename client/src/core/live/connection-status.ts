import type { LiveClient } from './live-client';

/**
 * The state of the live connection as the banner shows it:
 * `connecting` before the first connection, `live` while connected,
 * `lost` from a drop until the next successful reconnect.
 */
export type ConnectionStatus = 'connecting' | 'live' | 'lost';

/** Close code of a connection refused for lack of a valid session. */
export const FORBIDDEN_CLOSE_CODE = 4403;

/** How the connection status reacts to the client's events. */
export interface StatusListener {
  onStatus: (status: ConnectionStatus) => void;
  /** The server refused the session (4403): it may have expired. */
  onForbidden?: () => void;
}

function closeCode(event: unknown): number | undefined {
  const code = (event as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * Follows the client's `connecting`, `connected` and `closed` events.
 * A reconnect attempt after a drop stays `lost` until it succeeds.
 * Returns the function that stops listening.
 */
export function watchConnection(client: LiveClient, listener: StatusListener): () => void {
  let status: ConnectionStatus = 'connecting';
  const set = (next: ConnectionStatus) => {
    status = next;
    listener.onStatus(next);
  };
  const stops = [
    client.on('connecting', () => {
      if (status !== 'lost') set('connecting');
    }),
    client.on('connected', () => set('live')),
    client.on('closed', (event) => {
      set('lost');
      if (closeCode(event) === FORBIDDEN_CLOSE_CODE) listener.onForbidden?.();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
