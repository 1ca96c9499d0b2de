import type { LiveClient } from './live-client';
import { watchConnection, type ConnectionStatus } from './connection-status';

type Listener = (...args: unknown[]) => void;

function fakeClient() {
  const listeners = new Map<string, Listener>();
  const client = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  } as unknown as LiveClient;
  return { client, emit: (event: string, ...args: unknown[]) => listeners.get(event)?.(...args) };
}

describe('connection status', () => {
  it('goes connecting → live → lost and stays lost while reconnecting', () => {
    const { client, emit } = fakeClient();
    const seen: ConnectionStatus[] = [];
    watchConnection(client, { onStatus: (status) => seen.push(status) });
    emit('connecting');
    emit('connected');
    emit('closed', { code: 1006 });
    emit('connecting');
    emit('connected');
    expect(seen).toEqual(['connecting', 'live', 'lost', 'live']);
  });

  it('reports a refused session (4403)', () => {
    const { client, emit } = fakeClient();
    const onForbidden = jest.fn();
    watchConnection(client, { onStatus: () => undefined, onForbidden });
    emit('closed', { code: 1006 });
    expect(onForbidden).not.toHaveBeenCalled();
    emit('closed', { code: 4403 });
    expect(onForbidden).toHaveBeenCalledTimes(1);
  });
});
