import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format/useFormat';
import type { TicketDetailFragment } from '../../gql/graphql';
import './survey.css';

type Satisfaction = NonNullable<TicketDetailFragment['satisfaction']>;

/** The requester's survey answer on a closed ticket (agents only: the API sends it to no one else). */
export function SatisfactionCard({ satisfaction }: { satisfaction: Satisfaction }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rating = Math.min(5, Math.max(1, satisfaction.rating)) as 1 | 2 | 3 | 4 | 5;
  return (
    <section className="card" aria-labelledby="satisfaction-title" data-testid="satisfaction">
      <h2 id="satisfaction-title" className="card-title">
        {t('survey.resultTitle')}
      </h2>
      <p className="satisfaction-stars">
        <span aria-hidden="true">
          {'★'.repeat(rating)}
          {'☆'.repeat(5 - rating)}
        </span>{' '}
        <span>{t(`survey.rating.${rating}`)}</span>
      </p>
      {satisfaction.comment && <blockquote className="prewrap">{satisfaction.comment}</blockquote>}
      <p className="small muted">
        {t('survey.submittedAt', { time: format.dateTime(satisfaction.submittedAt) })}
      </p>
    </section>
  );
}
