/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeFields on User {\n    id\n    name\n    role\n    locale\n    timeZone\n    isAgent\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...MeFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyPreferences(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLocaleDocument,
    "\n  query QueuePage($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.QueuePageDocument,
    "\n  subscription QueueEvents($after: String) {\n    queueEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.QueueEventsDocument,
    "\n  query Agents {\n    agents {\n      id\n      name\n      role\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  query PortalTickets($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n  }\n": typeof types.PortalTicketsDocument,
    "\n  subscription OrganisationTicketEvents($after: String) {\n    organisationTicketEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.OrganisationTicketEventsDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  fragment PlannedAvailabilityFields on PlannedAvailability {\n    release\n    date\n    reference\n    note\n    updatedAt\n  }\n": typeof types.PlannedAvailabilityFieldsFragmentDoc,
    "\n  fragment TicketRow on Ticket {\n    number\n    title\n    type\n    severity\n    state\n    version\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    requester {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    plannedAvailability {\n      ...PlannedAvailabilityFields\n    }\n  }\n": typeof types.TicketRowFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      isAgent\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    description\n    instanceEnvironment\n    instanceUrl\n    affectedUserLogin\n    documentIds\n    businessImpact\n    reproductionSteps\n    permissionGranted\n    executionWindowStart\n    executionWindowEnd\n    resolution\n    reopenCount\n    plannedAvailabilityHistory {\n      release\n      date\n      reference\n      note\n      at\n    }\n    comments {\n      ...CommentFields\n    }\n    history {\n      id\n      at\n      kind\n      fromValue\n      toValue\n      action\n      actor {\n        id\n        name\n      }\n    }\n    allowedActions\n    capabilities {\n      comment\n      addInternalNote\n      assign\n      changeSeverity\n      setPlannedAvailability\n    }\n  }\n": typeof types.TicketDetailFragmentDoc,
    "\n  query TicketPage($number: String!) {\n    ticket(number: $number) {\n      ...TicketDetail\n    }\n    eventCursor\n  }\n": typeof types.TicketPageDocument,
    "\n  subscription TicketEvents($number: String!, $after: String) {\n    ticketEvents(number: $number, after: $after) {\n      sequence\n      kind\n      at\n      actor {\n        id\n        name\n      }\n      ticket {\n        ...TicketDetail\n      }\n    }\n  }\n": typeof types.TicketEventsDocument,
    "\n  mutation TransitionTicket($input: TransitionTicketInput!) {\n    transitionTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.TransitionTicketDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation ChangeSeverity($input: ChangeSeverityInput!) {\n    changeSeverity(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.ChangeSeverityDocument,
    "\n  mutation SetPlannedAvailability($input: SetPlannedAvailabilityInput!) {\n    setPlannedAvailability(input: $input) {\n      ...TicketDetail\n    }\n  }\n": typeof types.SetPlannedAvailabilityDocument,
};
const documents: Documents = {
    "\n  fragment MeFields on User {\n    id\n    name\n    role\n    locale\n    timeZone\n    isAgent\n    organisation {\n      id\n      name\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...MeFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyPreferences(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyLocaleDocument,
    "\n  query QueuePage($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n    organisations {\n      id\n      name\n    }\n  }\n": types.QueuePageDocument,
    "\n  subscription QueueEvents($after: String) {\n    queueEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.QueueEventsDocument,
    "\n  query Agents {\n    agents {\n      id\n      name\n      role\n    }\n  }\n": types.AgentsDocument,
    "\n  query PortalTickets($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n  }\n": types.PortalTicketsDocument,
    "\n  subscription OrganisationTicketEvents($after: String) {\n    organisationTicketEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.OrganisationTicketEventsDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n": types.CreateTicketDocument,
    "\n  fragment PlannedAvailabilityFields on PlannedAvailability {\n    release\n    date\n    reference\n    note\n    updatedAt\n  }\n": types.PlannedAvailabilityFieldsFragmentDoc,
    "\n  fragment TicketRow on Ticket {\n    number\n    title\n    type\n    severity\n    state\n    version\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    requester {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    plannedAvailability {\n      ...PlannedAvailabilityFields\n    }\n  }\n": types.TicketRowFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      isAgent\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    description\n    instanceEnvironment\n    instanceUrl\n    affectedUserLogin\n    documentIds\n    businessImpact\n    reproductionSteps\n    permissionGranted\n    executionWindowStart\n    executionWindowEnd\n    resolution\n    reopenCount\n    plannedAvailabilityHistory {\n      release\n      date\n      reference\n      note\n      at\n    }\n    comments {\n      ...CommentFields\n    }\n    history {\n      id\n      at\n      kind\n      fromValue\n      toValue\n      action\n      actor {\n        id\n        name\n      }\n    }\n    allowedActions\n    capabilities {\n      comment\n      addInternalNote\n      assign\n      changeSeverity\n      setPlannedAvailability\n    }\n  }\n": types.TicketDetailFragmentDoc,
    "\n  query TicketPage($number: String!) {\n    ticket(number: $number) {\n      ...TicketDetail\n    }\n    eventCursor\n  }\n": types.TicketPageDocument,
    "\n  subscription TicketEvents($number: String!, $after: String) {\n    ticketEvents(number: $number, after: $after) {\n      sequence\n      kind\n      at\n      actor {\n        id\n        name\n      }\n      ticket {\n        ...TicketDetail\n      }\n    }\n  }\n": types.TicketEventsDocument,
    "\n  mutation TransitionTicket($input: TransitionTicketInput!) {\n    transitionTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.TransitionTicketDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation ChangeSeverity($input: ChangeSeverityInput!) {\n    changeSeverity(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.ChangeSeverityDocument,
    "\n  mutation SetPlannedAvailability($input: SetPlannedAvailabilityInput!) {\n    setPlannedAvailability(input: $input) {\n      ...TicketDetail\n    }\n  }\n": types.SetPlannedAvailabilityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on User {\n    id\n    name\n    role\n    locale\n    timeZone\n    isAgent\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on User {\n    id\n    name\n    role\n    locale\n    timeZone\n    isAgent\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyPreferences(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyPreferences(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueuePage($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query QueuePage($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEvents($after: String) {\n    queueEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QueueEvents($after: String) {\n    queueEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents {\n    agents {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query Agents {\n    agents {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTickets($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n  }\n"): (typeof documents)["\n  query PortalTickets($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrganisationTicketEvents($after: String) {\n    organisationTicketEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrganisationTicketEvents($after: String) {\n    organisationTicketEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannedAvailabilityFields on PlannedAvailability {\n    release\n    date\n    reference\n    note\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PlannedAvailabilityFields on PlannedAvailability {\n    release\n    date\n    reference\n    note\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow on Ticket {\n    number\n    title\n    type\n    severity\n    state\n    version\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    requester {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    plannedAvailability {\n      ...PlannedAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  fragment TicketRow on Ticket {\n    number\n    title\n    type\n    severity\n    state\n    version\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    requester {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    plannedAvailability {\n      ...PlannedAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      isAgent\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      isAgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    description\n    instanceEnvironment\n    instanceUrl\n    affectedUserLogin\n    documentIds\n    businessImpact\n    reproductionSteps\n    permissionGranted\n    executionWindowStart\n    executionWindowEnd\n    resolution\n    reopenCount\n    plannedAvailabilityHistory {\n      release\n      date\n      reference\n      note\n      at\n    }\n    comments {\n      ...CommentFields\n    }\n    history {\n      id\n      at\n      kind\n      fromValue\n      toValue\n      action\n      actor {\n        id\n        name\n      }\n    }\n    allowedActions\n    capabilities {\n      comment\n      addInternalNote\n      assign\n      changeSeverity\n      setPlannedAvailability\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    description\n    instanceEnvironment\n    instanceUrl\n    affectedUserLogin\n    documentIds\n    businessImpact\n    reproductionSteps\n    permissionGranted\n    executionWindowStart\n    executionWindowEnd\n    resolution\n    reopenCount\n    plannedAvailabilityHistory {\n      release\n      date\n      reference\n      note\n      at\n    }\n    comments {\n      ...CommentFields\n    }\n    history {\n      id\n      at\n      kind\n      fromValue\n      toValue\n      action\n      actor {\n        id\n        name\n      }\n    }\n    allowedActions\n    capabilities {\n      comment\n      addInternalNote\n      assign\n      changeSeverity\n      setPlannedAvailability\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPage($number: String!) {\n    ticket(number: $number) {\n      ...TicketDetail\n    }\n    eventCursor\n  }\n"): (typeof documents)["\n  query TicketPage($number: String!) {\n    ticket(number: $number) {\n      ...TicketDetail\n    }\n    eventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketEvents($number: String!, $after: String) {\n    ticketEvents(number: $number, after: $after) {\n      sequence\n      kind\n      at\n      actor {\n        id\n        name\n      }\n      ticket {\n        ...TicketDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TicketEvents($number: String!, $after: String) {\n    ticketEvents(number: $number, after: $after) {\n      sequence\n      kind\n      at\n      actor {\n        id\n        name\n      }\n      ticket {\n        ...TicketDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionTicket($input: TransitionTicketInput!) {\n    transitionTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionTicket($input: TransitionTicketInput!) {\n    transitionTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeSeverity($input: ChangeSeverityInput!) {\n    changeSeverity(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeSeverity($input: ChangeSeverityInput!) {\n    changeSeverity(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlannedAvailability($input: SetPlannedAvailabilityInput!) {\n    setPlannedAvailability(input: $input) {\n      ...TicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlannedAvailability($input: SetPlannedAvailabilityInput!) {\n    setPlannedAvailability(input: $input) {\n      ...TicketDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;