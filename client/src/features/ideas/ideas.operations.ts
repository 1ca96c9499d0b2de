import { graphql } from '../../gql';

/** An idea as the board shows it. Live events carry exactly this. */
export const IdeaCardFragment = graphql(`
  fragment IdeaCard on Idea {
    id
    title
    description
    status
    statusNote
    voteCount
    commentCount
    lastActivityAt
    version
    createdAt
    authorName
    organisationName
    viewerHasVoted
    engagement
  }
`);

/** A comment on an idea. */
export const IdeaCommentFieldsFragment = graphql(`
  fragment IdeaCommentFields on IdeaComment {
    id
    body
    createdAt
    authorName
    organisationName
    byStaff
  }
`);

/** The ideas board, filtered and ordered. */
export const IdeasQuery = graphql(`
  query Ideas($filter: IdeaFilter, $first: Int) {
    ideas(filter: $filter, first: $first) {
      edges {
        node {
          ...IdeaCard
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** One idea with its comments and the tickets linked to it. */
export const IdeaQuery = graphql(`
  query Idea($id: ID!) {
    idea(id: $id) {
      ...IdeaCard
      comments {
        ...IdeaCommentFields
      }
      linkedTickets {
        number
        title
      }
    }
  }
`);

/** Live changes of the board. No replay: the page refetches on (re)connect. */
export const IdeaEventsSubscription = graphql(`
  subscription IdeaEvents {
    ideaEvents {
      kind
      at
      idea {
        ...IdeaCard
      }
      comment {
        ...IdeaCommentFields
      }
    }
  }
`);

/** Posts an idea. */
export const CreateIdeaMutation = graphql(`
  mutation CreateIdea($input: CreateIdeaInput!) {
    createIdea(input: $input) {
      ...IdeaCard
    }
  }
`);

/** Votes for an idea (once per user). */
export const VoteForIdeaMutation = graphql(`
  mutation VoteForIdea($ideaId: ID!) {
    voteForIdea(ideaId: $ideaId) {
      ...IdeaCard
    }
  }
`);

/** Withdraws the caller's vote. */
export const WithdrawIdeaVoteMutation = graphql(`
  mutation WithdrawIdeaVote($ideaId: ID!) {
    withdrawIdeaVote(ideaId: $ideaId) {
      ...IdeaCard
    }
  }
`);

/** Comments on an idea. */
export const AddIdeaCommentMutation = graphql(`
  mutation AddIdeaComment($input: AddIdeaCommentInput!) {
    addIdeaComment(input: $input) {
      ...IdeaCommentFields
    }
  }
`);

/** Sets the roadmap status (admins), stating the version read. */
export const SetIdeaStatusMutation = graphql(`
  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {
    setIdeaStatus(input: $input) {
      ...IdeaCard
    }
  }
`);

/** The idea a ticket is linked to. */
export const TicketIdeaQuery = graphql(`
  query TicketIdea($number: String!) {
    ticket(number: $number) {
      number
      linkedIdea {
        id
        title
        status
        voteCount
        commentCount
      }
    }
  }
`);

/** Links a ticket to an existing idea (engineers). */
export const LinkTicketToIdeaMutation = graphql(`
  mutation LinkTicketToIdea($input: LinkTicketToIdeaInput!) {
    linkTicketToIdea(input: $input) {
      number
      linkedIdea {
        id
        title
        status
        voteCount
        commentCount
      }
    }
  }
`);

/** Posts an idea from a ticket and links them (engineers). */
export const CreateIdeaFromTicketMutation = graphql(`
  mutation CreateIdeaFromTicket($input: CreateIdeaFromTicketInput!) {
    createIdeaFromTicket(input: $input) {
      ...IdeaCard
    }
  }
`);

/** Removes a ticket's link to its idea (engineers). */
export const UnlinkTicketFromIdeaMutation = graphql(`
  mutation UnlinkTicketFromIdea($number: String!) {
    unlinkTicketFromIdea(number: $number) {
      number
      linkedIdea {
        id
      }
    }
  }
`);
