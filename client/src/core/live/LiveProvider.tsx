import { useEffect, useEffectEvent, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createLiveClient, type LiveClient } from './live-client';
import { LiveConnection } from './live-connection';
import { LiveContext } from './live-context';

/** Props of LiveProvider. */
export interface LiveProviderProps {
  /**
   * Identifies the logged-in session (e.g. the user id), or null when
   * logged out. A change closes the socket and opens a new one, so a
   * socket never outlives the session whose cookie authenticated it.
   */
  sessionKey: string | null;
  /** Called when the server refuses the session (close code 4403). */
  onForbidden?: () => void;
  /** Makes the socket; tests pass a fake. Default: createLiveClient. */
  create?: () => LiveClient;
  children: ReactNode;
}

/** Opens the tab's one WebSocket while someone is logged in and tracks its status. */
export function LiveProvider({
  sessionKey,
  onForbidden,
  create = createLiveClient,
  children,
}: LiveProviderProps) {
  const [connection] = useState(() => new LiveConnection(create));
  const state = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  const forbidden = useEffectEvent(() => onForbidden?.());

  useEffect(() => {
    if (sessionKey === null) return;
    connection.open(() => forbidden());
    return () => connection.close();
  }, [connection, sessionKey]);

  return <LiveContext value={state}>{children}</LiveContext>;
}
