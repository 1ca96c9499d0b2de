import { useTranslation } from 'react-i18next';
import { useLive } from './live-context';

/**
 * The live connection's state: a quiet "Live" pill while connected, a
 * prominent "connection lost — reconnecting" bar after a drop. Nothing
 * when logged out (there is no connection then).
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { client, status } = useLive();
  if (!client) return null;
  return (
    <div
      className={`connection connection-${status}`}
      role="status"
      data-testid="connection-banner"
      data-status={status}
    >
      <span className="connection-dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </div>
  );
}
