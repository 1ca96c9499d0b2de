import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, useParams } from 'react-router';
import { Loading } from '../core/ui/Loading';
import { HomeRedirect, RequireArea, RequireLogin } from './guards';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

/** A page loaded on first visit: one chunk per page keeps the first load small. */
function page<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = page(() => import('../features/auth/LoginPage'), 'LoginPage');
const PortalTicketsPage = page(
  () => import('../features/portal/PortalTicketsPage'),
  'PortalTicketsPage',
);
const NewTicketPage = page(() => import('../features/portal/NewTicketPage'), 'NewTicketPage');
const PortalTicketPage = page(
  () => import('../features/portal/PortalTicketPage'),
  'PortalTicketPage',
);
const QueuePage = page(() => import('../features/console/QueuePage'), 'QueuePage');
const WorkspacePage = page(() => import('../features/console/WorkspacePage'), 'WorkspacePage');

/** Re-mounts a ticket page per number, so no state of one ticket leaks into the next. */
function PerTicket({ Page }: { Page: ComponentType<{ number: string }> }) {
  const number = (useParams().number ?? '').toUpperCase();
  return <Page key={number} number={number} />;
}

/** Every route of the SPA. The server answers unknown paths with index.html. */
export function createRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      element: (
        <Suspense fallback={<Loading />}>
          <LoginPage />
        </Suspense>
      ),
    },
    {
      element: (
        <RequireLogin>
          <Layout />
        </RequireLogin>
      ),
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          path: 'portal',
          element: <RequireArea agents={false} />,
          children: [
            { index: true, element: <PortalTicketsPage /> },
            { path: 'new', element: <NewTicketPage /> },
            { path: 'tickets/:number', element: <PerTicket Page={PortalTicketPage} /> },
          ],
        },
        {
          path: 'console',
          element: <RequireArea agents />,
          children: [
            { index: true, element: <QueuePage /> },
            { path: 'tickets/:number', element: <PerTicket Page={WorkspacePage} /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
