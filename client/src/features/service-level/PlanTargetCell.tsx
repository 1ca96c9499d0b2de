import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTargetsQuery } from '../../gql/graphql';
import { toClock } from './countdown';
import { formatTargetMinutes } from './duration';
import { useUpdatePlanTarget } from './useUpdatePlanTarget';

type Target = PlanTargetsQuery['planTargets'][number];

/** Longest target the server accepts: 60 days of minutes. */
const MAX_MINUTES = 60 * 24 * 60;

function validMinutes(text: string): boolean {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= MAX_MINUTES;
}

/**
 * One plan × severity cell of the plan editor: first response and update
 * cadence in minutes of the chosen clock, each with its length in words
 * ("8 business hours") as it is typed, and a save button for the cell.
 */
export function PlanTargetCell({ target }: { target: Target }) {
  const { t } = useTranslation();
  const update = useUpdatePlanTarget();
  const [first, setFirst] = useState(String(target.firstResponseMinutes));
  const [cadence, setCadence] = useState(String(target.updateMinutes));
  const [clock, setClock] = useState(toClock(target.clock));
  const [saved, setSaved] = useState(false);
  const id = `plan-${target.plan}-${target.severity}`;
  const changed =
    first !== String(target.firstResponseMinutes) ||
    cadence !== String(target.updateMinutes) ||
    clock !== toClock(target.clock);
  const invalid = !validMinutes(first) || !validMinutes(cadence);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (invalid) return;
    const result = await update.run({
      input: {
        plan: target.plan,
        severity: target.severity,
        firstResponseMinutes: Number(first),
        updateMinutes: Number(cadence),
        clock,
      },
    });
    if (!result.error) setSaved(true);
  }

  const words = (text: string) =>
    validMinutes(text) ? formatTargetMinutes(Number(text), clock, t) : t('plans.invalidMinutes');

  return (
    <form className="plan-cell" onSubmit={save} noValidate data-testid={id}>
      <label htmlFor={`${id}-first`} className="small">
        {t('plans.firstResponse')}
      </label>
      <input
        id={`${id}-first`}
        type="number"
        min={1}
        max={MAX_MINUTES}
        step={1}
        value={first}
        aria-invalid={!validMinutes(first)}
        aria-describedby={`${id}-first-words`}
        onChange={(event) => setFirst(event.target.value)}
      />
      <span id={`${id}-first-words`} className="small muted">
        {t('plans.minutesAre', { words: words(first) })}
      </span>
      <label htmlFor={`${id}-update`} className="small">
        {t('plans.update')}
      </label>
      <input
        id={`${id}-update`}
        type="number"
        min={1}
        max={MAX_MINUTES}
        step={1}
        value={cadence}
        aria-invalid={!validMinutes(cadence)}
        aria-describedby={`${id}-update-words`}
        onChange={(event) => setCadence(event.target.value)}
      />
      <span id={`${id}-update-words`} className="small muted">
        {t('plans.minutesAre', { words: words(cadence) })}
      </span>
      <label htmlFor={`${id}-clock`} className="small">
        {t('plans.clock')}
      </label>
      <select
        id={`${id}-clock`}
        value={clock}
        onChange={(event) => setClock(toClock(event.target.value))}
      >
        <option value="ALWAYS">{t('plans.clockAlways')}</option>
        <option value="BUSINESS_HOURS">{t('plans.clockBusiness')}</option>
      </select>
      <button
        type="submit"
        className="button"
        disabled={!changed || invalid || update.busy}
        aria-label={t('plans.saveCell', {
          plan: t(`plan.${target.plan}`),
          severity: target.severity,
        })}
      >
        {update.busy ? t('common.saving') : t('common.save')}
      </button>
      <span aria-live="polite" className="small">
        {saved && !changed && t('plans.saved')}
      </span>
      {update.error && (
        <span role="alert" className="field-error">
          {t(`error.${update.error.code}`)}
        </span>
      )}
    </form>
  );
}
