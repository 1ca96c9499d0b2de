import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { DeflectionReportQuery } from './knowledge.operations';
import './knowledge.css';

const PERIODS = [7, 30, 90] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Knowledge-base deflection for agents: suggestions customers opened from
 * the new-ticket form, and how many of those led to no ticket within 30
 * minutes, over the last 7, 30 or 90 days, with the most viewed articles.
 */
export function DeflectionReportPage() {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  // The period ends when the page was opened, so re-renders reuse the result.
  const [openedAt] = useState(() => Math.ceil(Date.now() / 60_000) * 60_000);
  const variables = useMemo(
    () => ({
      from: new Date(openedAt - days * DAY_MS).toISOString(),
      to: new Date(openedAt).toISOString(),
    }),
    [openedAt, days],
  );
  const { data, error } = useQuery(DeflectionReportQuery, {
    variables,
    fetchPolicy: 'network-only',
  });
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'percent' });
  const report = data?.deflectionReport;

  return (
    <section className="deflections" data-testid="deflection-report">
      <div className="page-heading">
        <h1>{t('knowledge.report.title')}</h1>
      </div>
      <p className="muted">{t('knowledge.report.intro')}</p>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('knowledge.report.period')}</legend>
        {PERIODS.map((value) => (
          <label key={value} className={value === days ? 'segment segment-on' : 'segment'}>
            <input
              type="radio"
              name="period"
              checked={value === days}
              onChange={() => setDays(value)}
            />
            {t('knowledge.report.lastDays', { count: value })}
          </label>
        ))}
      </fieldset>
      {error && <ErrorAlert error={error} />}
      {!report && !error && <Loading />}
      {report && (
        <>
          <dl className="kb-figures">
            <div className="card">
              <dt>{t('knowledge.report.views')}</dt>
              <dd data-testid="deflection-views">{report.views}</dd>
            </div>
            <div className="card">
              <dt>{t('knowledge.report.deflections')}</dt>
              <dd data-testid="deflection-count">{report.deflections}</dd>
            </div>
            <div className="card">
              <dt>{t('knowledge.report.rate')}</dt>
              <dd>{report.rate === null ? '–' : percent.format(report.rate)}</dd>
            </div>
            <div className="card">
              <dt>{t('knowledge.report.pending')}</dt>
              <dd>{report.pending}</dd>
            </div>
          </dl>
          {report.articles.length === 0 ? (
            <p className="empty">{t('knowledge.report.empty')}</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t('knowledge.report.articles')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('knowledge.report.article')}</th>
                  <th scope="col">{t('knowledge.report.views')}</th>
                  <th scope="col">{t('knowledge.report.deflections')}</th>
                </tr>
              </thead>
              <tbody>
                {report.articles.map((row) => (
                  <tr key={row.articleId}>
                    <td>
                      <Link to={`/kb/${row.articleId}`}>{row.title}</Link>
                    </td>
                    <td>{row.views}</td>
                    <td>{row.deflections}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
