import type { ApolloCache } from '@apollo/client';
import {
  TicketDetailFragmentDoc,
  TicketRowFragmentDoc,
  type TicketDetailFragment,
  type TicketRowFragment,
} from '../../gql/graphql';

function ticketId(cache: ApolloCache, number: string): string | undefined {
  return cache.identify({ __typename: 'Ticket', number });
}

/**
 * Writes a ticket a live event carried into the cache, with the same
 * fragment the ticket pages read, so every view of it re-renders.
 */
export function writeTicketDetail(cache: ApolloCache, ticket: TicketDetailFragment): void {
  cache.writeFragment({
    id: ticketId(cache, ticket.number),
    fragment: TicketDetailFragmentDoc,
    fragmentName: 'TicketDetail',
    data: ticket,
  });
}

/** Writes a list row a live event carried; rows of every list update in place. */
export function writeTicketRow(cache: ApolloCache, ticket: TicketRowFragment): void {
  cache.writeFragment({
    id: ticketId(cache, ticket.number),
    fragment: TicketRowFragmentDoc,
    fragmentName: 'TicketRow',
    data: ticket,
  });
}
