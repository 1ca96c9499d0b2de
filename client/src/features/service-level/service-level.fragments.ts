import { graphql } from '../../gql';

/** A ticket's service-level clock, as rows and ticket pages count it down. */
export const ServiceLevelFieldsFragment = graphql(`
  fragment ServiceLevelFields on TicketServiceLevel {
    phase
    targetKind
    targetMinutes
    clock
    dueAt
    atRiskAt
    atRisk
    breached
    breachedAt
    firstResponseAt
  }
`);

/**
 * An organisation's business hours and holidays: with them the client
 * counts business time exactly as the server does (shared engine).
 */
export const OrganisationCalendarFragment = graphql(`
  fragment OrganisationCalendar on Organisation {
    id
    businessCalendar {
      timeZone
      days
      start
      end
      holidays
    }
  }
`);
