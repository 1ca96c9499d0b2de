import { useSyncExternalStore } from 'react';
import { subscribeToTicker, tickerNow } from './ticker';

/**
 * The current instant (epoch milliseconds), updated every second by the
 * app's shared ticker: a component that counts down re-renders each second
 * without a timer of its own and without asking the server.
 */
export function useNow(): number {
  return useSyncExternalStore(subscribeToTicker, tickerNow, tickerNow);
}
