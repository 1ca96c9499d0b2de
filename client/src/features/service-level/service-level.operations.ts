import { graphql } from '../../gql';

/** Every plan's targets per severity. */
export const PlanTargetsQuery = graphql(`
  query PlanTargets {
    planTargets {
      plan
      severity
      firstResponseMinutes
      updateMinutes
      clock
    }
  }
`);

/** Changes one plan × severity cell; open tickets follow on the server. */
export const UpdatePlanTargetMutation = graphql(`
  mutation UpdatePlanTarget($input: UpdatePlanTargetInput!) {
    updatePlanTarget(input: $input) {
      plan
      severity
      firstResponseMinutes
      updateMinutes
      clock
    }
  }
`);

/** The holidays of one calendar, in date order; and which calendars organisations use. */
export const HolidaysQuery = graphql(`
  query Holidays($calendar: String!) {
    holidays(calendar: $calendar) {
      calendar
      date
      name
    }
  }
`);

/** The holiday calendars in use, from the organisations. */
export const HolidayCalendarsQuery = graphql(`
  query HolidayCalendars {
    organisations {
      id
      name
      holidayCalendar
    }
  }
`);

/** Adds or renames a holiday. */
export const SetHolidayMutation = graphql(`
  mutation SetHoliday($input: HolidayInput!) {
    setHoliday(input: $input) {
      calendar
      date
      name
    }
  }
`);

/** Removes a holiday. */
export const RemoveHolidayMutation = graphql(`
  mutation RemoveHoliday($calendar: String!, $date: String!) {
    removeHoliday(calendar: $calendar, date: $date)
  }
`);

/** Breach rate and median first response per plan and severity over [from, to). */
export const ServiceLevelReportQuery = graphql(`
  query ServiceLevelReport($from: DateTime!, $to: DateTime!) {
    serviceLevelReport(from: $from, to: $to) {
      plan
      severity
      tickets
      breached
      breachRate
      medianFirstResponseMinutes
    }
  }
`);
