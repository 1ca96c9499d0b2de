import { useTranslation } from 'react-i18next';
import type { BusinessCalendar } from '@support/shared';
import { useFormat } from '../../core/format/useFormat';
import { useNow } from '../../core/time/useNow';
import type { ServiceLevelFieldsFragment } from '../../gql/graphql';
import { countDown, type Countdown } from './countdown';
import { formatCountdown } from './duration';
import './service-level.css';

/** Props of TimeLeft. */
export interface TimeLeftProps {
  level: ServiceLevelFieldsFragment;
  /** The organisation's business calendar; needed for business-hours targets. */
  calendar: BusinessCalendar | null;
  /** `compact` for table rows; `large` for the ticket page. */
  size?: 'compact' | 'large';
}

/** The visible text and the spoken label of a count-down. */
export function describeCountdown(
  countdown: Countdown,
  t: ReturnType<typeof useTranslation>['t'],
  formatDue: (date: Date) => string,
): { text: string; label: string } {
  const target = countdown.targetKind
    ? t(`sla.target.${countdown.targetKind}`)
    : t('sla.target.unknown');
  const clock = t(`sla.clock.${countdown.clock}`);
  const figure =
    countdown.remainingMs === null
      ? null
      : formatCountdown(countdown.remainingMs, countdown.clock, t);
  const due = countdown.dueAt ? formatDue(countdown.dueAt) : '';

  switch (countdown.status) {
    case 'paused':
      return { text: t('sla.paused'), label: t('sla.label.paused') };
    case 'stopped':
      return { text: t('sla.stopped'), label: t('sla.label.stopped') };
    case 'breached': {
      const overdue = countdown.remainingMs !== null && countdown.remainingMs <= 0;
      const text = figure
        ? overdue
          ? t('sla.breachedBy', { time: figure })
          : t('sla.breachedLeft', { time: figure })
        : t('sla.breached');
      return { text, label: t('sla.label.breached', { target, text, due }) };
    }
    case 'atRisk': {
      const text = figure ? t('sla.atRiskLeft', { time: figure }) : t('sla.dueAt', { due });
      return { text, label: t('sla.label.atRisk', { target, text, clock }) };
    }
    case 'running': {
      const text = figure ? t('sla.left', { time: figure }) : t('sla.dueAt', { due });
      return { text, label: t('sla.label.running', { target, text, clock }) };
    }
  }
}

/**
 * A ticket's service-level count-down, moving each second on the app's
 * shared ticker (no timer of its own, no server traffic). At risk and
 * breached are marked three ways: colour, an icon-like prefix word and an
 * accessible label that names the target and the clock. role=timer keeps
 * screen readers from announcing every second.
 */
export function TimeLeft({ level, calendar, size = 'compact' }: TimeLeftProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const countdown = countDown(level, calendar, now);
  const { text, label } = describeCountdown(countdown, t, (date) =>
    format.dateTime(date.toISOString()),
  );
  return (
    <span
      role="timer"
      aria-label={label}
      title={label}
      className={`sla sla-${countdown.status} sla-${size}`}
      data-testid="sla-time-left"
      data-status={countdown.status}
    >
      {countdown.status === 'breached' || countdown.status === 'atRisk' ? (
        <span className="sla-mark" aria-hidden="true">
          {countdown.status === 'breached' ? '●' : '▲'}
        </span>
      ) : null}
      {text}
    </span>
  );
}
