import { useFormMutation } from '../../core/apollo/useFormMutation';
import { HolidaysQuery, RemoveHolidayMutation } from './service-level.operations';

/** Removes a holiday and drops it from its calendar's cached list. */
export function useRemoveHoliday() {
  return useFormMutation(RemoveHolidayMutation, (cache, _data, variables) => {
    cache.updateQuery(
      { query: HolidaysQuery, variables: { calendar: variables.calendar } },
      (current) =>
        current
          ? { holidays: current.holidays.filter((holiday) => holiday.date !== variables.date) }
          : current,
    );
    cache.evict({ id: cache.identify({ __typename: 'Holiday', ...variables }) });
    cache.gc();
  });
}
