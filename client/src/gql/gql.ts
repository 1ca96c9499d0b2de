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
    "\n  fragment AdminOrganisation on Organisation {\n    id\n    name\n    plan\n    timeZone\n    locale\n    holidayCalendar\n  }\n": typeof types.AdminOrganisationFragmentDoc,
    "\n  query AdminOrganisations {\n    organisations {\n      ...AdminOrganisation\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...AdminOrganisation\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...AdminOrganisation\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  fragment AdminUser on User {\n    id\n    name\n    email\n    role\n    locale\n    timeZone\n    active\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...AdminUser\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationPath\n      expiresAt\n      user {\n        ...AdminUser\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUser\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  fragment AdminApiToken on ApiToken {\n    id\n    name\n    readOnly\n    scopes\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdBy {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.AdminApiTokenFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...AdminApiToken\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...AdminApiToken\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...AdminApiToken\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...MeFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query QueuePage($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n    organisations {\n      id\n      name\n      ...OrganisationCalendar\n    }\n  }\n": typeof types.QueuePageDocument,
    "\n  subscription QueueEvents($after: String) {\n    queueEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.QueueEventsDocument,
    "\n  query Agents {\n    agents {\n      id\n      name\n      role\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  fragment IdeaCard on Idea {\n    id\n    title\n    description\n    status\n    statusNote\n    voteCount\n    commentCount\n    lastActivityAt\n    version\n    createdAt\n    authorName\n    organisationName\n    viewerHasVoted\n    engagement\n  }\n": typeof types.IdeaCardFragmentDoc,
    "\n  fragment IdeaCommentFields on IdeaComment {\n    id\n    body\n    createdAt\n    authorName\n    organisationName\n    byStaff\n  }\n": typeof types.IdeaCommentFieldsFragmentDoc,
    "\n  query Ideas($filter: IdeaFilter, $first: Int) {\n    ideas(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...IdeaCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.IdeasDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCard\n      comments {\n        ...IdeaCommentFields\n      }\n      linkedTickets {\n        number\n        title\n      }\n    }\n  }\n": typeof types.IdeaDocument,
    "\n  subscription IdeaEvents {\n    ideaEvents {\n      kind\n      at\n      idea {\n        ...IdeaCard\n      }\n      comment {\n        ...IdeaCommentFields\n      }\n    }\n  }\n": typeof types.IdeaEventsDocument,
    "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaCard\n    }\n  }\n": typeof types.CreateIdeaDocument,
    "\n  mutation VoteForIdea($ideaId: ID!) {\n    voteForIdea(ideaId: $ideaId) {\n      ...IdeaCard\n    }\n  }\n": typeof types.VoteForIdeaDocument,
    "\n  mutation WithdrawIdeaVote($ideaId: ID!) {\n    withdrawIdeaVote(ideaId: $ideaId) {\n      ...IdeaCard\n    }\n  }\n": typeof types.WithdrawIdeaVoteDocument,
    "\n  mutation AddIdeaComment($input: AddIdeaCommentInput!) {\n    addIdeaComment(input: $input) {\n      ...IdeaCommentFields\n    }\n  }\n": typeof types.AddIdeaCommentDocument,
    "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      ...IdeaCard\n    }\n  }\n": typeof types.SetIdeaStatusDocument,
    "\n  query TicketIdea($number: String!) {\n    ticket(number: $number) {\n      number\n      linkedIdea {\n        id\n        title\n        status\n        voteCount\n        commentCount\n      }\n    }\n  }\n": typeof types.TicketIdeaDocument,
    "\n  mutation LinkTicketToIdea($input: LinkTicketToIdeaInput!) {\n    linkTicketToIdea(input: $input) {\n      number\n      linkedIdea {\n        id\n        title\n        status\n        voteCount\n        commentCount\n      }\n    }\n  }\n": typeof types.LinkTicketToIdeaDocument,
    "\n  mutation CreateIdeaFromTicket($input: CreateIdeaFromTicketInput!) {\n    createIdeaFromTicket(input: $input) {\n      ...IdeaCard\n    }\n  }\n": typeof types.CreateIdeaFromTicketDocument,
    "\n  mutation UnlinkTicketFromIdea($number: String!) {\n    unlinkTicketFromIdea(number: $number) {\n      number\n      linkedIdea {\n        id\n      }\n    }\n  }\n": typeof types.UnlinkTicketFromIdeaDocument,
    "\n  fragment ArticleRow on Article {\n    id\n    slug\n    locale\n    title\n    status\n    excerpt\n    updatedAt\n    category {\n      id\n    }\n  }\n": typeof types.ArticleRowFragmentDoc,
    "\n  fragment ArticleDetail on Article {\n    ...ArticleRow\n    body\n    version\n    publishedAt\n    authorName\n    category {\n      id\n      slug\n      nameEn\n      nameJa\n    }\n    translations {\n      id\n      locale\n      title\n    }\n  }\n": typeof types.ArticleDetailFragmentDoc,
    "\n  query KnowledgeBase($filter: ArticleFilter, $first: Int) {\n    articleCategories {\n      id\n      slug\n      nameEn\n      nameJa\n      position\n    }\n    articles(filter: $filter, first: $first) {\n      ...ArticleRow\n    }\n  }\n": typeof types.KnowledgeBaseDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleDetail\n    }\n    articleCategories {\n      id\n      nameEn\n      nameJa\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query ArticleCategories {\n    articleCategories {\n      id\n      nameEn\n      nameJa\n    }\n  }\n": typeof types.ArticleCategoriesDocument,
    "\n  query SearchArticles($input: SearchArticlesInput!) {\n    searchArticles(input: $input) {\n      score\n      article {\n        ...ArticleRow\n      }\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      snippet {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.SearchArticlesDocument,
    "\n  query SuggestArticles($text: String!, $locale: Locale!, $first: Int!) {\n    suggestArticles(text: $text, locale: $locale, first: $first) {\n      score\n      article {\n        id\n        title\n        locale\n      }\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      snippet {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.SuggestArticlesDocument,
    "\n  mutation RecordArticleView($input: RecordArticleViewInput!) {\n    recordArticleView(input: $input)\n  }\n": typeof types.RecordArticleViewDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  query DeflectionReport($from: DateTime!, $to: DateTime!) {\n    deflectionReport(from: $from, to: $to) {\n      from\n      to\n      views\n      pending\n      deflections\n      rate\n      articles {\n        articleId\n        title\n        views\n        deflections\n      }\n    }\n  }\n": typeof types.DeflectionReportDocument,
    "\n  query PortalTickets($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n  }\n": typeof types.PortalTicketsDocument,
    "\n  subscription OrganisationTicketEvents($after: String) {\n    organisationTicketEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": typeof types.OrganisationTicketEventsDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  subscription TicketPresence($number: String!) {\n    ticketPresence(number: $number) {\n      number\n      entries {\n        activity\n        since\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TicketPresenceDocument,
    "\n  mutation ReportTyping($input: ReportTypingInput!) {\n    reportTyping(input: $input)\n  }\n": typeof types.ReportTypingDocument,
    "\n  query TicketFollow($number: String!) {\n    ticket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n": typeof types.TicketFollowDocument,
    "\n  mutation UnfollowTicket($number: String!) {\n    unfollowTicket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowTicketDocument,
    "\n  query ConsoleSearch($input: SearchInput!) {\n    search(input: $input) {\n      tickets {\n        score\n        ticket {\n          number\n          title\n          state\n          organisation {\n            id\n            name\n          }\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n      articles {\n        score\n        article {\n          id\n          title\n          locale\n          status\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n      }\n      ideas {\n        score\n        idea {\n          id\n          title\n          status\n          voteCount\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSearchDocument,
    "\n  query SimilarTickets($input: SimilarTicketsInput!) {\n    similarTickets(input: $input) {\n      score\n      reasons\n      matchedDocumentIds\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      ticket {\n        number\n        title\n        state\n        documentIds\n        viewerFollows\n        requester {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SimilarTicketsDocument,
    "\n  mutation FollowTicket($number: String!) {\n    followTicket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n": typeof types.FollowTicketDocument,
    "\n  fragment ServiceLevelFields on TicketServiceLevel {\n    phase\n    targetKind\n    targetMinutes\n    clock\n    dueAt\n    atRiskAt\n    atRisk\n    breached\n    breachedAt\n    firstResponseAt\n  }\n": typeof types.ServiceLevelFieldsFragmentDoc,
    "\n  fragment OrganisationCalendar on Organisation {\n    id\n    businessCalendar {\n      timeZone\n      days\n      start\n      end\n      holidays\n    }\n  }\n": typeof types.OrganisationCalendarFragmentDoc,
    "\n  query PlanTargets {\n    planTargets {\n      plan\n      severity\n      firstResponseMinutes\n      updateMinutes\n      clock\n    }\n  }\n": typeof types.PlanTargetsDocument,
    "\n  mutation UpdatePlanTarget($input: UpdatePlanTargetInput!) {\n    updatePlanTarget(input: $input) {\n      plan\n      severity\n      firstResponseMinutes\n      updateMinutes\n      clock\n    }\n  }\n": typeof types.UpdatePlanTargetDocument,
    "\n  query Holidays($calendar: String!) {\n    holidays(calendar: $calendar) {\n      calendar\n      date\n      name\n    }\n  }\n": typeof types.HolidaysDocument,
    "\n  query HolidayCalendars {\n    organisations {\n      id\n      name\n      holidayCalendar\n    }\n  }\n": typeof types.HolidayCalendarsDocument,
    "\n  mutation SetHoliday($input: HolidayInput!) {\n    setHoliday(input: $input) {\n      calendar\n      date\n      name\n    }\n  }\n": typeof types.SetHolidayDocument,
    "\n  mutation RemoveHoliday($calendar: String!, $date: String!) {\n    removeHoliday(calendar: $calendar, date: $date)\n  }\n": typeof types.RemoveHolidayDocument,
    "\n  query ServiceLevelReport($from: DateTime!, $to: DateTime!) {\n    serviceLevelReport(from: $from, to: $to) {\n      plan\n      severity\n      tickets\n      breached\n      breachRate\n      medianFirstResponseMinutes\n    }\n  }\n": typeof types.ServiceLevelReportDocument,
    "\n  query Survey($token: String!) {\n    survey(token: $token) {\n      ticketNumber\n      ticketTitle\n      locale\n      answered\n      expired\n    }\n  }\n": typeof types.SurveyDocument,
    "\n  mutation SubmitSurvey($input: SubmitSurveyInput!) {\n    submitSurvey(input: $input) {\n      ticketNumber\n      answered\n      expired\n    }\n  }\n": typeof types.SubmitSurveyDocument,
    "\n  fragment PlannedAvailabilityFields on PlannedAvailability {\n    release\n    date\n    reference\n    note\n    updatedAt\n  }\n": typeof types.PlannedAvailabilityFieldsFragmentDoc,
    "\n  fragment TicketRow on Ticket {\n    number\n    title\n    type\n    severity\n    state\n    version\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    requester {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    plannedAvailability {\n      ...PlannedAvailabilityFields\n    }\n    serviceLevel {\n      ...ServiceLevelFields\n    }\n  }\n": typeof types.TicketRowFragmentDoc,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    name\n    contentType\n    size\n    internal\n    createdAt\n    url\n    thumbnailUrl\n    commentId\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      isAgent\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    organisation {\n      ...OrganisationCalendar\n    }\n    description\n    instanceEnvironment\n    instanceUrl\n    affectedUserLogin\n    documentIds\n    businessImpact\n    reproductionSteps\n    permissionGranted\n    executionWindowStart\n    executionWindowEnd\n    resolution\n    reopenCount\n    plannedAvailabilityHistory {\n      release\n      date\n      reference\n      note\n      at\n    }\n    comments {\n      ...CommentFields\n    }\n    history {\n      id\n      at\n      kind\n      fromValue\n      toValue\n      action\n      actor {\n        id\n        name\n      }\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    satisfaction {\n      rating\n      comment\n      submittedAt\n    }\n    allowedActions\n    capabilities {\n      comment\n      addInternalNote\n      assign\n      changeSeverity\n      setPlannedAvailability\n    }\n  }\n": typeof types.TicketDetailFragmentDoc,
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
    "\n  fragment AdminOrganisation on Organisation {\n    id\n    name\n    plan\n    timeZone\n    locale\n    holidayCalendar\n  }\n": types.AdminOrganisationFragmentDoc,
    "\n  query AdminOrganisations {\n    organisations {\n      ...AdminOrganisation\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...AdminOrganisation\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...AdminOrganisation\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  fragment AdminUser on User {\n    id\n    name\n    email\n    role\n    locale\n    timeZone\n    active\n    organisation {\n      id\n      name\n    }\n  }\n": types.AdminUserFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      ...AdminUser\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationPath\n      expiresAt\n      user {\n        ...AdminUser\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUser\n    }\n  }\n": types.UpdateUserDocument,
    "\n  fragment AdminApiToken on ApiToken {\n    id\n    name\n    readOnly\n    scopes\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdBy {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.AdminApiTokenFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...AdminApiToken\n    }\n    organisations {\n      id\n      name\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...AdminApiToken\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...AdminApiToken\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...MeFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query QueuePage($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n    organisations {\n      id\n      name\n      ...OrganisationCalendar\n    }\n  }\n": types.QueuePageDocument,
    "\n  subscription QueueEvents($after: String) {\n    queueEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.QueueEventsDocument,
    "\n  query Agents {\n    agents {\n      id\n      name\n      role\n    }\n  }\n": types.AgentsDocument,
    "\n  fragment IdeaCard on Idea {\n    id\n    title\n    description\n    status\n    statusNote\n    voteCount\n    commentCount\n    lastActivityAt\n    version\n    createdAt\n    authorName\n    organisationName\n    viewerHasVoted\n    engagement\n  }\n": types.IdeaCardFragmentDoc,
    "\n  fragment IdeaCommentFields on IdeaComment {\n    id\n    body\n    createdAt\n    authorName\n    organisationName\n    byStaff\n  }\n": types.IdeaCommentFieldsFragmentDoc,
    "\n  query Ideas($filter: IdeaFilter, $first: Int) {\n    ideas(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...IdeaCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.IdeasDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCard\n      comments {\n        ...IdeaCommentFields\n      }\n      linkedTickets {\n        number\n        title\n      }\n    }\n  }\n": types.IdeaDocument,
    "\n  subscription IdeaEvents {\n    ideaEvents {\n      kind\n      at\n      idea {\n        ...IdeaCard\n      }\n      comment {\n        ...IdeaCommentFields\n      }\n    }\n  }\n": types.IdeaEventsDocument,
    "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaCard\n    }\n  }\n": types.CreateIdeaDocument,
    "\n  mutation VoteForIdea($ideaId: ID!) {\n    voteForIdea(ideaId: $ideaId) {\n      ...IdeaCard\n    }\n  }\n": types.VoteForIdeaDocument,
    "\n  mutation WithdrawIdeaVote($ideaId: ID!) {\n    withdrawIdeaVote(ideaId: $ideaId) {\n      ...IdeaCard\n    }\n  }\n": types.WithdrawIdeaVoteDocument,
    "\n  mutation AddIdeaComment($input: AddIdeaCommentInput!) {\n    addIdeaComment(input: $input) {\n      ...IdeaCommentFields\n    }\n  }\n": types.AddIdeaCommentDocument,
    "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      ...IdeaCard\n    }\n  }\n": types.SetIdeaStatusDocument,
    "\n  query TicketIdea($number: String!) {\n    ticket(number: $number) {\n      number\n      linkedIdea {\n        id\n        title\n        status\n        voteCount\n        commentCount\n      }\n    }\n  }\n": types.TicketIdeaDocument,
    "\n  mutation LinkTicketToIdea($input: LinkTicketToIdeaInput!) {\n    linkTicketToIdea(input: $input) {\n      number\n      linkedIdea {\n        id\n        title\n        status\n        voteCount\n        commentCount\n      }\n    }\n  }\n": types.LinkTicketToIdeaDocument,
    "\n  mutation CreateIdeaFromTicket($input: CreateIdeaFromTicketInput!) {\n    createIdeaFromTicket(input: $input) {\n      ...IdeaCard\n    }\n  }\n": types.CreateIdeaFromTicketDocument,
    "\n  mutation UnlinkTicketFromIdea($number: String!) {\n    unlinkTicketFromIdea(number: $number) {\n      number\n      linkedIdea {\n        id\n      }\n    }\n  }\n": types.UnlinkTicketFromIdeaDocument,
    "\n  fragment ArticleRow on Article {\n    id\n    slug\n    locale\n    title\n    status\n    excerpt\n    updatedAt\n    category {\n      id\n    }\n  }\n": types.ArticleRowFragmentDoc,
    "\n  fragment ArticleDetail on Article {\n    ...ArticleRow\n    body\n    version\n    publishedAt\n    authorName\n    category {\n      id\n      slug\n      nameEn\n      nameJa\n    }\n    translations {\n      id\n      locale\n      title\n    }\n  }\n": types.ArticleDetailFragmentDoc,
    "\n  query KnowledgeBase($filter: ArticleFilter, $first: Int) {\n    articleCategories {\n      id\n      slug\n      nameEn\n      nameJa\n      position\n    }\n    articles(filter: $filter, first: $first) {\n      ...ArticleRow\n    }\n  }\n": types.KnowledgeBaseDocument,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleDetail\n    }\n    articleCategories {\n      id\n      nameEn\n      nameJa\n    }\n  }\n": types.ArticleDocument,
    "\n  query ArticleCategories {\n    articleCategories {\n      id\n      nameEn\n      nameJa\n    }\n  }\n": types.ArticleCategoriesDocument,
    "\n  query SearchArticles($input: SearchArticlesInput!) {\n    searchArticles(input: $input) {\n      score\n      article {\n        ...ArticleRow\n      }\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      snippet {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.SearchArticlesDocument,
    "\n  query SuggestArticles($text: String!, $locale: Locale!, $first: Int!) {\n    suggestArticles(text: $text, locale: $locale, first: $first) {\n      score\n      article {\n        id\n        title\n        locale\n      }\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      snippet {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.SuggestArticlesDocument,
    "\n  mutation RecordArticleView($input: RecordArticleViewInput!) {\n    recordArticleView(input: $input)\n  }\n": types.RecordArticleViewDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  query DeflectionReport($from: DateTime!, $to: DateTime!) {\n    deflectionReport(from: $from, to: $to) {\n      from\n      to\n      views\n      pending\n      deflections\n      rate\n      articles {\n        articleId\n        title\n        views\n        deflections\n      }\n    }\n  }\n": types.DeflectionReportDocument,
    "\n  query PortalTickets($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n  }\n": types.PortalTicketsDocument,
    "\n  subscription OrganisationTicketEvents($after: String) {\n    organisationTicketEvents(after: $after) {\n      sequence\n      kind\n      at\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n": types.OrganisationTicketEventsDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n": types.CreateTicketDocument,
    "\n  subscription TicketPresence($number: String!) {\n    ticketPresence(number: $number) {\n      number\n      entries {\n        activity\n        since\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TicketPresenceDocument,
    "\n  mutation ReportTyping($input: ReportTypingInput!) {\n    reportTyping(input: $input)\n  }\n": types.ReportTypingDocument,
    "\n  query TicketFollow($number: String!) {\n    ticket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n": types.TicketFollowDocument,
    "\n  mutation UnfollowTicket($number: String!) {\n    unfollowTicket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n": types.UnfollowTicketDocument,
    "\n  query ConsoleSearch($input: SearchInput!) {\n    search(input: $input) {\n      tickets {\n        score\n        ticket {\n          number\n          title\n          state\n          organisation {\n            id\n            name\n          }\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n      articles {\n        score\n        article {\n          id\n          title\n          locale\n          status\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n      }\n      ideas {\n        score\n        idea {\n          id\n          title\n          status\n          voteCount\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n      }\n    }\n  }\n": types.ConsoleSearchDocument,
    "\n  query SimilarTickets($input: SimilarTicketsInput!) {\n    similarTickets(input: $input) {\n      score\n      reasons\n      matchedDocumentIds\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      ticket {\n        number\n        title\n        state\n        documentIds\n        viewerFollows\n        requester {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SimilarTicketsDocument,
    "\n  mutation FollowTicket($number: String!) {\n    followTicket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n": types.FollowTicketDocument,
    "\n  fragment ServiceLevelFields on TicketServiceLevel {\n    phase\n    targetKind\n    targetMinutes\n    clock\n    dueAt\n    atRiskAt\n    atRisk\n    breached\n    breachedAt\n    firstResponseAt\n  }\n": types.ServiceLevelFieldsFragmentDoc,
    "\n  fragment OrganisationCalendar on Organisation {\n    id\n    businessCalendar {\n      timeZone\n      days\n      start\n      end\n      holidays\n    }\n  }\n": types.OrganisationCalendarFragmentDoc,
    "\n  query PlanTargets {\n    planTargets {\n      plan\n      severity\n      firstResponseMinutes\n      updateMinutes\n      clock\n    }\n  }\n": types.PlanTargetsDocument,
    "\n  mutation UpdatePlanTarget($input: UpdatePlanTargetInput!) {\n    updatePlanTarget(input: $input) {\n      plan\n      severity\n      firstResponseMinutes\n      updateMinutes\n      clock\n    }\n  }\n": types.UpdatePlanTargetDocument,
    "\n  query Holidays($calendar: String!) {\n    holidays(calendar: $calendar) {\n      calendar\n      date\n      name\n    }\n  }\n": types.HolidaysDocument,
    "\n  query HolidayCalendars {\n    organisations {\n      id\n      name\n      holidayCalendar\n    }\n  }\n": types.HolidayCalendarsDocument,
    "\n  mutation SetHoliday($input: HolidayInput!) {\n    setHoliday(input: $input) {\n      calendar\n      date\n      name\n    }\n  }\n": types.SetHolidayDocument,
    "\n  mutation RemoveHoliday($calendar: String!, $date: String!) {\n    removeHoliday(calendar: $calendar, date: $date)\n  }\n": types.RemoveHolidayDocument,
    "\n  query ServiceLevelReport($from: DateTime!, $to: DateTime!) {\n    serviceLevelReport(from: $from, to: $to) {\n      plan\n      severity\n      tickets\n      breached\n      breachRate\n      medianFirstResponseMinutes\n    }\n  }\n": types.ServiceLevelReportDocument,
    "\n  query Survey($token: String!) {\n    survey(token: $token) {\n      ticketNumber\n      ticketTitle\n      locale\n      answered\n      expired\n    }\n  }\n": types.SurveyDocument,
    "\n  mutation SubmitSurvey($input: SubmitSurveyInput!) {\n    submitSurvey(input: $input) {\n      ticketNumber\n      answered\n      expired\n    }\n  }\n": types.SubmitSurveyDocument,
    "\n  fragment PlannedAvailabilityFields on PlannedAvailability {\n    release\n    date\n    reference\n    note\n    updatedAt\n  }\n": types.PlannedAvailabilityFieldsFragmentDoc,
    "\n  fragment TicketRow on Ticket {\n    number\n    title\n    type\n    severity\n    state\n    version\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    requester {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    plannedAvailability {\n      ...PlannedAvailabilityFields\n    }\n    serviceLevel {\n      ...ServiceLevelFields\n    }\n  }\n": types.TicketRowFragmentDoc,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    name\n    contentType\n    size\n    internal\n    createdAt\n    url\n    thumbnailUrl\n    commentId\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      isAgent\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    organisation {\n      ...OrganisationCalendar\n    }\n    description\n    instanceEnvironment\n    instanceUrl\n    affectedUserLogin\n    documentIds\n    businessImpact\n    reproductionSteps\n    permissionGranted\n    executionWindowStart\n    executionWindowEnd\n    resolution\n    reopenCount\n    plannedAvailabilityHistory {\n      release\n      date\n      reference\n      note\n      at\n    }\n    comments {\n      ...CommentFields\n    }\n    history {\n      id\n      at\n      kind\n      fromValue\n      toValue\n      action\n      actor {\n        id\n        name\n      }\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    satisfaction {\n      rating\n      comment\n      submittedAt\n    }\n    allowedActions\n    capabilities {\n      comment\n      addInternalNote\n      assign\n      changeSeverity\n      setPlannedAvailability\n    }\n  }\n": types.TicketDetailFragmentDoc,
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
export function graphql(source: "\n  fragment AdminOrganisation on Organisation {\n    id\n    name\n    plan\n    timeZone\n    locale\n    holidayCalendar\n  }\n"): (typeof documents)["\n  fragment AdminOrganisation on Organisation {\n    id\n    name\n    plan\n    timeZone\n    locale\n    holidayCalendar\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations {\n    organisations {\n      ...AdminOrganisation\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations {\n    organisations {\n      ...AdminOrganisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...AdminOrganisation\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...AdminOrganisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...AdminOrganisation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...AdminOrganisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUser on User {\n    id\n    name\n    email\n    role\n    locale\n    timeZone\n    active\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUser on User {\n    id\n    name\n    email\n    role\n    locale\n    timeZone\n    active\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      ...AdminUser\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      ...AdminUser\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationPath\n      expiresAt\n      user {\n        ...AdminUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationPath\n      expiresAt\n      user {\n        ...AdminUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminApiToken on ApiToken {\n    id\n    name\n    readOnly\n    scopes\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdBy {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminApiToken on ApiToken {\n    id\n    name\n    readOnly\n    scopes\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdBy {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...AdminApiToken\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...AdminApiToken\n    }\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...AdminApiToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...AdminApiToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...AdminApiToken\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...AdminApiToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueuePage($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n    organisations {\n      id\n      name\n      ...OrganisationCalendar\n    }\n  }\n"): (typeof documents)["\n  query QueuePage($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n    eventCursor\n    organisations {\n      id\n      name\n      ...OrganisationCalendar\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment IdeaCard on Idea {\n    id\n    title\n    description\n    status\n    statusNote\n    voteCount\n    commentCount\n    lastActivityAt\n    version\n    createdAt\n    authorName\n    organisationName\n    viewerHasVoted\n    engagement\n  }\n"): (typeof documents)["\n  fragment IdeaCard on Idea {\n    id\n    title\n    description\n    status\n    statusNote\n    voteCount\n    commentCount\n    lastActivityAt\n    version\n    createdAt\n    authorName\n    organisationName\n    viewerHasVoted\n    engagement\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCommentFields on IdeaComment {\n    id\n    body\n    createdAt\n    authorName\n    organisationName\n    byStaff\n  }\n"): (typeof documents)["\n  fragment IdeaCommentFields on IdeaComment {\n    id\n    body\n    createdAt\n    authorName\n    organisationName\n    byStaff\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ideas($filter: IdeaFilter, $first: Int) {\n    ideas(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...IdeaCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ideas($filter: IdeaFilter, $first: Int) {\n    ideas(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...IdeaCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCard\n      comments {\n        ...IdeaCommentFields\n      }\n      linkedTickets {\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCard\n      comments {\n        ...IdeaCommentFields\n      }\n      linkedTickets {\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IdeaEvents {\n    ideaEvents {\n      kind\n      at\n      idea {\n        ...IdeaCard\n      }\n      comment {\n        ...IdeaCommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription IdeaEvents {\n    ideaEvents {\n      kind\n      at\n      idea {\n        ...IdeaCard\n      }\n      comment {\n        ...IdeaCommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIdea($input: CreateIdeaInput!) {\n    createIdea(input: $input) {\n      ...IdeaCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteForIdea($ideaId: ID!) {\n    voteForIdea(ideaId: $ideaId) {\n      ...IdeaCard\n    }\n  }\n"): (typeof documents)["\n  mutation VoteForIdea($ideaId: ID!) {\n    voteForIdea(ideaId: $ideaId) {\n      ...IdeaCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIdeaVote($ideaId: ID!) {\n    withdrawIdeaVote(ideaId: $ideaId) {\n      ...IdeaCard\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawIdeaVote($ideaId: ID!) {\n    withdrawIdeaVote(ideaId: $ideaId) {\n      ...IdeaCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIdeaComment($input: AddIdeaCommentInput!) {\n    addIdeaComment(input: $input) {\n      ...IdeaCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddIdeaComment($input: AddIdeaCommentInput!) {\n    addIdeaComment(input: $input) {\n      ...IdeaCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      ...IdeaCard\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      ...IdeaCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketIdea($number: String!) {\n    ticket(number: $number) {\n      number\n      linkedIdea {\n        id\n        title\n        status\n        voteCount\n        commentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketIdea($number: String!) {\n    ticket(number: $number) {\n      number\n      linkedIdea {\n        id\n        title\n        status\n        voteCount\n        commentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTicketToIdea($input: LinkTicketToIdeaInput!) {\n    linkTicketToIdea(input: $input) {\n      number\n      linkedIdea {\n        id\n        title\n        status\n        voteCount\n        commentCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkTicketToIdea($input: LinkTicketToIdeaInput!) {\n    linkTicketToIdea(input: $input) {\n      number\n      linkedIdea {\n        id\n        title\n        status\n        voteCount\n        commentCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIdeaFromTicket($input: CreateIdeaFromTicketInput!) {\n    createIdeaFromTicket(input: $input) {\n      ...IdeaCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIdeaFromTicket($input: CreateIdeaFromTicketInput!) {\n    createIdeaFromTicket(input: $input) {\n      ...IdeaCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkTicketFromIdea($number: String!) {\n    unlinkTicketFromIdea(number: $number) {\n      number\n      linkedIdea {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkTicketFromIdea($number: String!) {\n    unlinkTicketFromIdea(number: $number) {\n      number\n      linkedIdea {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleRow on Article {\n    id\n    slug\n    locale\n    title\n    status\n    excerpt\n    updatedAt\n    category {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleRow on Article {\n    id\n    slug\n    locale\n    title\n    status\n    excerpt\n    updatedAt\n    category {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleDetail on Article {\n    ...ArticleRow\n    body\n    version\n    publishedAt\n    authorName\n    category {\n      id\n      slug\n      nameEn\n      nameJa\n    }\n    translations {\n      id\n      locale\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleDetail on Article {\n    ...ArticleRow\n    body\n    version\n    publishedAt\n    authorName\n    category {\n      id\n      slug\n      nameEn\n      nameJa\n    }\n    translations {\n      id\n      locale\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeBase($filter: ArticleFilter, $first: Int) {\n    articleCategories {\n      id\n      slug\n      nameEn\n      nameJa\n      position\n    }\n    articles(filter: $filter, first: $first) {\n      ...ArticleRow\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeBase($filter: ArticleFilter, $first: Int) {\n    articleCategories {\n      id\n      slug\n      nameEn\n      nameJa\n      position\n    }\n    articles(filter: $filter, first: $first) {\n      ...ArticleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleDetail\n    }\n    articleCategories {\n      id\n      nameEn\n      nameJa\n    }\n  }\n"): (typeof documents)["\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleDetail\n    }\n    articleCategories {\n      id\n      nameEn\n      nameJa\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleCategories {\n    articleCategories {\n      id\n      nameEn\n      nameJa\n    }\n  }\n"): (typeof documents)["\n  query ArticleCategories {\n    articleCategories {\n      id\n      nameEn\n      nameJa\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchArticles($input: SearchArticlesInput!) {\n    searchArticles(input: $input) {\n      score\n      article {\n        ...ArticleRow\n      }\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      snippet {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchArticles($input: SearchArticlesInput!) {\n    searchArticles(input: $input) {\n      score\n      article {\n        ...ArticleRow\n      }\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      snippet {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestArticles($text: String!, $locale: Locale!, $first: Int!) {\n    suggestArticles(text: $text, locale: $locale, first: $first) {\n      score\n      article {\n        id\n        title\n        locale\n      }\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      snippet {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestArticles($text: String!, $locale: Locale!, $first: Int!) {\n    suggestArticles(text: $text, locale: $locale, first: $first) {\n      score\n      article {\n        id\n        title\n        locale\n      }\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      snippet {\n        text\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordArticleView($input: RecordArticleViewInput!) {\n    recordArticleView(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordArticleView($input: RecordArticleViewInput!) {\n    recordArticleView(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...ArticleDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeflectionReport($from: DateTime!, $to: DateTime!) {\n    deflectionReport(from: $from, to: $to) {\n      from\n      to\n      views\n      pending\n      deflections\n      rate\n      articles {\n        articleId\n        title\n        views\n        deflections\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeflectionReport($from: DateTime!, $to: DateTime!) {\n    deflectionReport(from: $from, to: $to) {\n      from\n      to\n      views\n      pending\n      deflections\n      rate\n      articles {\n        articleId\n        title\n        views\n        deflections\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription TicketPresence($number: String!) {\n    ticketPresence(number: $number) {\n      number\n      entries {\n        activity\n        since\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TicketPresence($number: String!) {\n    ticketPresence(number: $number) {\n      number\n      entries {\n        activity\n        since\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportTyping($input: ReportTypingInput!) {\n    reportTyping(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReportTyping($input: ReportTypingInput!) {\n    reportTyping(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketFollow($number: String!) {\n    ticket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  query TicketFollow($number: String!) {\n    ticket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowTicket($number: String!) {\n    unfollowTicket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowTicket($number: String!) {\n    unfollowTicket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSearch($input: SearchInput!) {\n    search(input: $input) {\n      tickets {\n        score\n        ticket {\n          number\n          title\n          state\n          organisation {\n            id\n            name\n          }\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n      articles {\n        score\n        article {\n          id\n          title\n          locale\n          status\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n      }\n      ideas {\n        score\n        idea {\n          id\n          title\n          status\n          voteCount\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSearch($input: SearchInput!) {\n    search(input: $input) {\n      tickets {\n        score\n        ticket {\n          number\n          title\n          state\n          organisation {\n            id\n            name\n          }\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n        snippet {\n          text\n          highlights {\n            start\n            end\n          }\n        }\n      }\n      articles {\n        score\n        article {\n          id\n          title\n          locale\n          status\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n      }\n      ideas {\n        score\n        idea {\n          id\n          title\n          status\n          voteCount\n        }\n        highlights {\n          start\n          end\n          field\n          item\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarTickets($input: SimilarTicketsInput!) {\n    similarTickets(input: $input) {\n      score\n      reasons\n      matchedDocumentIds\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      ticket {\n        number\n        title\n        state\n        documentIds\n        viewerFollows\n        requester {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarTickets($input: SimilarTicketsInput!) {\n    similarTickets(input: $input) {\n      score\n      reasons\n      matchedDocumentIds\n      highlights {\n        start\n        end\n        field\n        item\n      }\n      ticket {\n        number\n        title\n        state\n        documentIds\n        viewerFollows\n        requester {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowTicket($number: String!) {\n    followTicket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  mutation FollowTicket($number: String!) {\n    followTicket(number: $number) {\n      number\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceLevelFields on TicketServiceLevel {\n    phase\n    targetKind\n    targetMinutes\n    clock\n    dueAt\n    atRiskAt\n    atRisk\n    breached\n    breachedAt\n    firstResponseAt\n  }\n"): (typeof documents)["\n  fragment ServiceLevelFields on TicketServiceLevel {\n    phase\n    targetKind\n    targetMinutes\n    clock\n    dueAt\n    atRiskAt\n    atRisk\n    breached\n    breachedAt\n    firstResponseAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationCalendar on Organisation {\n    id\n    businessCalendar {\n      timeZone\n      days\n      start\n      end\n      holidays\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationCalendar on Organisation {\n    id\n    businessCalendar {\n      timeZone\n      days\n      start\n      end\n      holidays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTargets {\n    planTargets {\n      plan\n      severity\n      firstResponseMinutes\n      updateMinutes\n      clock\n    }\n  }\n"): (typeof documents)["\n  query PlanTargets {\n    planTargets {\n      plan\n      severity\n      firstResponseMinutes\n      updateMinutes\n      clock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanTarget($input: UpdatePlanTargetInput!) {\n    updatePlanTarget(input: $input) {\n      plan\n      severity\n      firstResponseMinutes\n      updateMinutes\n      clock\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanTarget($input: UpdatePlanTargetInput!) {\n    updatePlanTarget(input: $input) {\n      plan\n      severity\n      firstResponseMinutes\n      updateMinutes\n      clock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Holidays($calendar: String!) {\n    holidays(calendar: $calendar) {\n      calendar\n      date\n      name\n    }\n  }\n"): (typeof documents)["\n  query Holidays($calendar: String!) {\n    holidays(calendar: $calendar) {\n      calendar\n      date\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidayCalendars {\n    organisations {\n      id\n      name\n      holidayCalendar\n    }\n  }\n"): (typeof documents)["\n  query HolidayCalendars {\n    organisations {\n      id\n      name\n      holidayCalendar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHoliday($input: HolidayInput!) {\n    setHoliday(input: $input) {\n      calendar\n      date\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SetHoliday($input: HolidayInput!) {\n    setHoliday(input: $input) {\n      calendar\n      date\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHoliday($calendar: String!, $date: String!) {\n    removeHoliday(calendar: $calendar, date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveHoliday($calendar: String!, $date: String!) {\n    removeHoliday(calendar: $calendar, date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceLevelReport($from: DateTime!, $to: DateTime!) {\n    serviceLevelReport(from: $from, to: $to) {\n      plan\n      severity\n      tickets\n      breached\n      breachRate\n      medianFirstResponseMinutes\n    }\n  }\n"): (typeof documents)["\n  query ServiceLevelReport($from: DateTime!, $to: DateTime!) {\n    serviceLevelReport(from: $from, to: $to) {\n      plan\n      severity\n      tickets\n      breached\n      breachRate\n      medianFirstResponseMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Survey($token: String!) {\n    survey(token: $token) {\n      ticketNumber\n      ticketTitle\n      locale\n      answered\n      expired\n    }\n  }\n"): (typeof documents)["\n  query Survey($token: String!) {\n    survey(token: $token) {\n      ticketNumber\n      ticketTitle\n      locale\n      answered\n      expired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurvey($input: SubmitSurveyInput!) {\n    submitSurvey(input: $input) {\n      ticketNumber\n      answered\n      expired\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSurvey($input: SubmitSurveyInput!) {\n    submitSurvey(input: $input) {\n      ticketNumber\n      answered\n      expired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannedAvailabilityFields on PlannedAvailability {\n    release\n    date\n    reference\n    note\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PlannedAvailabilityFields on PlannedAvailability {\n    release\n    date\n    reference\n    note\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow on Ticket {\n    number\n    title\n    type\n    severity\n    state\n    version\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    requester {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    plannedAvailability {\n      ...PlannedAvailabilityFields\n    }\n    serviceLevel {\n      ...ServiceLevelFields\n    }\n  }\n"): (typeof documents)["\n  fragment TicketRow on Ticket {\n    number\n    title\n    type\n    severity\n    state\n    version\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    requester {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    plannedAvailability {\n      ...PlannedAvailabilityFields\n    }\n    serviceLevel {\n      ...ServiceLevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    id\n    name\n    contentType\n    size\n    internal\n    createdAt\n    url\n    thumbnailUrl\n    commentId\n  }\n"): (typeof documents)["\n  fragment AttachmentFields on Attachment {\n    id\n    name\n    contentType\n    size\n    internal\n    createdAt\n    url\n    thumbnailUrl\n    commentId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      isAgent\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      isAgent\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    organisation {\n      ...OrganisationCalendar\n    }\n    description\n    instanceEnvironment\n    instanceUrl\n    affectedUserLogin\n    documentIds\n    businessImpact\n    reproductionSteps\n    permissionGranted\n    executionWindowStart\n    executionWindowEnd\n    resolution\n    reopenCount\n    plannedAvailabilityHistory {\n      release\n      date\n      reference\n      note\n      at\n    }\n    comments {\n      ...CommentFields\n    }\n    history {\n      id\n      at\n      kind\n      fromValue\n      toValue\n      action\n      actor {\n        id\n        name\n      }\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    satisfaction {\n      rating\n      comment\n      submittedAt\n    }\n    allowedActions\n    capabilities {\n      comment\n      addInternalNote\n      assign\n      changeSeverity\n      setPlannedAvailability\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetail on Ticket {\n    ...TicketRow\n    organisation {\n      ...OrganisationCalendar\n    }\n    description\n    instanceEnvironment\n    instanceUrl\n    affectedUserLogin\n    documentIds\n    businessImpact\n    reproductionSteps\n    permissionGranted\n    executionWindowStart\n    executionWindowEnd\n    resolution\n    reopenCount\n    plannedAvailabilityHistory {\n      release\n      date\n      reference\n      note\n      at\n    }\n    comments {\n      ...CommentFields\n    }\n    history {\n      id\n      at\n      kind\n      fromValue\n      toValue\n      action\n      actor {\n        id\n        name\n      }\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    satisfaction {\n      rating\n      comment\n      submittedAt\n    }\n    allowedActions\n    capabilities {\n      comment\n      addInternalNote\n      assign\n      changeSeverity\n      setPlannedAvailability\n    }\n  }\n"];
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