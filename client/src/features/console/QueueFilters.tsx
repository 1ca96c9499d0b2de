import { useTranslation } from 'react-i18next';
import { SEVERITIES, TicketState } from '@support/shared';
import type { QueueFilterValues } from './queue-filter';

/** Props of QueueFilters. */
export interface QueueFiltersProps {
  values: QueueFilterValues;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** Sets one URL parameter; null removes it. */
  onChange(name: string, value: string | null): void;
}

/** The queue's filters: mine, unassigned, state, severity, organisation. */
export function QueueFilters({ values, organisations, onChange }: QueueFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="group" aria-label={t('filters.label')}>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="filter-mine"
          checked={values.mine}
          onChange={(event) => onChange('mine', event.target.checked ? '1' : null)}
        />
        {t('queue.mine')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="filter-unassigned"
          checked={values.unassigned}
          onChange={(event) => onChange('unassigned', event.target.checked ? '1' : null)}
        />
        {t('ticket.unassigned')}
      </label>
      <label className="inline-field">
        {t('ticket.state')}
        <select
          data-testid="filter-state"
          value={values.state}
          onChange={(event) => onChange('state', event.target.value)}
        >
          <option value="OPEN">{t('queue.allOpen')}</option>
          {Object.values(TicketState).map((state) => (
            <option key={state} value={state}>
              {t(`state.${state}`)}
            </option>
          ))}
          <option value="ALL">{t('queue.allStates')}</option>
        </select>
      </label>
      <label className="inline-field">
        {t('ticket.severity')}
        <select
          data-testid="filter-severity"
          value={values.severity ?? ''}
          onChange={(event) => onChange('severity', event.target.value || null)}
        >
          <option value="">{t('queue.anySeverity')}</option>
          {SEVERITIES.map((level) => (
            <option key={level} value={level}>
              {t(`severity.${level}.label`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        {t('ticket.organisation')}
        <select
          data-testid="filter-organisation"
          value={values.organisationId}
          onChange={(event) => onChange('organisation', event.target.value || null)}
        >
          <option value="">{t('queue.anyOrganisation')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
