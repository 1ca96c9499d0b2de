import { useTranslation } from 'react-i18next';
import { isSeverity } from '@support/shared';

/** A severity level 1–4 with its short name; the full definition as a tooltip. */
export function SeverityBadge({ severity }: { severity: number }) {
  const { t } = useTranslation();
  if (!isSeverity(severity)) return <span className="badge">{severity}</span>;
  return (
    <span
      className={`badge severity severity-${severity}`}
      title={t(`severity.${severity}.definition`)}
      data-testid="ticket-severity"
    >
      {t(`severity.${severity}.label`)}
    </span>
  );
}
