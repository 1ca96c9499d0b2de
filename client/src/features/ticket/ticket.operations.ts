import { graphql } from '../../gql';

/**
 * One ticket and the event cursor read in the same request, so that the
 * subscription started with `after: eventCursor` misses nothing.
 */
export const TicketPageQuery = graphql(`
  query TicketPage($number: String!) {
    ticket(number: $number) {
      ...TicketDetail
    }
    eventCursor
  }
`);

/** Live changes of one ticket, each carrying the ticket as it is now. */
export const TicketEventsSubscription = graphql(`
  subscription TicketEvents($number: String!, $after: String) {
    ticketEvents(number: $number, after: $after) {
      sequence
      kind
      at
      actor {
        id
        name
      }
      ticket {
        ...TicketDetail
      }
    }
  }
`);

/** A lifecycle move (accept, reject, propose, ...). */
export const TransitionTicketMutation = graphql(`
  mutation TransitionTicket($input: TransitionTicketInput!) {
    transitionTicket(input: $input) {
      ...TicketDetail
    }
  }
`);

/** A public reply or an internal note. */
export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

/** Assigns or unassigns. */
export const AssignTicketMutation = graphql(`
  mutation AssignTicket($input: AssignTicketInput!) {
    assignTicket(input: $input) {
      ...TicketDetail
    }
  }
`);

/** Raises or lowers the severity (support). */
export const ChangeSeverityMutation = graphql(`
  mutation ChangeSeverity($input: ChangeSeverityInput!) {
    changeSeverity(input: $input) {
      ...TicketDetail
    }
  }
`);

/** Sets when the fix is expected. */
export const SetPlannedAvailabilityMutation = graphql(`
  mutation SetPlannedAvailability($input: SetPlannedAvailabilityInput!) {
    setPlannedAvailability(input: $input) {
      ...TicketDetail
    }
  }
`);
