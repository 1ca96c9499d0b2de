import { useCallback, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useLiveEvents } from '../../core/live/useLiveEvents';
import type { TicketEventsSubscription as TicketEventsResult } from '../../gql/graphql';
import { writeTicketDetail } from './ticket-cache';
import { TicketEventsSubscription, TicketPageQuery } from './ticket.operations';

/** One event of a ticket's live stream. */
export type TicketLiveEvent = TicketEventsResult['ticketEvents'];

/**
 * A ticket page's data, kept live. The ticket and the event cursor come
 * from the server in one request (never from an older cache entry, whose
 * cursor could be newer than its data); then `ticketEvents` starts after
 * that cursor and each event's ticket is written into the cache, so the
 * page (and any list showing the ticket) updates in place.
 */
export function useTicketPage(number: string) {
  const client = useApolloClient();
  const [lastEvent, setLastEvent] = useState<TicketLiveEvent | null>(null);
  const [liveFailed, setLiveFailed] = useState(false);
  const { data, loading, error, refetch } = useQuery(TicketPageQuery, {
    variables: { number },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const ticket = data?.ticket ?? null;
  const cursor = data?.eventCursor;

  useLiveEvents({
    query: TicketEventsSubscription,
    variables: { number, after: cursor },
    enabled: ticket !== null && cursor !== undefined,
    resubscribeKey: number,
    select: (result) => result.ticketEvents,
    onEvent: (event) => {
      writeTicketDetail(client.cache, event.ticket);
      setLastEvent(event);
      setLiveFailed(false);
    },
    onError: () => setLiveFailed(true),
  });

  const reload = useCallback(() => refetch(), [refetch]);
  return { ticket, loading, error, reload, lastEvent, liveFailed };
}
