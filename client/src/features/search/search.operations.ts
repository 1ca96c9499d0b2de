import { graphql } from '../../gql';

/** Tickets, articles and ideas at once, for the agents' search box. */
export const ConsoleSearchQuery = graphql(`
  query ConsoleSearch($input: SearchInput!) {
    search(input: $input) {
      tickets {
        score
        ticket {
          number
          title
          state
          organisation {
            id
            name
          }
        }
        highlights {
          start
          end
          field
          item
        }
        snippet {
          text
          highlights {
            start
            end
          }
        }
      }
      articles {
        score
        article {
          id
          title
          locale
          status
        }
        highlights {
          start
          end
          field
          item
        }
      }
      ideas {
        score
        idea {
          id
          title
          status
          voteCount
        }
        highlights {
          start
          end
          field
          item
        }
      }
    }
  }
`);

/** Open tickets of the customer's organisation that look like the one being typed. */
export const SimilarTicketsQuery = graphql(`
  query SimilarTickets($input: SimilarTicketsInput!) {
    similarTickets(input: $input) {
      score
      reasons
      matchedDocumentIds
      highlights {
        start
        end
        field
        item
      }
      ticket {
        number
        title
        state
        documentIds
        viewerFollows
        requester {
          id
          name
        }
      }
    }
  }
`);

/** Follows a colleague's ticket instead of opening a duplicate. */
export const FollowTicketMutation = graphql(`
  mutation FollowTicket($number: String!) {
    followTicket(number: $number) {
      number
      viewerFollows
    }
  }
`);
