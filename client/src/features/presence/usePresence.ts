import { useEffect, useState } from 'react';
import { print } from 'graphql';
import { useLive } from '../../core/live/live-context';
import type { TicketPresenceSubscription as PresenceResult } from '../../gql/graphql';
import { TicketPresenceSubscription } from './presence.operations';

/** An agent on the ticket. */
export type PresenceEntry = PresenceResult['ticketPresence']['entries'][number];

const QUERY = print(TicketPresenceSubscription);

/**
 * Who else has this ticket open and who is typing, live. Subscribing marks
 * the caller as viewing it, until unmount. Each push is the whole list (a
 * snapshot), so a reconnect needs no replay: graphql-ws re-subscribes and
 * the server sends the list again. The caller is left out of the result.
 */
export function usePresence(number: string, myId: string, enabled: boolean): PresenceEntry[] {
  const { client } = useLive();
  const [entries, setEntries] = useState<PresenceEntry[]>([]);

  useEffect(() => {
    if (!client || !enabled) return;
    const stop = client.subscribe<PresenceResult>(
      { query: QUERY, variables: { number } },
      {
        next: (result) => {
          if (result.data) setEntries(result.data.ticketPresence.entries);
        },
        // Presence is a courtesy: without it the workspace still works.
        error: () => setEntries([]),
        complete: () => undefined,
      },
    );
    return () => {
      stop();
      setEntries([]);
    };
  }, [client, enabled, number]);

  return entries.filter((entry) => entry.user.id !== myId);
}
