import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import './admin.css';

const SECTIONS = ['organisations', 'users', 'tokens', 'plans', 'holidays'] as const;

/** The administration area: a heading and a second navigation level. */
export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <section className="admin">
      <h1>{t('admin.title')}</h1>
      <nav aria-label={t('admin.navLabel')} className="sub-nav">
        {SECTIONS.map((section) => (
          <NavLink
            key={section}
            to={`/console/admin/${section}`}
            data-testid={`admin-nav-${section}`}
          >
            {t(`admin.nav.${section}`)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </section>
  );
}
