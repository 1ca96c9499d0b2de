import { watchConnection } from './connection-status';
import type { LiveClient } from './live-client';
import type { LiveState } from './live-context';

const CLOSED: LiveState = { client: null, status: 'connecting' };

/**
 * Owns the tab's socket outside React: opened and closed by LiveProvider's
 * effect, read by components through useSyncExternalStore (`subscribe`,
 * `getSnapshot`). The snapshot changes when the socket is replaced and
 * whenever its status changes.
 */
export class LiveConnection {
  private state: LiveState = CLOSED;
  private readonly listeners = new Set<() => void>();
  private stop: (() => void) | null = null;

  /** `create` makes a socket; tests pass a fake. */
  constructor(private readonly create: () => LiveClient) {}

  /** Opens a new socket, closing the previous one. `onForbidden`: the server refused the session. */
  open(onForbidden: () => void): void {
    this.close();
    const client = this.create();
    const stopWatching = watchConnection(client, {
      onStatus: (status) => this.set({ client, status }),
      onForbidden,
    });
    this.stop = () => {
      stopWatching();
      void client.dispose();
    };
    this.set({ client, status: 'connecting' });
  }

  /** Closes the socket, if one is open. */
  close(): void {
    this.stop?.();
    this.stop = null;
    if (this.state !== CLOSED) this.set(CLOSED);
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore. */
  readonly getSnapshot = (): LiveState => this.state;

  private set(state: LiveState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}
