import { useTranslation } from 'react-i18next';
import { addDays } from '../../core/format/local-day';

/** A period of whole local days, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** Props of PeriodPicker. */
export interface PeriodPickerProps {
  value: Period;
  /** Today in the user's time zone (`YYYY-MM-DD`). */
  today: string;
  onChange(period: Period): void;
}

const PRESETS = [7, 30, 90, 365] as const;

/**
 * Chooses the report's period: the last 7, 30, 90 or 365 days, or any two
 * dates (from ≤ to; both days included).
 */
export function PeriodPicker({ value, today, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="group" aria-label={t('report.period')}>
      {PRESETS.map((days) => {
        const preset = { from: addDays(today, -(days - 1)), to: today };
        const on = preset.from === value.from && preset.to === value.to;
        return (
          <button
            key={days}
            type="button"
            className={on ? 'button button-primary' : 'button'}
            aria-pressed={on}
            data-testid={`period-${days}`}
            onClick={() => onChange(preset)}
          >
            {t('report.lastDays', { count: days })}
          </button>
        );
      })}
      <label className="inline-field">
        {t('report.from')}
        <input
          type="date"
          data-testid="period-from"
          value={value.from}
          max={value.to}
          onChange={(event) =>
            event.target.value && onChange({ ...value, from: event.target.value })
          }
        />
      </label>
      <label className="inline-field">
        {t('report.to')}
        <input
          type="date"
          data-testid="period-to"
          value={value.to}
          min={value.from}
          onChange={(event) => event.target.value && onChange({ ...value, to: event.target.value })}
        />
      </label>
    </div>
  );
}
