import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { TicketEventKind } from '@support/shared';
import { useLiveEvents } from '../../core/live/useLiveEvents';
import type { TicketRowFragment } from '../../gql/graphql';
import { writeTicketRow } from './ticket-cache';

/** A list event: what happened to which ticket. */
interface ListEvent {
  sequence: string;
  kind: TicketEventKind;
  ticket: TicketRowFragment;
}

/** Options of useTicketListLive. */
export interface TicketListLiveOptions<TData, TEvent extends ListEvent> {
  subscription: TypedDocumentNode<TData, { after?: string | null }>;
  select: (data: TData) => TEvent;
  /** The list query's `eventCursor`; the subscription starts once it is known. */
  cursor: string | undefined;
  /** Reloads the list (one page: cheap). */
  refetch: () => Promise<unknown>;
}

/** How long a live-changed row stays highlighted. */
const HIGHLIGHT_MS = 4000;

/** Events in a burst (a replay after reconnect, a busy minute) cause one reload, not many. */
const RELIST_DELAY_MS = 400;

/**
 * Keeps a ticket list live. Each event's row is written into the cache, so
 * the ticket changes in place at once. Then the page is re-read, debounced:
 * almost any change (a new ticket, state, assignee, severity, a reply that
 * moves "recently updated", a service-level risk that moves the queue) can
 * change which tickets the filter matches or their order, and one page is
 * cheap to read. Returns the numbers of rows changed in the last few
 * seconds, for a highlight.
 */
export function useTicketListLive<TData, TEvent extends ListEvent>(
  options: TicketListLiveOptions<TData, TEvent>,
): ReadonlySet<string> {
  const client = useApolloClient();
  const [recent, setRecent] = useState<ReadonlySet<string>>(new Set());
  const relistTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const highlightTimers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const timers = highlightTimers.current;
    return () => {
      clearTimeout(relistTimer.current);
      timers.forEach(clearTimeout);
    };
  }, []);

  function highlight(number: string) {
    setRecent((current) => new Set(current).add(number));
    const timer = setTimeout(() => {
      highlightTimers.current.delete(timer);
      setRecent((current) => {
        const next = new Set(current);
        next.delete(number);
        return next;
      });
    }, HIGHLIGHT_MS);
    highlightTimers.current.add(timer);
  }

  useLiveEvents({
    query: options.subscription,
    variables: { after: options.cursor },
    enabled: options.cursor !== undefined,
    select: options.select,
    onEvent: (event) => {
      writeTicketRow(client.cache, event.ticket);
      highlight(event.ticket.number);
      clearTimeout(relistTimer.current);
      relistTimer.current = setTimeout(() => {
        options.refetch().catch(() => {
          // The list query shows its own error; the next event retries.
        });
      }, RELIST_DELAY_MS);
    },
  });

  return recent;
}
