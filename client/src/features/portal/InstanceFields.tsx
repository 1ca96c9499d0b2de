import { useTranslation } from 'react-i18next';
import { InstanceEnvironment, LIMITS } from '@support/shared';
import { Field } from '../../core/ui/Field';
import type { IntakeDraft, IntakeErrorField, SetDraftField } from './intake-form';

/** Props of InstanceFields. */
export interface InstanceFieldsProps {
  draft: IntakeDraft;
  set: SetDraftField;
  errorOf(field: IntakeErrorField): string | null;
}

/** The optional stage-1 details: which instance, its URL, the affected login, document IDs. */
export function InstanceFields({ draft, set, errorOf }: InstanceFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('intake.instanceLegend')}</legend>
      <Field id="intake-environment" label={t('ticket.instanceEnvironment')}>
        {(control) => (
          <select
            {...control}
            value={draft.instanceEnvironment}
            onChange={(event) =>
              set('instanceEnvironment', event.target.value as InstanceEnvironment | '')
            }
          >
            <option value="">{t('intake.notSpecified')}</option>
            {Object.values(InstanceEnvironment).map((environment) => (
              <option key={environment} value={environment}>
                {t(`environment.${environment}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="intake-url" label={t('ticket.instanceUrl')} error={errorOf('instanceUrl')}>
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            placeholder="https://"
            maxLength={LIMITS.urlMaxLength}
            value={draft.instanceUrl}
            onChange={(event) => set('instanceUrl', event.target.value)}
          />
        )}
      </Field>
      <Field id="intake-login" label={t('ticket.affectedUserLogin')}>
        {(control) => (
          <input
            {...control}
            maxLength={LIMITS.shortTextMaxLength}
            value={draft.affectedUserLogin}
            onChange={(event) => set('affectedUserLogin', event.target.value)}
          />
        )}
      </Field>
      <Field
        id="intake-documents"
        label={t('ticket.documentIds')}
        hint={t('intake.documentIdsHint')}
        error={errorOf('documentIds')}
      >
        {(control) => (
          <input
            {...control}
            value={draft.documentIds}
            onChange={(event) => set('documentIds', event.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}
