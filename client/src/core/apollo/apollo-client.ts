import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@support/shared';
import { reportUnauthenticated } from './session-events';

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
      TicketServiceLevel: { merge: true },
      BusinessCalendarType: { merge: true },
      PlanTarget: { keyFields: ['plan', 'severity'] },
      Holiday: { keyFields: ['calendar', 'date'] },
    },
  });
}

/**
 * Reports a request refused with UNAUTHENTICATED mid-session (expired or
 * ended elsewhere), so the session can send the user to the login page.
 */
const sessionGuard = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (error.errors.some((entry) => entry.extensions?.code === ErrorCode.UNAUTHENTICATED)) {
    reportUnauthenticated();
  }
});

/**
 * Apollo Client over HTTP. Apollo's HttpLink POSTs JSON, which is what the
 * server's CSRF prevention requires; the session cookie rides along
 * (same origin). Subscriptions do not go through Apollo: see core/live.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionGuard,
      new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' }),
    ]),
    cache: createCache(),
  });
}
