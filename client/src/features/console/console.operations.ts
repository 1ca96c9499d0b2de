import { graphql } from '../../gql';

/** The queue page: tickets, the event cursor and the organisation filter's options. */
export const QueuePageQuery = graphql(`
  query QueuePage($filter: TicketFilter, $first: Int) {
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
    organisations {
      id
      name
      ...OrganisationCalendar
    }
  }
`);

/** Live changes of every ticket, for the queue. */
export const QueueEventsSubscription = graphql(`
  subscription QueueEvents($after: String) {
    queueEvents(after: $after) {
      sequence
      kind
      at
      ticket {
        ...TicketRow
      }
    }
  }
`);

/** Active agents: assignee choices and names in the history. */
export const AgentsQuery = graphql(`
  query Agents {
    agents {
      id
      name
      role
    }
  }
`);
