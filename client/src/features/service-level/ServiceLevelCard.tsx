import { useTranslation } from 'react-i18next';
import type { BusinessCalendar } from '@support/shared';
import { useFormat } from '../../core/format/useFormat';
import type { ServiceLevelFieldsFragment } from '../../gql/graphql';
import { toClock } from './countdown';
import { formatTargetMinutes } from './duration';
import { TimeLeft } from './TimeLeft';
import './service-level.css';

/** Props of ServiceLevelCard. */
export interface ServiceLevelCardProps {
  level: ServiceLevelFieldsFragment;
  calendar: BusinessCalendar | null;
}

/**
 * The ticket's service-level clock for agents: the live count-down, the
 * target measured (first response or next update) and its length, when it
 * falls due and turns at risk, and whether it was breached. Business-hours
 * targets say whose hours they count.
 */
export function ServiceLevelCard({ level, calendar }: ServiceLevelCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const clock = toClock(level.clock);
  const business = clock === 'BUSINESS_HOURS' && calendar;
  return (
    <section className="card sla-card" aria-labelledby="sla-title" data-testid="sla-card">
      <h2 id="sla-title" className="card-title">
        {t('sla.title')}
      </h2>
      <TimeLeft level={level} calendar={calendar} size="large" />
      <dl className="facts">
        {level.targetKind && level.targetMinutes !== null && (
          <>
            <dt>{t('sla.targetLength')}</dt>
            <dd>
              {t(`sla.target.${level.targetKind === 'UPDATE' ? 'UPDATE' : 'FIRST_RESPONSE'}`)}
              {': '}
              {formatTargetMinutes(level.targetMinutes, clock, t)} ({t(`sla.clock.${clock}`)})
            </dd>
          </>
        )}
        {level.dueAt && (
          <>
            <dt>{t('sla.dueLabel')}</dt>
            <dd>
              <time dateTime={level.dueAt}>{format.dateTime(level.dueAt)}</time>
            </dd>
          </>
        )}
        {level.atRiskAt && level.dueAt && (
          <>
            <dt>{t('sla.atRiskFrom')}</dt>
            <dd>
              <time dateTime={level.atRiskAt}>{format.dateTime(level.atRiskAt)}</time>
            </dd>
          </>
        )}
        <dt>{t('sla.firstResponseAt')}</dt>
        <dd>
          {level.firstResponseAt
            ? format.dateTime(level.firstResponseAt)
            : t('sla.noFirstResponse')}
        </dd>
        {level.breachedAt && (
          <>
            <dt>{t('sla.breachedAt')}</dt>
            <dd className="text-danger">{format.dateTime(level.breachedAt)}</dd>
          </>
        )}
      </dl>
      {level.phase === 'PAUSED' && <p className="small muted">{t('sla.pausedNote')}</p>}
      {business && (
        <p className="small muted">
          {t('sla.businessNote', {
            start: calendar.start,
            end: calendar.end,
            zone: calendar.timeZone,
          })}
        </p>
      )}
    </section>
  );
}

/**
 * The customer's view of the same clock: when support aims to respond,
 * the count-down, and a plain sentence while paused or stopped.
 */
export function CustomerServiceLevel({ level, calendar }: ServiceLevelCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence =
    level.phase === 'STOPPED'
      ? t('sla.customerStopped')
      : level.phase === 'PAUSED' || !level.dueAt
        ? t('sla.customerPaused')
        : level.breached
          ? t('sla.customerLate', { due: format.dateTime(level.dueAt) })
          : t('sla.customerRunning', { due: format.dateTime(level.dueAt) });
  return (
    <section className="card sla-card" aria-labelledby="sla-title" data-testid="sla-card">
      <h2 id="sla-title" className="card-title">
        {t('sla.customerTitle')}
      </h2>
      <p>{sentence}</p>
      {level.phase !== 'STOPPED' && level.phase !== 'PAUSED' && (
        <TimeLeft level={level} calendar={calendar} />
      )}
    </section>
  );
}
