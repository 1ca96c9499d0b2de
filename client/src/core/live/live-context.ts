import { createContext, useContext } from 'react';
import type { ConnectionStatus } from './connection-status';
import type { LiveClient } from './live-client';

/** The tab's live connection; `client` is null while nobody is logged in. */
export interface LiveState {
  client: LiveClient | null;
  status: ConnectionStatus;
}

/** Provided by LiveProvider. */
export const LiveContext = createContext<LiveState>({ client: null, status: 'connecting' });

/** The tab's live connection and its status. */
export function useLive(): LiveState {
  return useContext(LiveContext);
}
