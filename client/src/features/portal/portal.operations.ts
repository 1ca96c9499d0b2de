import { graphql } from '../../gql';

/** The organisation's tickets and the event cursor, read together. */
export const PortalTicketsQuery = graphql(`
  query PortalTickets($filter: TicketFilter, $first: Int) {
    tickets(filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...TicketRow
        }
      }
    }
    eventCursor
  }
`);

/** Live changes of every ticket of the customer's organisation. */
export const OrganisationTicketEventsSubscription = graphql(`
  subscription OrganisationTicketEvents($after: String) {
    organisationTicketEvents(after: $after) {
      sequence
      kind
      at
      ticket {
        ...TicketRow
      }
    }
  }
`);

/** Opens a ticket. */
export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ...TicketRow
    }
  }
`);
