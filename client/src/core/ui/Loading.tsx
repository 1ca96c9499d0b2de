import { useTranslation } from 'react-i18next';

/** The placeholder shown while a page's data loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status">
      {t('app.loading')}
    </p>
  );
}
