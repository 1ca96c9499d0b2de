import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { SEVERITIES, SupportPlan } from '@support/shared';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { PlanTargetCell } from './PlanTargetCell';
import { PlanTargetsQuery } from './service-level.operations';
import './service-level.css';

const PLANS = Object.values(SupportPlan);

/**
 * Admins: the targets of every plan per severity (sla.md's defaults until
 * edited). Each cell saves on its own; open tickets follow on the server.
 */
export function PlansPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(PlanTargetsQuery);
  const cell = (plan: SupportPlan, severity: number) =>
    data?.planTargets.find((target) => target.plan === plan && target.severity === severity);

  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">{t('plans.title')}</h2>
      <p className="muted">{t('plans.intro')}</p>
      {error && <ErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="table-wrap">
          <table className="data-table plan-grid" data-testid="plan-grid">
            <caption className="visually-hidden">{t('plans.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ticket.severity')}</th>
                {PLANS.map((plan) => (
                  <th key={plan} scope="col">
                    {t(`plan.${plan}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {SEVERITIES.map((severity) => (
                <tr key={severity}>
                  <th scope="row">{t(`severity.${severity}.label`)}</th>
                  {PLANS.map((plan) => {
                    const target = cell(plan, severity);
                    return (
                      <td key={plan}>
                        {target ? <PlanTargetCell target={target} /> : t('common.none')}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
