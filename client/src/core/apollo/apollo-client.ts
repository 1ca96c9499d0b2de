import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The GraphQL endpoint, on the same origin as the SPA. */
export const GRAPHQL_PATH = '/graphql';

/**
 * The normalised cache. Tickets are keyed by their human number (the API
 * never exposes their database id), so a ticket written by a live event,
 * a mutation or a page query is one entity shown everywhere.
 * Value objects without identity merge field by field, so a list row that
 * selects fewer fields never erases what a detail page selected.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Ticket: { keyFields: ['number'] },
      PlannedAvailability: { merge: true },
      TicketCapabilities: { merge: true },
    },
  });
}

/**
 * Apollo Client over HTTP. Apollo's HttpLink POSTs JSON, which is what the
 * server's CSRF prevention requires; the session cookie rides along
 * (same origin). Subscriptions do not go through Apollo: see core/live.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' }),
    cache: createCache(),
  });
}
