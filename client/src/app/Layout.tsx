import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { Role } from '@support/shared';
import { ConnectionBanner } from '../core/live/ConnectionBanner';
import { useSession } from '../core/session/session-context';
import { Loading } from '../core/ui/Loading';
import { ConsoleSearchBox } from '../features/search/ConsoleSearchBox';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The frame of every logged-in page: header with navigation, live status, language and user. */
export function Layout() {
  const { t } = useTranslation();
  const { me, logout } = useSession();
  const navigate = useNavigate();

  async function signOut() {
    await logout();
    navigate('/login', { replace: true });
  }

  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/" className="brand">
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('nav.label')} className="app-nav">
            {me?.isAgent ? (
              <>
                <NavLink to="/console" end>
                  {t('nav.queue')}
                </NavLink>
                {me.role === Role.ADMIN && (
                  <>
                    <NavLink to="/console/reports/service-levels" data-testid="nav-reports">
                      {t('nav.reports')}
                    </NavLink>
                    <NavLink to="/console/admin" data-testid="nav-admin">
                      {t('nav.admin')}
                    </NavLink>
                  </>
                )}
              </>
            ) : (
              <>
                <NavLink to="/portal" end>
                  {t('nav.portal')}
                </NavLink>
                <NavLink to="/portal/new">{t('nav.newTicket')}</NavLink>
              </>
            )}
            {me && (me.role === Role.ENGINEER || me.role === Role.ADMIN) && (
              <NavLink to="/console/reports/deflections" data-testid="nav-deflections">
                {t('knowledge.report.nav')}
              </NavLink>
            )}
            <NavLink to="/kb" data-testid="nav-kb">
              {t('knowledge.nav')}
            </NavLink>
            <NavLink to="/ideas">{t('nav.ideas')}</NavLink>
            <NavLink to="/explorer" data-testid="nav-explorer">
              {t('nav.explorer')}
            </NavLink>
          </nav>
          <div className="app-header-tools">
            {me?.isAgent && <ConsoleSearchBox />}
            <ConnectionBanner />
            <LanguageSwitcher />
            {me && (
              <span className="user-name" data-testid="user-name">
                {me.name}
                {me.organisation && <span className="muted"> · {me.organisation.name}</span>}
              </span>
            )}
            <button
              type="button"
              className="button button-quiet"
              data-testid="logout"
              onClick={() => void signOut()}
            >
              {t('nav.logout')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
