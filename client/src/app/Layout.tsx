import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { ConnectionBanner } from '../core/live/ConnectionBanner';
import { useSession } from '../core/session/session-context';
import { Loading } from '../core/ui/Loading';
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
              <NavLink to="/console" end>
                {t('nav.queue')}
              </NavLink>
            ) : (
              <>
                <NavLink to="/portal" end>
                  {t('nav.portal')}
                </NavLink>
                <NavLink to="/portal/new">{t('nav.newTicket')}</NavLink>
              </>
            )}
          </nav>
          <div className="app-header-tools">
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
