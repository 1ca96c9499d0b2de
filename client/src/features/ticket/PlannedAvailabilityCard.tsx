import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format/useFormat';
import type { TicketDetailFragment } from '../../gql/graphql';
import './ticket.css';

type Planned = NonNullable<TicketDetailFragment['plannedAvailability']>;
type PlannedChange = TicketDetailFragment['plannedAvailabilityHistory'][number];

/** Props of PlannedAvailabilityCard. */
export interface PlannedAvailabilityCardProps {
  planned: TicketDetailFragment['plannedAvailability'];
  history: TicketDetailFragment['plannedAvailabilityHistory'];
}

function isEmpty(planned: Planned | PlannedChange | null): boolean {
  return !planned || (!planned.release && !planned.date && !planned.reference && !planned.note);
}

/**
 * When the fix is expected: release and date large, then the development
 * reference, the note and when it was last set; earlier values below.
 * A value that changes after the page loaded (a live update) is
 * highlighted: the block re-mounts, keyed by `updatedAt`, to replay it.
 */
export function PlannedAvailabilityCard({ planned, history }: PlannedAvailabilityCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const earlier = history.slice(0, -1).reverse();
  const [loadedAt] = useState(planned?.updatedAt);
  const changedLive = (planned?.updatedAt ?? undefined) !== (loadedAt ?? undefined);

  return (
    <section
      key={planned?.updatedAt ?? 'none'}
      className={changedLive ? 'card planned planned-changed' : 'card planned'}
      aria-labelledby="planned-title"
      data-testid="planned-availability"
    >
      <h2 id="planned-title" className="card-title">
        {t('planned.title')}
      </h2>
      {!planned || isEmpty(planned) ? (
        <p className="muted">{t('planned.notSet')}</p>
      ) : (
        <>
          <dl className="planned-main">
            <div>
              <dt>{t('planned.release')}</dt>
              <dd className="planned-value" data-testid="planned-release">
                {planned.release || t('common.none')}
              </dd>
            </div>
            <div>
              <dt>{t('planned.date')}</dt>
              <dd className="planned-value" data-testid="planned-date">
                {planned.date ? (
                  <time dateTime={planned.date}>{format.localDate(planned.date)}</time>
                ) : (
                  t('common.none')
                )}
              </dd>
            </div>
          </dl>
          <dl className="planned-details">
            {planned.reference && (
              <div>
                <dt>{t('planned.reference')}</dt>
                <dd data-testid="planned-reference">{planned.reference}</dd>
              </div>
            )}
            {planned.note && (
              <div>
                <dt>{t('planned.note')}</dt>
                <dd className="prewrap" data-testid="planned-note">
                  {planned.note}
                </dd>
              </div>
            )}
          </dl>
          {planned.updatedAt && (
            <p className="muted small" data-testid="planned-updated">
              {t('planned.updatedAt', { time: format.dateTime(planned.updatedAt) })}
            </p>
          )}
        </>
      )}
      {earlier.length > 0 && (
        <details className="planned-history">
          <summary>{t('planned.history', { count: earlier.length })}</summary>
          <ol>
            {earlier.map((change) => (
              <li key={change.at}>
                <time dateTime={change.at}>{format.dateTime(change.at)}</time>
                {': '}
                {isEmpty(change)
                  ? t('planned.cleared')
                  : [change.release, change.date && format.localDate(change.date), change.reference]
                      .filter(Boolean)
                      .join(' · ')}
                {change.note && <span className="muted"> — {change.note}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
