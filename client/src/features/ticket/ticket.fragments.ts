import { graphql } from '../../gql';

/** Planned availability as every page shows it. */
export const PlannedAvailabilityFieldsFragment = graphql(`
  fragment PlannedAvailabilityFields on PlannedAvailability {
    release
    date
    reference
    note
    updatedAt
  }
`);

/**
 * A ticket as lists show it. Live list events carry exactly this, so the
 * normalised `Ticket` (keyed by number) updates in every list at once.
 */
export const TicketRowFragment = graphql(`
  fragment TicketRow on Ticket {
    number
    title
    type
    severity
    state
    version
    createdAt
    updatedAt
    organisation {
      id
      name
    }
    requester {
      id
      name
    }
    assignee {
      id
      name
    }
    plannedAvailability {
      ...PlannedAvailabilityFields
    }
    serviceLevel {
      ...ServiceLevelFields
    }
  }
`);

/** A file of a ticket or of a message. */
export const AttachmentFieldsFragment = graphql(`
  fragment AttachmentFields on Attachment {
    id
    name
    contentType
    size
    internal
    createdAt
    url
    thumbnailUrl
    commentId
  }
`);

/** A message of the thread. */
export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    body
    internal
    createdAt
    author {
      id
      name
      isAgent
    }
    attachments {
      ...AttachmentFields
    }
  }
`);

/**
 * Everything a ticket page shows. The page query, the mutations and the
 * ticket's live events all select it, so whichever arrives last wins.
 */
export const TicketDetailFragment = graphql(`
  fragment TicketDetail on Ticket {
    ...TicketRow
    organisation {
      ...OrganisationCalendar
    }
    description
    instanceEnvironment
    instanceUrl
    affectedUserLogin
    documentIds
    businessImpact
    reproductionSteps
    permissionGranted
    executionWindowStart
    executionWindowEnd
    resolution
    reopenCount
    plannedAvailabilityHistory {
      release
      date
      reference
      note
      at
    }
    comments {
      ...CommentFields
    }
    history {
      id
      at
      kind
      fromValue
      toValue
      action
      actor {
        id
        name
      }
    }
    attachments {
      ...AttachmentFields
    }
    satisfaction {
      rating
      comment
      submittedAt
    }
    allowedActions
    capabilities {
      comment
      addInternalNote
      assign
      changeSeverity
      setPlannedAvailability
    }
  }
`);
