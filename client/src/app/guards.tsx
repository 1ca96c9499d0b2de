import type { ReactNode } from 'react';
import type { Role } from '@support/shared';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession, type Me } from '../core/session/session-context';

/** Where a user lands after login: the agent console or the customer portal. */
export function homeOf(me: Me): string {
  return me.isAgent ? '/console' : '/portal';
}

/** True when `path` lies in the area this user works in. */
export function isInArea(me: Me, path: string): boolean {
  const home = homeOf(me);
  return path === home || path.startsWith(`${home}/`);
}

/** Renders its children only when logged in; otherwise goes to /login, remembering where to return. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return children;
}

/** Customers stay in /portal and agents in /console; the wrong area sends them home. */
export function RequireArea({ agents }: { agents: boolean }) {
  const { me } = useSession();
  if (!me) return <Navigate to="/login" replace />;
  if (me.isAgent !== agents) return <Navigate to={homeOf(me)} replace />;
  return <Outlet />;
}

/** `/`: the user's home. */
export function HomeRedirect() {
  const { me } = useSession();
  return <Navigate to={me ? homeOf(me) : '/login'} replace />;
}

/**
 * Renders the nested routes only for these roles; anyone else is sent to
 * their home. The server checks every operation as well: this only keeps
 * people away from pages that would answer FORBIDDEN.
 */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { me } = useSession();
  if (!me) return <Navigate to="/login" replace />;
  if (!roles.includes(me.role)) return <Navigate to={homeOf(me)} replace />;
  return <Outlet />;
}
