import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="centered-page">
      <h1>{t('app.notFound')}</h1>
      <Link to="/">{t('app.home')}</Link>
    </section>
  );
}
