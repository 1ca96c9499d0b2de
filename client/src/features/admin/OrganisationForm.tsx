import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SupportPlan } from '@support/shared';
import type { ApiError } from '../../core/apollo/api-error';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Field } from '../../core/ui/Field';
import { timeZoneOptions } from '../../core/ui/time-zones';
import { Locale } from '../../gql/graphql';

/** What the organisation form edits. */
export interface OrganisationValues {
  name: string;
  plan: SupportPlan;
  timeZone: string;
  locale: Locale;
}

/** Props of OrganisationForm. */
export interface OrganisationFormProps {
  /** `org-new` or `org-<id>`: prefixes the controls' ids. */
  idPrefix: string;
  initial: OrganisationValues;
  /** Read-only: the API has no input for it yet. */
  holidayCalendar?: string | null;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit(values: OrganisationValues): void;
  onCancel?: () => void;
}

/**
 * Name, plan, time zone and language of an organisation. A server error
 * naming a field is shown at that field; nothing typed is lost.
 */
export function OrganisationForm(props: OrganisationFormProps) {
  const { idPrefix, initial, holidayCalendar, submitLabel, busy, error, onSubmit, onCancel } =
    props;
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [nameMissing, setNameMissing] = useState(false);
  const fieldError = (field: keyof OrganisationValues) =>
    error?.field === field ? t('error.BAD_USER_INPUT_FIELD') : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.name.trim()) {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    onSubmit({ ...values, name: values.name.trim() });
  }

  const set = <K extends keyof OrganisationValues>(key: K, value: OrganisationValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  return (
    <form onSubmit={submit} noValidate className="admin-form" data-testid={`${idPrefix}-form`}>
      <div className="form-grid">
        <Field
          id={`${idPrefix}-name`}
          label={t('admin.org.name')}
          required
          error={nameMissing ? t('admin.org.nameMissing') : fieldError('name')}
        >
          {(control) => (
            <input
              {...control}
              data-testid="org-name"
              maxLength={200}
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field id={`${idPrefix}-plan`} label={t('admin.org.plan')} error={fieldError('plan')}>
          {(control) => (
            <select
              {...control}
              data-testid="org-plan"
              value={values.plan}
              onChange={(event) => set('plan', event.target.value as SupportPlan)}
            >
              {Object.values(SupportPlan).map((plan) => (
                <option key={plan} value={plan}>
                  {t(`plan.${plan}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${idPrefix}-zone`}
          label={t('admin.org.timeZone')}
          error={fieldError('timeZone')}
        >
          {(control) => (
            <select
              {...control}
              data-testid="org-zone"
              value={values.timeZone}
              onChange={(event) => set('timeZone', event.target.value)}
            >
              {timeZoneOptions(values.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${idPrefix}-locale`} label={t('admin.org.locale')} error={fieldError('locale')}>
          {(control) => (
            <select
              {...control}
              data-testid="org-locale"
              value={values.locale}
              onChange={(event) => set('locale', event.target.value as Locale)}
            >
              <option value={Locale.Ja}>{t('language.ja')}</option>
              <option value={Locale.En}>{t('language.en')}</option>
            </select>
          )}
        </Field>
      </div>
      {holidayCalendar !== undefined && (
        <p className="small muted">
          {t('admin.org.calendarReadOnly', { calendar: holidayCalendar ?? t('common.none') })}
        </p>
      )}
      {error && !error.field && <ErrorAlert error={error} />}
      {error?.field && (
        <p className="alert alert-error" role="alert">
          {t('error.BAD_USER_INPUT')}
        </p>
      )}
      <div className="form-buttons">
        <button
          type="submit"
          className="button button-primary"
          data-testid="org-save"
          disabled={busy}
        >
          {busy ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
