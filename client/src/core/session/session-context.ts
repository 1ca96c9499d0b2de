import { createContext, useContext } from 'react';
import type { MeFieldsFragment } from '../../gql/graphql';

/** The logged-in user. */
export type Me = MeFieldsFragment;

/** The browser session, as the app sees it. */
export interface Session {
  /** The logged-in user, or null when logged out. */
  me: Me | null;
  /**
   * True when the server ended the session while it was in use (a request
   * came back UNAUTHENTICATED): the login page says so.
   */
  expired: boolean;
  /** Logs in; rejects with the API error (e.g. UNAUTHENTICATED for a wrong password). */
  login(email: string, password: string): Promise<Me>;
  /**
   * Starts the session of a user the server has just logged in by other
   * means (an accepted invitation): forgets every cached result first.
   */
  adopt(me: Me): Promise<void>;
  /** Logs out and forgets every cached result of this user. */
  logout(): Promise<void>;
  /** Asks the server again who is logged in (e.g. after the socket was refused). */
  refresh(): Promise<void>;
}

/** Provided by SessionProvider. */
export const SessionContext = createContext<Session | null>(null);

/** The browser session; only inside SessionProvider. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is used outside SessionProvider.');
  return session;
}
