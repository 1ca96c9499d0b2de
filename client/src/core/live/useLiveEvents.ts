import { useEffect, useEffectEvent } from 'react';
import { useLive } from './live-context';
import {
  subscribeLive,
  type LiveSubscription,
  type ResumableVariables,
  type SequencedEvent,
} from './subscribe-live';

/** Options of useLiveEvents. */
export interface LiveEventsOptions<
  TData,
  TVariables extends ResumableVariables,
  TEvent,
> extends LiveSubscription<TData, TVariables, TEvent> {
  /**
   * Subscribe only once this is true: when the page's data and its event
   * cursor have arrived from the server. Default true.
   */
  enabled?: boolean;
  /**
   * A change ends the subscription and starts a new one with the variables
   * of that moment (e.g. another ticket number). Other changes of
   * `variables` are ignored: the subscription keeps its own `after`.
   */
  resubscribeKey?: string;
}

/**
 * Keeps a page live: subscribes over the tab's socket with the page's
 * event cursor as `after`, calls `onEvent` once per new event in order,
 * and resumes after a dropped connection without missing or repeating an
 * event (see subscribeLive). The latest `onEvent`/`onError` are always used.
 */
export function useLiveEvents<
  TData,
  TVariables extends ResumableVariables,
  TEvent extends SequencedEvent,
>(options: LiveEventsOptions<TData, TVariables, TEvent>): void {
  const { client } = useLive();
  const { enabled = true, resubscribeKey = '' } = options;

  const handleEvent = useEffectEvent((event: TEvent) => options.onEvent(event));
  const handleError = useEffectEvent((error: unknown) => options.onError?.(error));
  const start = useEffectEvent((live: NonNullable<typeof client>) =>
    subscribeLive(live, {
      query: options.query,
      variables: options.variables,
      select: options.select,
      onEvent: (event) => handleEvent(event),
      onError: (error) => handleError(error),
    }),
  );

  useEffect(() => {
    if (!client || !enabled) return;
    return start(client);
  }, [client, enabled, resubscribeKey]);
}
