import { useEffect, useEffectEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { useLive } from '../../core/live/live-context';
import type { IdeaEventsSubscription as IdeaEventsResult } from '../../gql/graphql';
import { IdeaCardFragment, IdeaEventsSubscription } from './ideas.operations';

/** One live change of the board. */
export type IdeaEvent = IdeaEventsResult['ideaEvents'];

// Sent over the tab's socket directly (not through Apollo), so `__typename`
// is added here for the cache to normalise the ideas the events carry.
const QUERY = print(addTypenameToDocument(IdeaEventsSubscription));

/**
 * Keeps the ideas board live. Each event's idea is written to the cache
 * (vote and comment counts, status change in place everywhere), then
 * `onChange` runs so the page can refetch what the event cannot patch
 * (order, new ideas, comments). `ideaEvents` has no replay, so `onChange`
 * also runs on every reconnect, to catch up on what was missed.
 */
export function useIdeaEvents(onChange: (event: IdeaEvent | null) => void): void {
  const { client: live } = useLive();
  const apollo = useApolloClient();
  const changed = useEffectEvent(onChange);

  useEffect(() => {
    if (!live) return;
    // A (re)connection may follow missed events; at worst this refetches once more.
    const stopListening = live.on('connected', () => changed(null));
    const stop = live.subscribe<IdeaEventsResult>(
      { query: QUERY },
      {
        next(result) {
          const event = result.data?.ideaEvents;
          if (!event) return;
          apollo.cache.writeFragment({
            fragment: IdeaCardFragment,
            fragmentName: 'IdeaCard',
            data: event.idea,
          });
          changed(event);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return () => {
      stop();
      stopListening();
    };
  }, [live, apollo]);
}
