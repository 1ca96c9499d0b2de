import { graphql } from '../../gql';

/** Agents on a ticket; subscribing marks the caller as viewing it. */
export const TicketPresenceSubscription = graphql(`
  subscription TicketPresence($number: String!) {
    ticketPresence(number: $number) {
      number
      entries {
        activity
        since
        user {
          id
          name
        }
      }
    }
  }
`);

/** Tells the other agents whether the caller is typing a reply. */
export const ReportTypingMutation = graphql(`
  mutation ReportTyping($input: ReportTypingInput!) {
    reportTyping(input: $input)
  }
`);
