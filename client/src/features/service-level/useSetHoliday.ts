import { useFormMutation } from '../../core/apollo/useFormMutation';
import { HolidaysQuery, SetHolidayMutation } from './service-level.operations';

/** Adds (or renames) a holiday and keeps its calendar's cached list in date order. */
export function useSetHoliday() {
  return useFormMutation(SetHolidayMutation, (cache, data, variables) => {
    const saved = data.setHoliday;
    cache.updateQuery(
      { query: HolidaysQuery, variables: { calendar: variables.input.calendar } },
      (current) =>
        current
          ? {
              holidays: [
                ...current.holidays.filter((holiday) => holiday.date !== saved.date),
                saved,
              ].sort((a, b) => a.date.localeCompare(b.date)),
            }
          : current,
    );
  });
}
