import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useFormat } from '../../core/format/useFormat';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Field } from '../../core/ui/Field';
import { Loading } from '../../core/ui/Loading';
import { HolidayCalendarsQuery, HolidaysQuery } from './service-level.operations';
import { useRemoveHoliday } from './useRemoveHoliday';
import { useSetHoliday } from './useSetHoliday';

/** The calendar shipped with the product (Japan's public holidays). */
const DEFAULT_CALENDAR = 'JP';

/**
 * Admins: the holidays of a calendar (days without business hours for the
 * organisations using it), by year; add, rename (same date) or remove one.
 * Clocks of open tickets follow on the server.
 */
export function HolidaysPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const calendars = useQuery(HolidayCalendarsQuery);
  const [calendar, setCalendar] = useState(DEFAULT_CALENDAR);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const { data, error } = useQuery(HolidaysQuery, { variables: { calendar } });
  const add = useSetHoliday();
  const remove = useRemoveHoliday();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);

  const names = new Set([DEFAULT_CALENDAR]);
  calendars.data?.organisations.forEach(
    (org) => org.holidayCalendar && names.add(org.holidayCalendar),
  );
  const users = (name: string) =>
    calendars.data?.organisations
      .filter((org) => org.holidayCalendar === name)
      .map((org) => org.name) ?? [];
  const holidays = data?.holidays ?? [];
  const years = [...new Set(holidays.map((holiday) => holiday.date.slice(0, 4)))];
  const shown = holidays.filter((holiday) => year === 'all' || holiday.date.startsWith(year));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!date || !name.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await add.run({ input: { calendar, date, name: name.trim() } });
    if (!result.error) {
      setDate('');
      setName('');
      setYear(date.slice(0, 4));
    }
  }

  const weekday = (value: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );

  return (
    <section aria-labelledby="holidays-title">
      <h2 id="holidays-title">{t('holidays.title')}</h2>
      <div className="filters">
        <label className="inline-field">
          {t('holidays.calendar')}
          <select
            data-testid="holiday-calendar"
            value={calendar}
            onChange={(event) => setCalendar(event.target.value)}
          >
            {[...names].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('holidays.year')}
          <select value={year} onChange={(event) => setYear(event.target.value)}>
            {[...new Set([...years, year])].sort().map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
            <option value="all">{t('holidays.allYears')}</option>
          </select>
        </label>
        <span className="small muted">
          {t('holidays.usedBy', { names: users(calendar).join(', ') || t('common.none') })}
        </span>
      </div>
      <form className="card" onSubmit={submit} noValidate aria-labelledby="holiday-add-title">
        <h3 id="holiday-add-title" className="card-title">
          {t('holidays.add', { calendar })}
        </h3>
        <div className="form-grid">
          <Field
            id="holiday-date"
            label={t('holidays.date')}
            required
            error={missing && !date ? t('holidays.dateMissing') : null}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                data-testid="holiday-date"
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
            )}
          </Field>
          <Field
            id="holiday-name"
            label={t('holidays.name')}
            required
            error={missing && !name.trim() ? t('holidays.nameMissing') : null}
          >
            {(control) => (
              <input
                {...control}
                maxLength={100}
                data-testid="holiday-name"
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
        </div>
        {add.error && <ErrorAlert error={add.error} />}
        <button type="submit" className="button button-primary" disabled={add.busy}>
          {t('holidays.save')}
        </button>
      </form>
      {error && <ErrorAlert error={error} />}
      {remove.error && <ErrorAlert error={remove.error} />}
      {!data && !error && <Loading />}
      {data && shown.length === 0 && <p className="empty">{t('holidays.none')}</p>}
      {shown.length > 0 && (
        <table className="data-table" data-testid="holiday-table">
          <caption className="visually-hidden">{t('holidays.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('holidays.date')}</th>
              <th scope="col">{t('holidays.weekday')}</th>
              <th scope="col">{t('holidays.name')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((holiday) => (
              <tr key={holiday.date}>
                <th scope="row">
                  <time dateTime={holiday.date}>{format.localDate(holiday.date)}</time>
                </th>
                <td>{weekday(holiday.date)}</td>
                <td>{holiday.name}</td>
                <td>
                  <button
                    type="button"
                    className="button button-danger"
                    disabled={remove.busy}
                    aria-label={t('holidays.removeNamed', {
                      name: holiday.name,
                      date: format.localDate(holiday.date),
                    })}
                    onClick={() => void remove.run({ calendar, date: holiday.date })}
                  >
                    {t('holidays.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
