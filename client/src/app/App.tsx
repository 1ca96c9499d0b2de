import { useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../core/apollo/apollo-client';
import { LiveProvider } from '../core/live/LiveProvider';
import { SessionProvider } from '../core/session/SessionProvider';
import { useSession } from '../core/session/session-context';
import { createRouter } from './router';

/** The socket follows the session: opened at login, replaced at the next login, closed at logout. */
function LiveForSession() {
  const { me, refresh } = useSession();
  const [router] = useState(createRouter);
  return (
    <LiveProvider sessionKey={me?.id ?? null} onForbidden={() => void refresh()}>
      <RouterProvider router={router} />
    </LiveProvider>
  );
}

/** The whole SPA: GraphQL client, session, live connection and routes. */
export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <LiveForSession />
      </SessionProvider>
    </ApolloProvider>
  );
}
