import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useParams } from 'react-router';
import { Role } from '@support/shared';
import { Loading } from '../core/ui/Loading';
import { HomeRedirect, RequireArea, RequireLogin, RequireRole } from './guards';
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
const InvitationPage = page(() => import('../features/auth/InvitationPage'), 'InvitationPage');
const SurveyPage = page(() => import('../features/survey/SurveyPage'), 'SurveyPage');
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
const IdeasPage = page(() => import('../features/ideas/IdeasPage'), 'IdeasPage');
const KnowledgeBasePage = page(
  () => import('../features/knowledge/KnowledgeBasePage'),
  'KnowledgeBasePage',
);
const ArticlePage = page(() => import('../features/knowledge/ArticlePage'), 'ArticlePage');
const NewArticlePage = page(
  () => import('../features/knowledge/ArticleEditorPage'),
  'NewArticlePage',
);
const EditArticlePage = page(
  () => import('../features/knowledge/ArticleEditorPage'),
  'EditArticlePage',
);
const DeflectionReportPage = page(
  () => import('../features/knowledge/DeflectionReportPage'),
  'DeflectionReportPage',
);
const ExplorerPage = page(() => import('../features/explorer/ExplorerPage'), 'ExplorerPage');
const ReportPage = page(
  () => import('../features/service-level/ServiceLevelReportPage'),
  'ServiceLevelReportPage',
);
const AdminLayout = page(() => import('../features/admin/AdminLayout'), 'AdminLayout');
const OrganisationsPage = page(
  () => import('../features/admin/OrganisationsPage'),
  'OrganisationsPage',
);
const UsersPage = page(() => import('../features/admin/UsersPage'), 'UsersPage');
const TokensPage = page(() => import('../features/admin/TokensPage'), 'TokensPage');
const PlansPage = page(() => import('../features/service-level/PlansPage'), 'PlansPage');
const HolidaysPage = page(() => import('../features/service-level/HolidaysPage'), 'HolidaysPage');

/** Re-mounts a ticket page per number, so no state of one ticket leaks into the next. */
function PerTicket({ Page }: { Page: ComponentType<{ number: string }> }) {
  const number = (useParams().number ?? '').toUpperCase();
  return <Page key={number} number={number} />;
}

/** A page outside the logged-in frame (login, invitation, survey, explorer). */
function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

const ADMINS = [Role.ADMIN] as const;
/** Who writes knowledge-base articles and reads the deflection report. */
const WRITERS = [Role.ENGINEER, Role.ADMIN] as const;

/** Every route of the SPA. The server answers unknown paths with index.html. */
export function createRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      element: (
        <Standalone>
          <LoginPage />
        </Standalone>
      ),
    },
    {
      path: '/invitation/:token',
      element: (
        <Standalone>
          <InvitationPage />
        </Standalone>
      ),
    },
    {
      path: '/survey/:token',
      element: (
        <Standalone>
          <SurveyPage />
        </Standalone>
      ),
    },
    {
      path: '/explorer',
      element: (
        <RequireLogin>
          <Standalone>
            <ExplorerPage />
          </Standalone>
        </RequireLogin>
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
        { path: 'ideas', element: <IdeasPage /> },
        { path: 'kb', element: <KnowledgeBasePage /> },
        { path: 'kb/:id', element: <ArticlePage /> },
        {
          element: <RequireRole roles={WRITERS} />,
          children: [
            { path: 'kb/new', element: <NewArticlePage /> },
            { path: 'kb/:id/edit', element: <EditArticlePage /> },
          ],
        },
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
            {
              element: <RequireRole roles={WRITERS} />,
              children: [{ path: 'reports/deflections', element: <DeflectionReportPage /> }],
            },
            {
              element: <RequireRole roles={ADMINS} />,
              children: [
                { path: 'reports/service-levels', element: <ReportPage /> },
                {
                  path: 'admin',
                  element: <AdminLayout />,
                  children: [
                    { index: true, element: <Navigate to="organisations" replace /> },
                    { path: 'organisations', element: <OrganisationsPage /> },
                    { path: 'users', element: <UsersPage /> },
                    { path: 'tokens', element: <TokensPage /> },
                    { path: 'plans', element: <PlansPage /> },
                    { path: 'holidays', element: <HolidaysPage /> },
                  ],
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
