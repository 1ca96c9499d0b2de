import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { SEVERITIES, SupportPlan } from '@support/shared';
import { addDays, startOfDayIn, todayIn } from '../../core/format/local-day';
import { useFormat } from '../../core/format/useFormat';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import type { ServiceLevelReportQuery } from '../../gql/graphql';
import { BarChart, type ChartSeries } from './BarChart';
import { formatMinutesCompact, formatTargetMinutes } from './duration';
import { PeriodPicker, type Period } from './PeriodPicker';
import { ServiceLevelReportQuery as ReportQuery } from './service-level.operations';
import './service-level.css';

type Row = ServiceLevelReportQuery['serviceLevelReport'][number];

const PLAN_COLOURS: Record<SupportPlan, string> = {
  [SupportPlan.STANDARD]: '#7a8699',
  [SupportPlan.PREMIER]: '#1f5fbf',
  [SupportPlan.PREMIER_PLUS]: '#7b3fb8',
};

/**
 * Admins: breach rate and median time to first response per severity and
 * plan, for tickets opened in the chosen period (whole days in the user's
 * time zone). Two SVG charts, each with the same numbers in a table.
 */
export function ServiceLevelReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayIn(format.timeZone);
  const [period, setPeriod] = useState<Period>({ from: addDays(today, -29), to: today });
  const { data, error, loading } = useQuery(ReportQuery, {
    variables: {
      from: startOfDayIn(period.from, format.timeZone).toISOString(),
      to: startOfDayIn(addDays(period.to, 1), format.timeZone).toISOString(),
    },
  });
  const rows = data?.serviceLevelReport ?? [];
  const row = (plan: SupportPlan, severity: number): Row | undefined =>
    rows.find((entry) => entry.plan === plan && entry.severity === severity);
  const series: ChartSeries[] = Object.values(SupportPlan).map((plan) => ({
    key: plan,
    label: t(`plan.${plan}`),
    colour: PLAN_COLOURS[plan],
  }));
  const groups = (pick: (entry: Row) => number | null) =>
    SEVERITIES.map((severity) => ({
      label: t(`severity.${severity}.label`),
      values: Object.fromEntries(
        Object.values(SupportPlan).map((plan) => {
          const entry = row(plan, severity);
          return [plan, entry && entry.tickets > 0 ? pick(entry) : null];
        }),
      ),
    }));
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const minutes = (value: number) => formatTargetMinutes(Math.round(value), 'ALWAYS', t);
  const total = rows.reduce((sum, entry) => sum + entry.tickets, 0);
  const breached = rows.reduce((sum, entry) => sum + entry.breached, 0);

  return (
    <section aria-labelledby="report-title">
      <h1 id="report-title">{t('report.title')}</h1>
      <p className="muted">{t('report.intro')}</p>
      <PeriodPicker value={period} today={today} onChange={setPeriod} />
      {error && <ErrorAlert error={error} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <p aria-live="polite" data-testid="report-summary">
            {t('report.summary', {
              tickets: total,
              breached,
              rate: percent(total ? breached / total : 0),
            })}
          </p>
          <div className="card">
            <h2 className="card-title">{t('report.breachRate')}</h2>
            <BarChart
              title={t('report.breachRate')}
              description={t('report.breachRateDescription')}
              series={series}
              groups={groups((entry) => entry.breachRate)}
              max={1}
              format={percent}
            />
          </div>
          <div className="card">
            <h2 className="card-title">{t('report.medianFirstResponse')}</h2>
            <BarChart
              title={t('report.medianFirstResponse')}
              description={t('report.medianDescription')}
              series={series}
              groups={groups((entry) => entry.medianFirstResponseMinutes)}
              format={(value) => formatMinutesCompact(value, t)}
            />
          </div>
          <div className="card">
            <h2 className="card-title" id="report-table-title">
              {t('report.tableTitle')}
            </h2>
            <div className="table-wrap">
              <table
                className="data-table"
                aria-labelledby="report-table-title"
                data-testid="report-table"
              >
                <thead>
                  <tr>
                    <th scope="col">{t('report.plan')}</th>
                    <th scope="col">{t('ticket.severity')}</th>
                    <th scope="col" className="numeric">
                      {t('report.tickets')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.breached')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.breachRate')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('report.medianFirstResponse')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {Object.values(SupportPlan).flatMap((plan) =>
                    SEVERITIES.map((severity) => {
                      const entry = row(plan, severity);
                      return (
                        <tr key={`${plan}-${severity}`}>
                          <th scope="row">{t(`plan.${plan}`)}</th>
                          <td>{t(`severity.${severity}.label`)}</td>
                          <td className="numeric">{entry?.tickets ?? 0}</td>
                          <td className="numeric">{entry?.breached ?? 0}</td>
                          <td className="numeric">
                            {entry && entry.tickets > 0
                              ? percent(entry.breachRate)
                              : t('common.none')}
                          </td>
                          <td className="numeric">
                            {entry?.medianFirstResponseMinutes != null
                              ? minutes(entry.medianFirstResponseMinutes)
                              : t('common.none')}
                          </td>
                        </tr>
                      );
                    }),
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
