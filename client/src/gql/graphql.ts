/* eslint-disable */
import type { Role } from '@support/shared';
import type { TicketType } from '@support/shared';
import type { TicketState } from '@support/shared';
import type { TicketAction } from '@support/shared';
import type { TicketEventKind } from '@support/shared';
import type { HistoryKind } from '@support/shared';
import type { InstanceEnvironment } from '@support/shared';
import type { SupportPlan } from '@support/shared';
import type { Resolution } from '@support/shared';
import type { ApiTokenScope } from '@support/shared';
import type { PresenceActivity } from '@support/shared';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** Accepts an invitation by choosing a password. */
export type AcceptInvitationInput = {
  /** The new password (at least 10 characters). */
  password: Scalars['String']['input'];
  /** The secret from the invitation link. */
  token: Scalars['String']['input'];
};

/** A message added to a ticket thread. */
export type AddCommentInput = {
  /** Files the caller uploaded with POST /attachments, to attach here. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The message. */
  body: Scalars['String']['input'];
  /** An internal note, for agents only. */
  internal?: Scalars['Boolean']['input'];
  /** Ticket number. */
  number: Scalars['String']['input'];
};

/** A comment on an idea. */
export type AddIdeaCommentInput = {
  /** The comment (plain text). */
  body: Scalars['String']['input'];
  /** The idea. */
  ideaId: Scalars['ID']['input'];
};

/** An API token (its secret is shown once, at creation). */
export type ApiToken = {
  __typename: 'ApiToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Maybe<User>;
  /** After this instant the token is refused. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute). */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for, chosen by its creator. */
  name: Scalars['String']['output'];
  /** The organisation of a read-only organisation token. */
  organisation: Maybe<Organisation>;
  /** True for read-only organisation tokens of third-party systems. */
  readOnly: Scalars['Boolean']['output'];
  /** When it was revoked, if it was. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the token may do. */
  scopes: Array<ApiTokenScope>;
};

export { ApiTokenScope };

/** A new API token with its secret, shown only this once. */
export type ApiTokenSecret = {
  __typename: 'ApiTokenSecret';
  /** The stored token. */
  apiToken: ApiToken;
  /** Send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** A knowledge-base article in one language. */
export type Article = {
  __typename: 'Article';
  /** Name of the author (agents only). */
  authorName: Maybe<Scalars['String']['output']>;
  /** Body in Markdown, raw: render it with a sanitiser. */
  body: Scalars['String']['output'];
  /** Its category. */
  category: Maybe<ArticleCategory>;
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The first 200 characters of the body as plain text. */
  excerpt: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Language of this version. */
  locale: Locale;
  /** When it was first published. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** URL name, shared by the translations of an article. */
  slug: Scalars['String']['output'];
  /** DRAFT (agents only) or PUBLISHED. */
  status: ArticleStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** Readable versions in other languages. */
  translations: Array<Article>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every edit; updates state the version they read. */
  version: Scalars['Int']['output'];
};

/** A knowledge-base category, named in both languages. */
export type ArticleCategory = {
  __typename: 'ArticleCategory';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** English name. */
  nameEn: Scalars['String']['output'];
  /** Japanese name. */
  nameJa: Scalars['String']['output'];
  /** Order in lists, ascending. */
  position: Scalars['Int']['output'];
  /** URL name. */
  slug: Scalars['String']['output'];
};

/** Intake views and deflections of one article. */
export type ArticleDeflection = {
  __typename: 'ArticleDeflection';
  /** The article. */
  articleId: Scalars['ID']['output'];
  /** Of those, views no ticket followed within 30 minutes. */
  deflections: Scalars['Int']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
  /** Views from the intake form. */
  views: Scalars['Int']['output'];
};

/** Narrows the article list; all given conditions apply. */
export type ArticleFilter = {
  /** Only this category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this language. */
  locale?: InputMaybe<Locale>;
  /** Only this status (agents). */
  status?: InputMaybe<ArticleStatus>;
};

/** An article found by search, with where the query occurs. */
export type ArticleSearchHit = {
  __typename: 'ArticleSearchHit';
  /** The article. */
  article: Article;
  /** Matches in the title. */
  highlights: Array<SearchHighlight>;
  /** Relevance between 0 and 1; hits come best first. */
  score: Scalars['Float']['output'];
  /** Plain-text excerpt of the body around the first match. */
  snippet: SearchSnippet;
};

/** Whether customers can read an article. */
export enum ArticleStatus {
  Draft = 'DRAFT',
  Published = 'PUBLISHED'
}

/** Where an article was opened. */
export enum ArticleViewContext {
  Intake = 'INTAKE',
  KnowledgeBase = 'KNOWLEDGE_BASE',
  Ticket = 'TICKET'
}

/** Assigns a ticket to an engineer, or unassigns it. */
export type AssignTicketInput = {
  /** The new assignee; null unassigns. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The ticket version the caller read. */
  expectedVersion: Scalars['Int']['input'];
  /** Ticket number. */
  number: Scalars['String']['input'];
};

/** A file attached to a ticket or a comment. */
export type Attachment = {
  __typename: 'Attachment';
  /** The comment it belongs to; null for a file of the ticket itself. */
  commentId: Maybe<Scalars['ID']['output']>;
  /** Media type found from the content, not from the name. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier; download at /attachments/<id>. */
  id: Scalars['ID']['output'];
  /** True for files of internal notes, which customers never see. */
  internal: Scalars['Boolean']['output'];
  /** File name, cleaned of paths and control characters. */
  name: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Inline image for a thumbnail; null for files that are not images. */
  thumbnailUrl: Maybe<Scalars['String']['output']>;
  /** Who uploaded it. */
  uploadedBy: Maybe<User>;
  /** Where to download it (same origin, same login). */
  url: Scalars['String']['output'];
};

/** Business hours and holidays of an organisation. */
export type BusinessCalendarType = {
  __typename: 'BusinessCalendarType';
  /** Business weekdays, 1 = Monday. */
  days: Array<Scalars['Int']['output']>;
  /** Closing time HH:MM. */
  end: Scalars['String']['output'];
  /** Local dates without business hours. */
  holidays: Array<Scalars['String']['output']>;
  /** Opening time HH:MM. */
  start: Scalars['String']['output'];
  /** IANA time zone. */
  timeZone: Scalars['String']['output'];
};

/** Raises or lowers the severity of a ticket. */
export type ChangeSeverityInput = {
  /** The ticket version the caller read. */
  expectedVersion: Scalars['Int']['input'];
  /** Ticket number. */
  number: Scalars['String']['input'];
  /** The new severity, 1 (critical) to 4. */
  severity: Scalars['Int']['input'];
};

/** A message in a ticket thread. */
export type Comment = {
  __typename: 'Comment';
  /** Files attached to this message. */
  attachments: Array<Attachment>;
  /** Who wrote it. */
  author: Maybe<User>;
  /** The message text. */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** True for internal notes, which customers never see. */
  internal: Scalars['Boolean']['output'];
  /** The ticket as it is now (a reply may have changed its state and version). */
  ticket: Ticket;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /** When the token stops working. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the token is for. */
  name: Scalars['String']['input'];
  /** Admins: make a read-only token for this organisation. Omit for a personal token. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** What it may do; default all (organisation tokens: READ and SUBSCRIBE). */
  scopes?: InputMaybe<Array<ApiTokenScope>>;
};

/** A new knowledge-base category. */
export type CreateArticleCategoryInput = {
  /** English name. */
  nameEn: Scalars['String']['input'];
  /** Japanese name. */
  nameJa: Scalars['String']['input'];
  /** Order in lists, ascending. */
  position?: Scalars['Int']['input'];
  /** URL name. */
  slug: Scalars['String']['input'];
};

/** A new article (engineers and admins). */
export type CreateArticleInput = {
  /** Body in Markdown. */
  body: Scalars['String']['input'];
  /** Category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Language of this version. */
  locale: Locale;
  /** URL name; translations of one article share it. */
  slug: Scalars['String']['input'];
  /** Default DRAFT. */
  status?: ArticleStatus;
  /** Title. */
  title: Scalars['String']['input'];
};

/** Creates an idea from a ticket that found a limitation, and links them. */
export type CreateIdeaFromTicketInput = {
  /** What is wished for and why (plain text). */
  description: Scalars['String']['input'];
  /** Ticket number, e.g. CS-000123. */
  number: Scalars['String']['input'];
  /** One-line summary. */
  title: Scalars['String']['input'];
};

/** A new product idea. */
export type CreateIdeaInput = {
  /** What is wished for and why (plain text). */
  description: Scalars['String']['input'];
  /** One-line summary. */
  title: Scalars['String']['input'];
};

/** A new customer organisation. */
export type CreateOrganisationInput = {
  /** Default language of its users and emails. */
  locale: Locale;
  /** Display name, unique. */
  name: Scalars['String']['input'];
  /** Support plan. */
  plan: SupportPlan;
  /** IANA time zone of its business hours. */
  timeZone: Scalars['String']['input'];
};

/** A new ticket, with the stage-1 checklist of the intake form. */
export type CreateTicketInput = {
  /** Login of the user who sees the problem. */
  affectedUserLogin?: InputMaybe<Scalars['String']['input']>;
  /** Files the caller uploaded with POST /attachments, to attach here. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Business impact; required for platform issues. */
  businessImpact?: InputMaybe<Scalars['String']['input']>;
  /** The problem, question or request. */
  description: Scalars['String']['input'];
  /** IDs of affected purchase orders, invoices or expense reports. */
  documentIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Requested execution window end. */
  executionWindowEnd?: InputMaybe<Scalars['DateTime']['input']>;
  /** Requested execution window start. */
  executionWindowStart?: InputMaybe<Scalars['DateTime']['input']>;
  /** Affected instance. */
  instanceEnvironment?: InputMaybe<InstanceEnvironment>;
  /** URL of the affected instance. */
  instanceUrl?: InputMaybe<Scalars['String']['input']>;
  /** Service requests: permission for support to act; must be true. */
  permissionGranted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Steps to reproduce; required for platform issues. */
  reproductionSteps?: InputMaybe<Scalars['String']['input']>;
  /** Severity 1 (critical) to 4 (request or question). */
  severity: Scalars['Int']['input'];
  /** One-line summary. */
  title: Scalars['String']['input'];
  /** Request type. */
  type: TicketType;
};

/** Knowledge-base deflection: intake article views by customers that no ticket of theirs followed within 30 minutes. */
export type DeflectionReport = {
  __typename: 'DeflectionReport';
  /** The most viewed articles, at most 10. */
  articles: Array<ArticleDeflection>;
  /** Decided views that no ticket followed. */
  deflections: Scalars['Int']['output'];
  /** Start of the period (inclusive). */
  from: Scalars['DateTime']['output'];
  /** Views less than 30 minutes old: not decided yet. */
  pending: Scalars['Int']['output'];
  /** Deflections over decided views (0 to 1); null without decided views. */
  rate: Maybe<Scalars['Float']['output']>;
  /** End of the period (exclusive). */
  to: Scalars['DateTime']['output'];
  /** Intake views by customers in the period. */
  views: Scalars['Int']['output'];
};

/** A recorded change of a ticket. */
export type HistoryEntry = {
  __typename: 'HistoryEntry';
  /** Action that caused a state change. */
  action: Maybe<Scalars['String']['output']>;
  /** Who made the change; null for the system. */
  actor: Maybe<User>;
  /** When the change happened. */
  at: Scalars['DateTime']['output'];
  /** Value before the change (a state, a user id, or JSON for planned availability). */
  fromValue: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What changed. */
  kind: HistoryKind;
  /** Value after the change. */
  toValue: Maybe<Scalars['String']['output']>;
};

export { HistoryKind };

/** A day without business hours. */
export type Holiday = {
  __typename: 'Holiday';
  /** Holiday calendar, e.g. JP. */
  calendar: Scalars['String']['output'];
  /** Local date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Name of the holiday. */
  name: Scalars['String']['output'];
};

/** A holiday to add to a calendar (admins). */
export type HolidayInput = {
  /** Holiday calendar, e.g. JP. */
  calendar: Scalars['String']['input'];
  /** Local date YYYY-MM-DD. */
  date: Scalars['String']['input'];
  /** Name shown in the calendar. */
  name: Scalars['String']['input'];
};

/** A product idea on the community board. */
export type Idea = {
  __typename: 'Idea';
  /** The author's name. */
  authorName: Scalars['String']['output'];
  /** Comments. */
  commentCount: Scalars['Int']['output'];
  /** Comments, oldest first. */
  comments: Array<IdeaComment>;
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** What is wished for and why (plain text). */
  description: Scalars['String']['output'];
  /** Engagement now: votes and comments (2 each), halving every 14 days; orders TRENDING. */
  engagement: Scalars['Float']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Last vote, comment or status change. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** Tickets linked to it that you may see (agents: all; customers: their organisation). */
  linkedTickets: Array<Ticket>;
  /** The author's organisation; null when support staff posted it. */
  organisationName: Maybe<Scalars['String']['output']>;
  /** Roadmap status, set by admins. */
  status: IdeaStatus;
  /** Admins' note on the status. */
  statusNote: Maybe<Scalars['String']['output']>;
  /** One-line summary. */
  title: Scalars['String']['output'];
  /** Increases with every status change. */
  version: Scalars['Int']['output'];
  /** True when you voted for it. */
  viewerHasVoted: Scalars['Boolean']['output'];
  /** Votes: one per user. */
  voteCount: Scalars['Int']['output'];
};

/** A comment on an idea. */
export type IdeaComment = {
  __typename: 'IdeaComment';
  /** The author's name. */
  authorName: Scalars['String']['output'];
  /** The comment (plain text). */
  body: Scalars['String']['output'];
  /** True when support staff wrote it. */
  byStaff: Scalars['Boolean']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The author's organisation; null for support staff. */
  organisationName: Maybe<Scalars['String']['output']>;
};

/** A page of the ideas board. */
export type IdeaConnection = {
  __typename: 'IdeaConnection';
  /** The ideas of this page, in order. */
  edges: Array<IdeaEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An idea in a list. */
export type IdeaEdge = {
  __typename: 'IdeaEdge';
  /** Opaque cursor; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The idea. */
  node: Idea;
};

/** A change of an idea, delivered live (no replay: refetch on connect). */
export type IdeaEvent = {
  __typename: 'IdeaEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The new comment, for COMMENTED. */
  comment: Maybe<IdeaComment>;
  /** The idea now. */
  idea: Idea;
  /** What happened. */
  kind: IdeaEventKind;
};

/** What happened to an idea. */
export enum IdeaEventKind {
  Commented = 'COMMENTED',
  Created = 'CREATED',
  StatusChanged = 'STATUS_CHANGED',
  TicketLinked = 'TICKET_LINKED',
  Unvoted = 'UNVOTED',
  Voted = 'VOTED'
}

/** Narrows the ideas board; all given conditions apply. */
export type IdeaFilter = {
  /** Only ideas I posted. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Order; TRENDING by default. */
  order?: InputMaybe<IdeaOrder>;
  /** Only ideas containing this text. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<IdeaStatus>>;
};

/** Order of the ideas board. */
export enum IdeaOrder {
  Newest = 'NEWEST',
  Top = 'TOP',
  Trending = 'TRENDING'
}

/** An idea found by search, with where the query occurs. */
export type IdeaSearchHit = {
  __typename: 'IdeaSearchHit';
  /** Matches in the title and description. */
  highlights: Array<SearchHighlight>;
  /** The idea. */
  idea: Idea;
  /** Relevance between 0 and 1; hits come best first. */
  score: Scalars['Float']['output'];
  /** Excerpt of the description around the first match. */
  snippet: SearchSnippet;
};

/** Where an idea stands on the roadmap (set by admins). */
export enum IdeaStatus {
  Declined = 'DECLINED',
  Planned = 'PLANNED',
  Shipped = 'SHIPPED',
  UnderReview = 'UNDER_REVIEW'
}

export { InstanceEnvironment };

/** A person to invite; they choose a password through a one-time link. */
export type InviteUserInput = {
  /** Email address; also the login. */
  email: Scalars['String']['input'];
  /** Language; default the organisation's. */
  locale?: InputMaybe<Locale>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Organisation of a customer user. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Role; CUSTOMER needs an organisation. */
  role: Role;
  /** Time zone; default the organisation's. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Links a ticket to an existing idea (engineers). */
export type LinkTicketToIdeaInput = {
  /** The idea. */
  ideaId: Scalars['ID']['input'];
  /** Ticket number, e.g. CS-000123. */
  number: Scalars['String']['input'];
};

/** Interface and email language. */
export enum Locale {
  En = 'EN',
  Ja = 'JA'
}

export type Mutation = {
  __typename: 'Mutation';
  /** Chooses the password of an invited account once, and logs in. */
  acceptInvitation: User;
  /** Adds a public reply or (agents) an internal note. */
  addComment: Comment;
  /** Comments on an idea. */
  addIdeaComment: IdeaComment;
  /** Assigns a ticket to an agent, or unassigns it. */
  assignTicket: Ticket;
  /** Raises or lowers the severity (support). */
  changeSeverity: Ticket;
  /** Creates a personal token acting as you, or (admins, with organisationId) a read-only organisation token. */
  createApiToken: ApiTokenSecret;
  /** Writes an article (engineers and admins). */
  createArticle: Article;
  /** Adds a category (engineers and admins). */
  createArticleCategory: ArticleCategory;
  /** Posts a product idea to the community board. */
  createIdea: Idea;
  /** Posts a new idea from a ticket and links them (engineers). */
  createIdeaFromTicket: Idea;
  /** Creates a customer organisation (admins). */
  createOrganisation: Organisation;
  /** Opens a ticket for the customer's organisation. */
  createTicket: Ticket;
  /** Follows a colleague's open ticket instead of opening a duplicate; following twice changes nothing. */
  followTicket: Ticket;
  /** Creates a user and a one-time link to choose a password (admins). */
  inviteUser: UserInvitationLink;
  /** Links a ticket to an existing idea (engineers); a ticket has one idea. */
  linkTicketToIdea: Ticket;
  /** Checks the password and sets the session cookie. */
  login: User;
  /** Ends the browser session. True when one ended. */
  logout: Scalars['Boolean']['output'];
  /** Records that you opened an article; returns the view id. INTAKE views feed the deflection report. */
  recordArticleView: Scalars['ID']['output'];
  /** Removes a holiday (admins). True when one was removed. */
  removeHoliday: Scalars['Boolean']['output'];
  /** Reports whether you are typing a reply on a ticket. */
  reportTyping: Scalars['Boolean']['output'];
  /** Revokes a token at once; its open live connections are closed. */
  revokeApiToken: ApiToken;
  /** Adds or renames a holiday (admins); clocks follow. */
  setHoliday: Holiday;
  /** Sets the roadmap status of an idea (admins). */
  setIdeaStatus: Idea;
  /** Sets when the fix is expected (development, support). */
  setPlannedAvailability: Ticket;
  /** Answers a survey once; a second use, an altered or expired link is refused. */
  submitSurvey: SurveyInvitation;
  /** Moves a ticket along its lifecycle. */
  transitionTicket: Ticket;
  /** Stops following a ticket. */
  unfollowTicket: Ticket;
  /** Removes a ticket's link to its idea (engineers). */
  unlinkTicketFromIdea: Ticket;
  /** Edits, publishes or withdraws an article (engineers and admins); states the version read. */
  updateArticle: Article;
  /** Changes your own language and time zone. */
  updateMyPreferences: User;
  /** Changes an organisation (admins). */
  updateOrganisation: Organisation;
  /** Changes a plan's targets for one severity (admins); open tickets follow. */
  updatePlanTarget: PlanTarget;
  /** Changes a user (admins); deactivation ends their sessions and live connections. */
  updateUser: User;
  /** Votes for an idea; one vote per user, voting again changes nothing. */
  voteForIdea: Idea;
  /** Withdraws your vote for an idea. */
  withdrawIdeaVote: Idea;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddIdeaCommentArgs = {
  input: AddIdeaCommentInput;
};


export type MutationAssignTicketArgs = {
  input: AssignTicketInput;
};


export type MutationChangeSeverityArgs = {
  input: ChangeSeverityInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateArticleArgs = {
  input: CreateArticleInput;
};


export type MutationCreateArticleCategoryArgs = {
  input: CreateArticleCategoryInput;
};


export type MutationCreateIdeaArgs = {
  input: CreateIdeaInput;
};


export type MutationCreateIdeaFromTicketArgs = {
  input: CreateIdeaFromTicketInput;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationFollowTicketArgs = {
  number: Scalars['String']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLinkTicketToIdeaArgs = {
  input: LinkTicketToIdeaInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRecordArticleViewArgs = {
  input: RecordArticleViewInput;
};


export type MutationRemoveHolidayArgs = {
  calendar: Scalars['String']['input'];
  date: Scalars['String']['input'];
};


export type MutationReportTypingArgs = {
  input: ReportTypingInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetHolidayArgs = {
  input: HolidayInput;
};


export type MutationSetIdeaStatusArgs = {
  input: SetIdeaStatusInput;
};


export type MutationSetPlannedAvailabilityArgs = {
  input: SetPlannedAvailabilityInput;
};


export type MutationSubmitSurveyArgs = {
  input: SubmitSurveyInput;
};


export type MutationTransitionTicketArgs = {
  input: TransitionTicketInput;
};


export type MutationUnfollowTicketArgs = {
  number: Scalars['String']['input'];
};


export type MutationUnlinkTicketFromIdeaArgs = {
  number: Scalars['String']['input'];
};


export type MutationUpdateArticleArgs = {
  input: UpdateArticleInput;
};


export type MutationUpdateMyPreferencesArgs = {
  input: UpdatePreferencesInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdatePlanTargetArgs = {
  input: UpdatePlanTargetInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationVoteForIdeaArgs = {
  ideaId: Scalars['ID']['input'];
};


export type MutationWithdrawIdeaVoteArgs = {
  ideaId: Scalars['ID']['input'];
};

/** A customer organisation. */
export type Organisation = {
  __typename: 'Organisation';
  /** Business hours and holidays, to count business time like the server. */
  businessCalendar: BusinessCalendarType;
  /** Business weekdays, 1 = Monday ... 7 = Sunday. */
  businessDays: Array<Scalars['Int']['output']>;
  /** Closing time HH:MM, local. */
  businessEnd: Scalars['String']['output'];
  /** Opening time HH:MM, local. */
  businessStart: Scalars['String']['output'];
  /** Holiday calendar of its business days (e.g. JP); none when null. */
  holidayCalendar: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Default language of its users and emails. */
  locale: Locale;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Support plan; it sets the service-level targets. */
  plan: SupportPlan;
  /** IANA time zone of the business hours, e.g. Asia/Tokyo. */
  timeZone: Scalars['String']['output'];
};

/** Pagination state of a connection. */
export type PageInfo = {
  __typename: 'PageInfo';
  /** Cursor of the last edge. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** More items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A support plan's targets for one severity. */
export type PlanTarget = {
  __typename: 'PlanTarget';
  /** ALWAYS (24x7) or BUSINESS_HOURS. */
  clock: Scalars['String']['output'];
  /** Time to first response, in minutes of its clock. */
  firstResponseMinutes: Scalars['Int']['output'];
  /** The plan. */
  plan: SupportPlan;
  /** Severity 1 to 4. */
  severity: Scalars['Int']['output'];
  /** Cadence of updates, in minutes of its clock. */
  updateMinutes: Scalars['Int']['output'];
};

/** Planned availability of the fix (release and/or date). */
export type PlannedAvailability = {
  __typename: 'PlannedAvailability';
  /** Expected date, YYYY-MM-DD. */
  date: Maybe<Scalars['String']['output']>;
  /** Note for the customer. */
  note: Maybe<Scalars['String']['output']>;
  /** Development reference (defect id). */
  reference: Maybe<Scalars['String']['output']>;
  /** Release that will carry the fix. */
  release: Maybe<Scalars['String']['output']>;
  /** When it was last set. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A change of planned availability. */
export type PlannedAvailabilityChange = {
  __typename: 'PlannedAvailabilityChange';
  /** When this value was set. */
  at: Scalars['DateTime']['output'];
  /** Expected date, YYYY-MM-DD. */
  date: Maybe<Scalars['String']['output']>;
  /** Note for the customer. */
  note: Maybe<Scalars['String']['output']>;
  /** Development reference (defect id). */
  reference: Maybe<Scalars['String']['output']>;
  /** Release that will carry the fix. */
  release: Maybe<Scalars['String']['output']>;
  /** When it was last set. */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

export { PresenceActivity };

/** An agent on a ticket. */
export type PresenceEntryType = {
  __typename: 'PresenceEntryType';
  /** VIEWING or TYPING. */
  activity: PresenceActivity;
  /** Since when the agent has the ticket open. */
  since: Scalars['DateTime']['output'];
  /** The agent. */
  user: User;
};

export type Query = {
  __typename: 'Query';
  /** Active agents, e.g. to choose an assignee. */
  agents: Array<User>;
  /** Your API tokens; admins see every token. */
  apiTokens: Array<ApiToken>;
  /** An article by id; null if not readable. */
  article: Maybe<Article>;
  /** Knowledge-base categories in order. */
  articleCategories: Array<ArticleCategory>;
  /** Articles, most recently changed first (first at most 100, default 25); drafts for agents only. */
  articles: Array<Article>;
  /** Intake views of articles that no ticket followed within 30 minutes, over [from, to). */
  deflectionReport: DeflectionReport;
  /** The newest event sequence now. Read it with your data, then subscribe with it as `after`: nothing in between is missed. */
  eventCursor: Scalars['String']['output'];
  /** Tickets you follow that are not closed, newest first. */
  followedTickets: Array<Ticket>;
  /** Holidays of a calendar, in date order. */
  holidays: Array<Holiday>;
  /** An idea by id; null if there is none. */
  idea: Maybe<Idea>;
  /** The ideas board, filtered, in pages (first at most 100, default 20); TRENDING by default. */
  ideas: IdeaConnection;
  /** The logged-in user; null for organisation tokens. */
  me: Maybe<User>;
  /** All customer organisations (agents). */
  organisations: Array<Organisation>;
  /** Every plan's targets per severity. */
  planTargets: Array<PlanTarget>;
  /** Searches tickets, articles and ideas at once (agents' search box); each list best first. */
  search: SearchResults;
  /** Articles containing all of the text, best first (the reply box and the knowledge base). */
  searchArticles: Array<ArticleSearchHit>;
  /** Tickets you may see that contain all of the text (title, description, document IDs), best first. */
  searchTickets: Array<TicketSearchHit>;
  /** Breach rate and median first response per plan and severity, for tickets opened in [from, to). */
  serviceLevelReport: Array<ServiceLevelReportRow>;
  /** Open tickets of your organisation that look like the ticket being typed (call it debounced while typing): similar title or description, or the same document ID. */
  similarTickets: Array<SimilarTicket>;
  /** Published articles in the customer's language that match what they type into a new ticket (call it debounced). Record an opened one with recordArticleView(context: INTAKE). */
  suggestArticles: Array<ArticleSearchHit>;
  /** The survey of a one-time link; null when the link is not valid. No login. */
  survey: Maybe<SurveyInvitation>;
  /** A ticket by number; null if not visible. */
  ticket: Maybe<Ticket>;
  /** Visible tickets, filtered, in pages (first at most 100, default 25). */
  tickets: TicketConnection;
  /** Every user, agents first (admins). */
  users: Array<User>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeflectionReportArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryHolidaysArgs = {
  calendar: Scalars['String']['input'];
};


export type QueryIdeaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IdeaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  input: SearchInput;
};


export type QuerySearchArticlesArgs = {
  input: SearchArticlesInput;
};


export type QuerySearchTicketsArgs = {
  input: SearchTicketsInput;
};


export type QueryServiceLevelReportArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QuerySimilarTicketsArgs = {
  input: SimilarTicketsInput;
};


export type QuerySuggestArticlesArgs = {
  first?: Scalars['Int']['input'];
  locale: Locale;
  text: Scalars['String']['input'];
};


export type QuerySurveyArgs = {
  token: Scalars['String']['input'];
};


export type QueryTicketArgs = {
  number: Scalars['String']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Records that someone opened an article. */
export type RecordArticleViewInput = {
  /** The article. */
  articleId: Scalars['ID']['input'];
  /** Where it was opened. */
  context: ArticleViewContext;
};

/** Tells the other agents whether you are typing a reply. */
export type ReportTypingInput = {
  /** Ticket number. */
  number: Scalars['String']['input'];
  /** True while typing; it lapses after a few seconds without a report. */
  typing: Scalars['Boolean']['input'];
};

export { Resolution };

export { Role };

/** Customer satisfaction with a closed ticket (agents only). */
export type Satisfaction = {
  __typename: 'Satisfaction';
  /** The requester's comment, if any. */
  comment: Maybe<Scalars['String']['output']>;
  /** Rating from 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['output'];
  /** When the survey was answered. */
  submittedAt: Scalars['DateTime']['output'];
};

/** An article search. */
export type SearchArticlesInput = {
  /** Most hits, 1 to 50. */
  first?: Scalars['Int']['input'];
  /** Only this language. */
  locale?: InputMaybe<Locale>;
  /** Japanese, English or both; punctuation and width do not matter. */
  text: Scalars['String']['input'];
};

/** The field of a search hit that a highlight lies in. */
export enum SearchField {
  Body = 'BODY',
  DocumentId = 'DOCUMENT_ID',
  Title = 'TITLE'
}

/** Where the query occurs in a field of a search hit. */
export type SearchHighlight = {
  __typename: 'SearchHighlight';
  /** Code unit just after the range. */
  end: Scalars['Int']['output'];
  /** The field, as the API returns its text. */
  field: SearchField;
  /** Entry of a list field (document IDs); 0 otherwise. */
  item: Scalars['Int']['output'];
  /** First code unit of the range. */
  start: Scalars['Int']['output'];
};

/** Text to search for, as typed. */
export type SearchInput = {
  /** Hits per kind, 1 to 50. */
  first?: Scalars['Int']['input'];
  /** Japanese, English or both; punctuation and width do not matter. */
  text: Scalars['String']['input'];
};

/** Tickets, articles and ideas matching a search, each best first. */
export type SearchResults = {
  __typename: 'SearchResults';
  /** Articles you may read that contain all of the text. */
  articles: Array<ArticleSearchHit>;
  /** Ideas that contain all of the text. */
  ideas: Array<IdeaSearchHit>;
  /** Tickets you may see that contain all of the text. */
  tickets: Array<TicketSearchHit>;
};

/** About 160 characters of plain text around the first match. */
export type SearchSnippet = {
  __typename: 'SearchSnippet';
  /** Matches within the excerpt. */
  highlights: Array<TextRange>;
  /** The excerpt; an ellipsis marks text left out. */
  text: Scalars['String']['output'];
};

/** A ticket search. */
export type SearchTicketsInput = {
  /** Hits per kind, 1 to 50. */
  first?: Scalars['Int']['input'];
  /** True: only tickets that are not closed. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Japanese, English or both; punctuation and width do not matter. */
  text: Scalars['String']['input'];
};

/** Service levels of one plan and severity over a period. */
export type ServiceLevelReportRow = {
  __typename: 'ServiceLevelReportRow';
  /** breached / tickets, 0 when none. */
  breachRate: Scalars['Float']['output'];
  /** Of those, tickets that breached a target. */
  breached: Scalars['Int']['output'];
  /** Median minutes to first response. */
  medianFirstResponseMinutes: Maybe<Scalars['Float']['output']>;
  /** Plan. */
  plan: SupportPlan;
  /** Severity. */
  severity: Scalars['Int']['output'];
  /** Tickets opened in the period. */
  tickets: Scalars['Int']['output'];
};

/** Sets the roadmap status of an idea (admins). */
export type SetIdeaStatusInput = {
  /** The idea version the caller read. */
  expectedVersion: Scalars['Int']['input'];
  /** The idea. */
  ideaId: Scalars['ID']['input'];
  /** Note shown with the status. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status: IdeaStatus;
};

/** Sets when the fix of an escalated ticket is expected. */
export type SetPlannedAvailabilityInput = {
  /** Expected date (YYYY-MM-DD). */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The ticket version the caller read. */
  expectedVersion: Scalars['Int']['input'];
  /** Note for the customer. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Ticket number. */
  number: Scalars['String']['input'];
  /** Development reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Release that will carry the fix. */
  release?: InputMaybe<Scalars['String']['input']>;
};

/** An open ticket of your organisation that may be the same request. */
export type SimilarTicket = {
  __typename: 'SimilarTicket';
  /** Matches in its title, description and IDs. */
  highlights: Array<SearchHighlight>;
  /** Its document IDs that were also entered. */
  matchedDocumentIds: Array<Scalars['String']['output']>;
  /** Why it was suggested. */
  reasons: Array<SimilarityReason>;
  /** Likeness between 0 and 1; suggestions come best first. */
  score: Scalars['Float']['output'];
  /** The ticket; follow it instead of opening a new one. */
  ticket: Ticket;
};

/** What a customer has typed so far into the new-ticket form. */
export type SimilarTicketsInput = {
  /** The description as typed. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Affected purchase order, invoice or expense report IDs. */
  documentIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Most suggestions, 1 to 20. */
  first?: Scalars['Int']['input'];
  /** The title as typed. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Why a ticket looks like the one being typed. */
export enum SimilarityReason {
  SameDocument = 'SAME_DOCUMENT',
  SimilarText = 'SIMILAR_TEXT'
}

/** An answer to a satisfaction survey, through its one-time link. */
export type SubmitSurveyInput = {
  /** Anything the customer wants to add. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Rating from 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['input'];
  /** The secret of the survey link (`/survey/<token>`). */
  token: Scalars['String']['input'];
};

export type Subscription = {
  __typename: 'Subscription';
  /** Live changes of the ideas board, or of one idea. No replay: refetch when (re)connecting. */
  ideaEvents: IdeaEvent;
  /** Changes of every ticket of the caller's organisation (customers). */
  organisationTicketEvents: TicketEvent;
  /** Changes of every ticket, for the agents' queue. */
  queueEvents: TicketEvent;
  /** Changes of one ticket. `after`: last sequence seen; missed events come first. */
  ticketEvents: TicketEvent;
  /** Agents on a ticket, pushed on every change. Subscribing marks you as viewing it until you stop. */
  ticketPresence: TicketPresence;
};


export type SubscriptionIdeaEventsArgs = {
  ideaId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionOrganisationTicketEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionQueueEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionTicketEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['String']['input'];
};


export type SubscriptionTicketPresenceArgs = {
  number: Scalars['String']['input'];
};

export { SupportPlan };

/** A satisfaction survey, as its one-time link shows it (no login). */
export type SurveyInvitation = {
  __typename: 'SurveyInvitation';
  /** True once the survey was answered: the link is spent. */
  answered: Scalars['Boolean']['output'];
  /** True when the link is past its 30 days. */
  expired: Scalars['Boolean']['output'];
  /** The requester's language, for the page. */
  locale: Locale;
  /** Number of the closed ticket, e.g. CS-000123. */
  ticketNumber: Scalars['String']['output'];
  /** Title of the closed ticket. */
  ticketTitle: Scalars['String']['output'];
};

/** A range of a text in UTF-16 code units, end exclusive. */
export type TextRange = {
  __typename: 'TextRange';
  /** Code unit just after the range. */
  end: Scalars['Int']['output'];
  /** First code unit of the range. */
  start: Scalars['Int']['output'];
};

/** A support ticket. */
export type Ticket = {
  __typename: 'Ticket';
  /** Login of the user who sees the problem. */
  affectedUserLogin: Maybe<Scalars['String']['output']>;
  /** Lifecycle actions the caller may take now (shared transition table). */
  allowedActions: Array<TicketAction>;
  /** The engineer working on it. */
  assignee: Maybe<User>;
  /** Every file of the ticket and its comments, oldest first; internal notes' only for agents. */
  attachments: Array<Attachment>;
  /** Business impact (platform issues). */
  businessImpact: Maybe<Scalars['String']['output']>;
  /** What else the caller may do now. */
  capabilities: TicketCapabilities;
  /** The thread, oldest first; internal notes only for agents. */
  comments: Array<Comment>;
  /** When the ticket was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** The problem or request in the customer's words. */
  description: Scalars['String']['output'];
  /** IDs of affected purchase orders, invoices or expense reports. */
  documentIds: Array<Scalars['String']['output']>;
  /** Requested execution window end. */
  executionWindowEnd: Maybe<Scalars['DateTime']['output']>;
  /** Requested execution window start. */
  executionWindowStart: Maybe<Scalars['DateTime']['output']>;
  /** Customers who follow the ticket to receive its updates (not its requester). */
  followers: Array<User>;
  /** Every recorded change, oldest first. */
  history: Array<HistoryEntry>;
  /** Affected instance. */
  instanceEnvironment: Maybe<InstanceEnvironment>;
  /** URL of the affected instance. */
  instanceUrl: Maybe<Scalars['String']['output']>;
  /** The idea on the community board that would lift the limitation this ticket found. */
  linkedIdea: Maybe<Idea>;
  /** Human ticket number, e.g. CS-000123. */
  number: Scalars['String']['output'];
  /** The customer organisation. */
  organisation: Organisation;
  /** Service requests: the customer allowed support to act. */
  permissionGranted: Scalars['Boolean']['output'];
  /** When the fix is expected; null until development sets it. */
  plannedAvailability: Maybe<PlannedAvailability>;
  /** Every value planned availability has had, oldest first. */
  plannedAvailabilityHistory: Array<PlannedAvailabilityChange>;
  /** Times a proposed solution was rejected. */
  reopenCount: Scalars['Int']['output'];
  /** Steps to reproduce (platform issues). */
  reproductionSteps: Maybe<Scalars['String']['output']>;
  /** Who opened the ticket. */
  requester: User;
  /** Why a closed ticket was closed. */
  resolution: Maybe<Resolution>;
  /** The requester's survey answer; null until answered, and always for customers. */
  satisfaction: Maybe<Satisfaction>;
  /** The service-level clock: target, due instant, at risk, breached. */
  serviceLevel: TicketServiceLevel;
  /** Severity 1 (critical) to 4 (request or question). */
  severity: Scalars['Int']['output'];
  /** Lifecycle state. */
  state: TicketState;
  /** One-line summary. */
  title: Scalars['String']['output'];
  /** Request type chosen at intake. */
  type: TicketType;
  /** When anything on the ticket last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; mutations state the version they read. */
  version: Scalars['Int']['output'];
  /** True when you follow the ticket. */
  viewerFollows: Scalars['Boolean']['output'];
};

export { TicketAction };

/** What the caller may do on a ticket now. */
export type TicketCapabilities = {
  __typename: 'TicketCapabilities';
  /** Add an internal note (agents). */
  addInternalNote: Scalars['Boolean']['output'];
  /** Change the assignee. */
  assign: Scalars['Boolean']['output'];
  /** Change the severity. */
  changeSeverity: Scalars['Boolean']['output'];
  /** Add a public reply. */
  comment: Scalars['Boolean']['output'];
  /** Set planned availability. */
  setPlannedAvailability: Scalars['Boolean']['output'];
};

/** A page of tickets. */
export type TicketConnection = {
  __typename: 'TicketConnection';
  /** The tickets of this page, in order. */
  edges: Array<TicketEdge>;
  /** The newest event sequence when this page was read: subscribe with it as `after` to miss nothing. */
  eventCursor: Scalars['String']['output'];
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Tickets matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ticket in a list. */
export type TicketEdge = {
  __typename: 'TicketEdge';
  /** Opaque cursor; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The ticket. */
  node: Ticket;
};

/** A change of a ticket, delivered live or replayed. */
export type TicketEvent = {
  __typename: 'TicketEvent';
  /** Who made the change. */
  actor: Maybe<User>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The comment, for COMMENT_ADDED. */
  comment: Maybe<Comment>;
  /** What happened. */
  kind: TicketEventKind;
  /** Increasing over the whole system; a string so 64-bit values survive. */
  sequence: Scalars['String']['output'];
  /** The ticket now, as the subscriber may see it. */
  ticket: Ticket;
};

export { TicketEventKind };

/** Narrows a ticket list; all given conditions apply. */
export type TicketFilter = {
  /** Only tickets assigned to this user. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Agents: assigned to me. Customers: requested by me. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** True: not closed. False: closed. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Order; QUEUE by default. */
  order?: InputMaybe<TicketOrder>;
  /** Only this organisation (agents). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Text in the number or title. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these severities. */
  severities?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only these states. */
  states?: InputMaybe<Array<TicketState>>;
  /** Only these request types. */
  types?: InputMaybe<Array<TicketType>>;
  /** Only tickets nobody is assigned to. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Order of a ticket list. */
export enum TicketOrder {
  Newest = 'NEWEST',
  Queue = 'QUEUE',
  RecentlyUpdated = 'RECENTLY_UPDATED'
}

/** Who has a ticket open, and who is typing a reply. */
export type TicketPresence = {
  __typename: 'TicketPresence';
  /** Agents on the ticket, earliest first. */
  entries: Array<PresenceEntryType>;
  /** Ticket number. */
  number: Scalars['String']['output'];
};

/** A ticket found by search, with where the query occurs. */
export type TicketSearchHit = {
  __typename: 'TicketSearchHit';
  /** Matches in the title, description and document IDs. */
  highlights: Array<SearchHighlight>;
  /** Relevance between 0 and 1; hits come best first. */
  score: Scalars['Float']['output'];
  /** Excerpt of the description around the first match. */
  snippet: SearchSnippet;
  /** The ticket. */
  ticket: Ticket;
};

/** A ticket's service-level clock. Count down from dueAt on the client. */
export type TicketServiceLevel = {
  __typename: 'TicketServiceLevel';
  /** Less than 25% of the target left, not breached, now. */
  atRisk: Scalars['Boolean']['output'];
  /** When less than 25% of the target is left. */
  atRiskAt: Maybe<Scalars['DateTime']['output']>;
  /** The target passed. */
  breached: Scalars['Boolean']['output'];
  /** When the target passed. */
  breachedAt: Maybe<Scalars['DateTime']['output']>;
  /** ALWAYS (24x7) or BUSINESS_HOURS. */
  clock: Maybe<Scalars['String']['output']>;
  /** When the target falls due; null while paused or stopped. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** When support first responded. */
  firstResponseAt: Maybe<Scalars['DateTime']['output']>;
  /** FIRST_RESPONSE, UPDATE, PAUSED (waiting on the customer) or STOPPED. */
  phase: Scalars['String']['output'];
  /** FIRST_RESPONSE or UPDATE: the running target. */
  targetKind: Maybe<Scalars['String']['output']>;
  /** Length of the running target, in clock minutes. */
  targetMinutes: Maybe<Scalars['Int']['output']>;
};

export { TicketState };

export { TicketType };

/** A lifecycle move on a ticket. */
export type TransitionTicketInput = {
  /** The move; see Ticket.allowedActions. */
  action: TicketAction;
  /** Public comment; required for questions, proposals and rejections. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The ticket version the caller read. */
  expectedVersion: Scalars['Int']['input'];
  /** Ticket number, e.g. CS-000123. */
  number: Scalars['String']['input'];
};

/** Changes to an article; omitted fields stay as they are. */
export type UpdateArticleInput = {
  /** New body in Markdown. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** New category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The version the caller read. */
  expectedVersion: Scalars['Int']['input'];
  /** The article. */
  id: Scalars['ID']['input'];
  /** Publish or withdraw. */
  status?: InputMaybe<ArticleStatus>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an organisation; omitted fields stay. */
export type UpdateOrganisationInput = {
  /** The organisation. */
  id: Scalars['ID']['input'];
  /** Default language. */
  locale?: InputMaybe<Locale>;
  /** Display name, unique. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Support plan. */
  plan?: InputMaybe<SupportPlan>;
  /** IANA time zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Changes one cell of a plan's targets (admins). */
export type UpdatePlanTargetInput = {
  /** ALWAYS or BUSINESS_HOURS. */
  clock: Scalars['String']['input'];
  /** First response, in clock minutes. */
  firstResponseMinutes: Scalars['Int']['input'];
  /** The plan. */
  plan: SupportPlan;
  /** Severity 1 to 4. */
  severity: Scalars['Int']['input'];
  /** Update cadence, in clock minutes. */
  updateMinutes: Scalars['Int']['input'];
};

/** The caller's own interface preferences. */
export type UpdatePreferencesInput = {
  /** Interface and email language. */
  locale?: InputMaybe<Locale>;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a user (admins). */
export type UpdateUserInput = {
  /** False deactivates: sessions and live connections end at once. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The user. */
  id: Scalars['ID']['input'];
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New organisation (customers). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** New role. */
  role?: InputMaybe<Role>;
};

/** A person using the console. */
export type User = {
  __typename: 'User';
  /** False once an admin deactivated the account. */
  active: Scalars['Boolean']['output'];
  /** Email; visible to agents, to the user and to colleagues of the same organisation. */
  email: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** True for vendor staff (agent console users). */
  isAgent: Scalars['Boolean']['output'];
  /** Interface and email language. */
  locale: Locale;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Organisation of a customer user. */
  organisation: Maybe<Organisation>;
  /** What the person is to support. */
  role: Role;
  /** IANA time zone for dates and times. */
  timeZone: Scalars['String']['output'];
};

/** A new user and their one-time invitation link. */
export type UserInvitationLink = {
  __typename: 'UserInvitationLink';
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Path of the one-time link (append to the console URL); valid 7 days. */
  invitationPath: Scalars['String']['output'];
  /** The invited user. */
  user: User;
};

export type MeFieldsFragment = { __typename: 'User', id: string, name: string, role: Role, locale: Locale, timeZone: string, isAgent: boolean, organisation: { __typename: 'Organisation', id: string, name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'User', id: string, name: string, role: Role, locale: Locale, timeZone: string, isAgent: boolean, organisation: { __typename: 'Organisation', id: string, name: string } | null } | null };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { __typename: 'User', id: string, name: string, role: Role, locale: Locale, timeZone: string, isAgent: boolean, organisation: { __typename: 'Organisation', id: string, name: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UpdateMyLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type UpdateMyLocaleMutation = { updateMyPreferences: { __typename: 'User', id: string, locale: Locale } };

export type AdminOrganisationFragment = { __typename: 'Organisation', id: string, name: string, plan: SupportPlan, timeZone: string, locale: Locale, holidayCalendar: string | null };

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationsQuery = { organisations: Array<{ __typename: 'Organisation', id: string, name: string, plan: SupportPlan, timeZone: string, locale: Locale, holidayCalendar: string | null }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { __typename: 'Organisation', id: string, name: string, plan: SupportPlan, timeZone: string, locale: Locale, holidayCalendar: string | null } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { __typename: 'Organisation', id: string, name: string, plan: SupportPlan, timeZone: string, locale: Locale, holidayCalendar: string | null } };

export type AdminUserFragment = { __typename: 'User', id: string, name: string, email: string | null, role: Role, locale: Locale, timeZone: string, active: boolean, organisation: { __typename: 'Organisation', id: string, name: string } | null };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: Array<{ __typename: 'User', id: string, name: string, email: string | null, role: Role, locale: Locale, timeZone: string, active: boolean, organisation: { __typename: 'Organisation', id: string, name: string } | null }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { __typename: 'UserInvitationLink', invitationPath: string, expiresAt: string, user: { __typename: 'User', id: string, name: string, email: string | null, role: Role, locale: Locale, timeZone: string, active: boolean, organisation: { __typename: 'Organisation', id: string, name: string } | null } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { __typename: 'User', id: string, name: string, email: string | null, role: Role, locale: Locale, timeZone: string, active: boolean, organisation: { __typename: 'Organisation', id: string, name: string } | null } };

export type AdminApiTokenFragment = { __typename: 'ApiToken', id: string, name: string, readOnly: boolean, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdBy: { __typename: 'User', id: string, name: string } | null, organisation: { __typename: 'Organisation', id: string, name: string } | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, readOnly: boolean, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdBy: { __typename: 'User', id: string, name: string } | null, organisation: { __typename: 'Organisation', id: string, name: string } | null }>, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { __typename: 'ApiTokenSecret', token: string, apiToken: { __typename: 'ApiToken', id: string, name: string, readOnly: boolean, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdBy: { __typename: 'User', id: string, name: string } | null, organisation: { __typename: 'Organisation', id: string, name: string } | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { __typename: 'ApiToken', id: string, name: string, readOnly: boolean, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdBy: { __typename: 'User', id: string, name: string } | null, organisation: { __typename: 'Organisation', id: string, name: string } | null } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'User', id: string, name: string, role: Role, locale: Locale, timeZone: string, isAgent: boolean, organisation: { __typename: 'Organisation', id: string, name: string } | null } };

export type QueuePageQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type QueuePageQuery = { eventCursor: string, tickets: { __typename: 'TicketConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename: 'TicketEdge', node: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } }> }, organisations: Array<{ __typename: 'Organisation', id: string, name: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } }> };

export type QueueEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueueEventsSubscription = { queueEvents: { __typename: 'TicketEvent', sequence: string, kind: TicketEventKind, at: string, ticket: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } } };

export type AgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsQuery = { agents: Array<{ __typename: 'User', id: string, name: string, role: Role }> };

export type IdeaCardFragment = { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number };

export type IdeaCommentFieldsFragment = { __typename: 'IdeaComment', id: string, body: string, createdAt: string, authorName: string, organisationName: string | null, byStaff: boolean };

export type IdeasQueryVariables = Exact<{
  filter?: InputMaybe<IdeaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type IdeasQuery = { ideas: { __typename: 'IdeaConnection', edges: Array<{ __typename: 'IdeaEdge', node: { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type IdeaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdeaQuery = { idea: { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number, comments: Array<{ __typename: 'IdeaComment', id: string, body: string, createdAt: string, authorName: string, organisationName: string | null, byStaff: boolean }>, linkedTickets: Array<{ __typename: 'Ticket', number: string, title: string }> } | null };

export type IdeaEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IdeaEventsSubscription = { ideaEvents: { __typename: 'IdeaEvent', kind: IdeaEventKind, at: string, idea: { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number }, comment: { __typename: 'IdeaComment', id: string, body: string, createdAt: string, authorName: string, organisationName: string | null, byStaff: boolean } | null } };

export type CreateIdeaMutationVariables = Exact<{
  input: CreateIdeaInput;
}>;


export type CreateIdeaMutation = { createIdea: { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number } };

export type VoteForIdeaMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
}>;


export type VoteForIdeaMutation = { voteForIdea: { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number } };

export type WithdrawIdeaVoteMutationVariables = Exact<{
  ideaId: Scalars['ID']['input'];
}>;


export type WithdrawIdeaVoteMutation = { withdrawIdeaVote: { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number } };

export type AddIdeaCommentMutationVariables = Exact<{
  input: AddIdeaCommentInput;
}>;


export type AddIdeaCommentMutation = { addIdeaComment: { __typename: 'IdeaComment', id: string, body: string, createdAt: string, authorName: string, organisationName: string | null, byStaff: boolean } };

export type SetIdeaStatusMutationVariables = Exact<{
  input: SetIdeaStatusInput;
}>;


export type SetIdeaStatusMutation = { setIdeaStatus: { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number } };

export type TicketIdeaQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type TicketIdeaQuery = { ticket: { __typename: 'Ticket', number: string, linkedIdea: { __typename: 'Idea', id: string, title: string, status: IdeaStatus, voteCount: number, commentCount: number } | null } | null };

export type LinkTicketToIdeaMutationVariables = Exact<{
  input: LinkTicketToIdeaInput;
}>;


export type LinkTicketToIdeaMutation = { linkTicketToIdea: { __typename: 'Ticket', number: string, linkedIdea: { __typename: 'Idea', id: string, title: string, status: IdeaStatus, voteCount: number, commentCount: number } | null } };

export type CreateIdeaFromTicketMutationVariables = Exact<{
  input: CreateIdeaFromTicketInput;
}>;


export type CreateIdeaFromTicketMutation = { createIdeaFromTicket: { __typename: 'Idea', id: string, title: string, description: string, status: IdeaStatus, statusNote: string | null, voteCount: number, commentCount: number, lastActivityAt: string, version: number, createdAt: string, authorName: string, organisationName: string | null, viewerHasVoted: boolean, engagement: number } };

export type UnlinkTicketFromIdeaMutationVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type UnlinkTicketFromIdeaMutation = { unlinkTicketFromIdea: { __typename: 'Ticket', number: string, linkedIdea: { __typename: 'Idea', id: string } | null } };

export type ArticleRowFragment = { __typename: 'Article', id: string, slug: string, locale: Locale, title: string, status: ArticleStatus, excerpt: string, updatedAt: string, category: { __typename: 'ArticleCategory', id: string } | null };

export type ArticleDetailFragment = { __typename: 'Article', body: string, version: number, publishedAt: string | null, authorName: string | null, id: string, slug: string, locale: Locale, title: string, status: ArticleStatus, excerpt: string, updatedAt: string, category: { __typename: 'ArticleCategory', id: string, slug: string, nameEn: string, nameJa: string } | null, translations: Array<{ __typename: 'Article', id: string, locale: Locale, title: string }> };

export type KnowledgeBaseQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type KnowledgeBaseQuery = { articleCategories: Array<{ __typename: 'ArticleCategory', id: string, slug: string, nameEn: string, nameJa: string, position: number }>, articles: Array<{ __typename: 'Article', id: string, slug: string, locale: Locale, title: string, status: ArticleStatus, excerpt: string, updatedAt: string, category: { __typename: 'ArticleCategory', id: string } | null }> };

export type ArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArticleQuery = { article: { __typename: 'Article', body: string, version: number, publishedAt: string | null, authorName: string | null, id: string, slug: string, locale: Locale, title: string, status: ArticleStatus, excerpt: string, updatedAt: string, category: { __typename: 'ArticleCategory', id: string, slug: string, nameEn: string, nameJa: string } | null, translations: Array<{ __typename: 'Article', id: string, locale: Locale, title: string }> } | null, articleCategories: Array<{ __typename: 'ArticleCategory', id: string, nameEn: string, nameJa: string }> };

export type ArticleCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleCategoriesQuery = { articleCategories: Array<{ __typename: 'ArticleCategory', id: string, nameEn: string, nameJa: string }> };

export type SearchArticlesQueryVariables = Exact<{
  input: SearchArticlesInput;
}>;


export type SearchArticlesQuery = { searchArticles: Array<{ __typename: 'ArticleSearchHit', score: number, article: { __typename: 'Article', id: string, slug: string, locale: Locale, title: string, status: ArticleStatus, excerpt: string, updatedAt: string, category: { __typename: 'ArticleCategory', id: string } | null }, highlights: Array<{ __typename: 'SearchHighlight', start: number, end: number, field: SearchField, item: number }>, snippet: { __typename: 'SearchSnippet', text: string, highlights: Array<{ __typename: 'TextRange', start: number, end: number }> } }> };

export type SuggestArticlesQueryVariables = Exact<{
  text: Scalars['String']['input'];
  locale: Locale;
  first: Scalars['Int']['input'];
}>;


export type SuggestArticlesQuery = { suggestArticles: Array<{ __typename: 'ArticleSearchHit', score: number, article: { __typename: 'Article', id: string, title: string, locale: Locale }, highlights: Array<{ __typename: 'SearchHighlight', start: number, end: number, field: SearchField, item: number }>, snippet: { __typename: 'SearchSnippet', text: string, highlights: Array<{ __typename: 'TextRange', start: number, end: number }> } }> };

export type RecordArticleViewMutationVariables = Exact<{
  input: RecordArticleViewInput;
}>;


export type RecordArticleViewMutation = { recordArticleView: string };

export type CreateArticleMutationVariables = Exact<{
  input: CreateArticleInput;
}>;


export type CreateArticleMutation = { createArticle: { __typename: 'Article', body: string, version: number, publishedAt: string | null, authorName: string | null, id: string, slug: string, locale: Locale, title: string, status: ArticleStatus, excerpt: string, updatedAt: string, category: { __typename: 'ArticleCategory', id: string, slug: string, nameEn: string, nameJa: string } | null, translations: Array<{ __typename: 'Article', id: string, locale: Locale, title: string }> } };

export type UpdateArticleMutationVariables = Exact<{
  input: UpdateArticleInput;
}>;


export type UpdateArticleMutation = { updateArticle: { __typename: 'Article', body: string, version: number, publishedAt: string | null, authorName: string | null, id: string, slug: string, locale: Locale, title: string, status: ArticleStatus, excerpt: string, updatedAt: string, category: { __typename: 'ArticleCategory', id: string, slug: string, nameEn: string, nameJa: string } | null, translations: Array<{ __typename: 'Article', id: string, locale: Locale, title: string }> } };

export type DeflectionReportQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type DeflectionReportQuery = { deflectionReport: { __typename: 'DeflectionReport', from: string, to: string, views: number, pending: number, deflections: number, rate: number | null, articles: Array<{ __typename: 'ArticleDeflection', articleId: string, title: string, views: number, deflections: number }> } };

export type PortalTicketsQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PortalTicketsQuery = { eventCursor: string, tickets: { __typename: 'TicketConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename: 'TicketEdge', node: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } }> } };

export type OrganisationTicketEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganisationTicketEventsSubscription = { organisationTicketEvents: { __typename: 'TicketEvent', sequence: string, kind: TicketEventKind, at: string, ticket: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } } };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { createTicket: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } };

export type TicketPresenceSubscriptionVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type TicketPresenceSubscription = { ticketPresence: { __typename: 'TicketPresence', number: string, entries: Array<{ __typename: 'PresenceEntryType', activity: PresenceActivity, since: string, user: { __typename: 'User', id: string, name: string } }> } };

export type ReportTypingMutationVariables = Exact<{
  input: ReportTypingInput;
}>;


export type ReportTypingMutation = { reportTyping: boolean };

export type TicketFollowQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type TicketFollowQuery = { ticket: { __typename: 'Ticket', number: string, viewerFollows: boolean } | null };

export type UnfollowTicketMutationVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type UnfollowTicketMutation = { unfollowTicket: { __typename: 'Ticket', number: string, viewerFollows: boolean } };

export type ConsoleSearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type ConsoleSearchQuery = { search: { __typename: 'SearchResults', tickets: Array<{ __typename: 'TicketSearchHit', score: number, ticket: { __typename: 'Ticket', number: string, title: string, state: TicketState, organisation: { __typename: 'Organisation', id: string, name: string } }, highlights: Array<{ __typename: 'SearchHighlight', start: number, end: number, field: SearchField, item: number }>, snippet: { __typename: 'SearchSnippet', text: string, highlights: Array<{ __typename: 'TextRange', start: number, end: number }> } }>, articles: Array<{ __typename: 'ArticleSearchHit', score: number, article: { __typename: 'Article', id: string, title: string, locale: Locale, status: ArticleStatus }, highlights: Array<{ __typename: 'SearchHighlight', start: number, end: number, field: SearchField, item: number }> }>, ideas: Array<{ __typename: 'IdeaSearchHit', score: number, idea: { __typename: 'Idea', id: string, title: string, status: IdeaStatus, voteCount: number }, highlights: Array<{ __typename: 'SearchHighlight', start: number, end: number, field: SearchField, item: number }> }> } };

export type SimilarTicketsQueryVariables = Exact<{
  input: SimilarTicketsInput;
}>;


export type SimilarTicketsQuery = { similarTickets: Array<{ __typename: 'SimilarTicket', score: number, reasons: Array<SimilarityReason>, matchedDocumentIds: Array<string>, highlights: Array<{ __typename: 'SearchHighlight', start: number, end: number, field: SearchField, item: number }>, ticket: { __typename: 'Ticket', number: string, title: string, state: TicketState, documentIds: Array<string>, viewerFollows: boolean, requester: { __typename: 'User', id: string, name: string } } }> };

export type FollowTicketMutationVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type FollowTicketMutation = { followTicket: { __typename: 'Ticket', number: string, viewerFollows: boolean } };

export type ServiceLevelFieldsFragment = { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null };

export type OrganisationCalendarFragment = { __typename: 'Organisation', id: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } };

export type PlanTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanTargetsQuery = { planTargets: Array<{ __typename: 'PlanTarget', plan: SupportPlan, severity: number, firstResponseMinutes: number, updateMinutes: number, clock: string }> };

export type UpdatePlanTargetMutationVariables = Exact<{
  input: UpdatePlanTargetInput;
}>;


export type UpdatePlanTargetMutation = { updatePlanTarget: { __typename: 'PlanTarget', plan: SupportPlan, severity: number, firstResponseMinutes: number, updateMinutes: number, clock: string } };

export type HolidaysQueryVariables = Exact<{
  calendar: Scalars['String']['input'];
}>;


export type HolidaysQuery = { holidays: Array<{ __typename: 'Holiday', calendar: string, date: string, name: string }> };

export type HolidayCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type HolidayCalendarsQuery = { organisations: Array<{ __typename: 'Organisation', id: string, name: string, holidayCalendar: string | null }> };

export type SetHolidayMutationVariables = Exact<{
  input: HolidayInput;
}>;


export type SetHolidayMutation = { setHoliday: { __typename: 'Holiday', calendar: string, date: string, name: string } };

export type RemoveHolidayMutationVariables = Exact<{
  calendar: Scalars['String']['input'];
  date: Scalars['String']['input'];
}>;


export type RemoveHolidayMutation = { removeHoliday: boolean };

export type ServiceLevelReportQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type ServiceLevelReportQuery = { serviceLevelReport: Array<{ __typename: 'ServiceLevelReportRow', plan: SupportPlan, severity: number, tickets: number, breached: number, breachRate: number, medianFirstResponseMinutes: number | null }> };

export type SurveyQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SurveyQuery = { survey: { __typename: 'SurveyInvitation', ticketNumber: string, ticketTitle: string, locale: Locale, answered: boolean, expired: boolean } | null };

export type SubmitSurveyMutationVariables = Exact<{
  input: SubmitSurveyInput;
}>;


export type SubmitSurveyMutation = { submitSurvey: { __typename: 'SurveyInvitation', ticketNumber: string, answered: boolean, expired: boolean } };

export type PlannedAvailabilityFieldsFragment = { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null };

export type TicketRowFragment = { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } };

export type AttachmentFieldsFragment = { __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null };

export type CommentFieldsFragment = { __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> };

export type TicketDetailFragment = { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } }, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }>, satisfaction: { __typename: 'Satisfaction', rating: number, comment: string | null, submittedAt: string } | null, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } };

export type TicketPageQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type TicketPageQuery = { eventCursor: string, ticket: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } }, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }>, satisfaction: { __typename: 'Satisfaction', rating: number, comment: string | null, submittedAt: string } | null, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } | null };

export type TicketEventsSubscriptionVariables = Exact<{
  number: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketEventsSubscription = { ticketEvents: { __typename: 'TicketEvent', sequence: string, kind: TicketEventKind, at: string, actor: { __typename: 'User', id: string, name: string } | null, ticket: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } }, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }>, satisfaction: { __typename: 'Satisfaction', rating: number, comment: string | null, submittedAt: string } | null, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } } };

export type TransitionTicketMutationVariables = Exact<{
  input: TransitionTicketInput;
}>;


export type TransitionTicketMutation = { transitionTicket: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } }, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }>, satisfaction: { __typename: 'Satisfaction', rating: number, comment: string | null, submittedAt: string } | null, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> } };

export type AssignTicketMutationVariables = Exact<{
  input: AssignTicketInput;
}>;


export type AssignTicketMutation = { assignTicket: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } }, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }>, satisfaction: { __typename: 'Satisfaction', rating: number, comment: string | null, submittedAt: string } | null, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } };

export type ChangeSeverityMutationVariables = Exact<{
  input: ChangeSeverityInput;
}>;


export type ChangeSeverityMutation = { changeSeverity: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } }, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }>, satisfaction: { __typename: 'Satisfaction', rating: number, comment: string | null, submittedAt: string } | null, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } };

export type SetPlannedAvailabilityMutationVariables = Exact<{
  input: SetPlannedAvailabilityInput;
}>;


export type SetPlannedAvailabilityMutation = { setPlannedAvailability: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string, businessCalendar: { __typename: 'BusinessCalendarType', timeZone: string, days: Array<number>, start: string, end: string, holidays: Array<string> } }, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }> }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, attachments: Array<{ __typename: 'Attachment', id: string, name: string, contentType: string, size: number, internal: boolean, createdAt: string, url: string, thumbnailUrl: string | null, commentId: string | null }>, satisfaction: { __typename: 'Satisfaction', rating: number, comment: string | null, submittedAt: string } | null, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null, serviceLevel: { __typename: 'TicketServiceLevel', phase: string, targetKind: string | null, targetMinutes: number | null, clock: string | null, dueAt: string | null, atRiskAt: string | null, atRisk: boolean, breached: boolean, breachedAt: string | null, firstResponseAt: string | null } } };

export const MeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const AdminOrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"}}]}}]} as unknown as DocumentNode<AdminOrganisationFragment, unknown>;
export const AdminUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUserFragment, unknown>;
export const AdminApiTokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminApiTokenFragment, unknown>;
export const IdeaCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}}]} as unknown as DocumentNode<IdeaCardFragment, unknown>;
export const IdeaCommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}}]}}]} as unknown as DocumentNode<IdeaCommentFieldsFragment, unknown>;
export const ArticleRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArticleRowFragment, unknown>;
export const ArticleDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArticleDetailFragment, unknown>;
export const PlannedAvailabilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PlannedAvailabilityFieldsFragment, unknown>;
export const ServiceLevelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}}]} as unknown as DocumentNode<ServiceLevelFieldsFragment, unknown>;
export const TicketRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}}]} as unknown as DocumentNode<TicketRowFragment, unknown>;
export const OrganisationCalendarFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}}]} as unknown as DocumentNode<OrganisationCalendarFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const TicketDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]} as unknown as DocumentNode<TicketDetailFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UpdateMyLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const AdminOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganisation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"}}]}}]} as unknown as DocumentNode<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganisation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOrganisation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPath"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminApiToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminApiToken"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminApiToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminApiToken"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const QueuePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueuePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCursor"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCalendar"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}}]} as unknown as DocumentNode<QueuePageQuery, QueuePageQueryVariables>;
export const QueueEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}}]} as unknown as DocumentNode<QueueEventsSubscription, QueueEventsSubscriptionVariables>;
export const AgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AgentsQuery, AgentsQueryVariables>;
export const IdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ideas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}}]} as unknown as DocumentNode<IdeasQuery, IdeasQueryVariables>;
export const IdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Idea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}}]}}]} as unknown as DocumentNode<IdeaQuery, IdeaQueryVariables>;
export const IdeaEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IdeaEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideaEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCommentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}}]}}]} as unknown as DocumentNode<IdeaEventsSubscription, IdeaEventsSubscriptionVariables>;
export const CreateIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}}]} as unknown as DocumentNode<CreateIdeaMutation, CreateIdeaMutationVariables>;
export const VoteForIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteForIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteForIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}}]} as unknown as DocumentNode<VoteForIdeaMutation, VoteForIdeaMutationVariables>;
export const WithdrawIdeaVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawIdeaVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawIdeaVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}}]} as unknown as DocumentNode<WithdrawIdeaVoteMutation, WithdrawIdeaVoteMutationVariables>;
export const AddIdeaCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIdeaComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddIdeaCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIdeaComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}}]}}]} as unknown as DocumentNode<AddIdeaCommentMutation, AddIdeaCommentMutationVariables>;
export const SetIdeaStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIdeaStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIdeaStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIdeaStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}}]} as unknown as DocumentNode<SetIdeaStatusMutation, SetIdeaStatusMutationVariables>;
export const TicketIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"linkedIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]}}]}}]} as unknown as DocumentNode<TicketIdeaQuery, TicketIdeaQueryVariables>;
export const LinkTicketToIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkTicketToIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTicketToIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkTicketToIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"linkedIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]}}]}}]} as unknown as DocumentNode<LinkTicketToIdeaMutation, LinkTicketToIdeaMutationVariables>;
export const CreateIdeaFromTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIdeaFromTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdeaFromTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdeaFromTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasVoted"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"}}]}}]} as unknown as DocumentNode<CreateIdeaFromTicketMutation, CreateIdeaFromTicketMutationVariables>;
export const UnlinkTicketFromIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkTicketFromIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkTicketFromIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"linkedIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkTicketFromIdeaMutation, UnlinkTicketFromIdeaMutationVariables>;
export const KnowledgeBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KnowledgeBaseQuery, KnowledgeBaseQueryVariables>;
export const ArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Article"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articleCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ArticleQuery, ArticleQueryVariables>;
export const ArticleCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]} as unknown as DocumentNode<ArticleCategoriesQuery, ArticleCategoriesQueryVariables>;
export const SearchArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchArticlesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SearchArticlesQuery, SearchArticlesQueryVariables>;
export const SuggestArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestArticlesQuery, SuggestArticlesQueryVariables>;
export const RecordArticleViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordArticleView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordArticleViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordArticleView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RecordArticleViewMutation, RecordArticleViewMutationVariables>;
export const CreateArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateArticleMutation, CreateArticleMutationVariables>;
export const UpdateArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleRow"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateArticleMutation, UpdateArticleMutationVariables>;
export const DeflectionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeflectionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deflectionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"deflections"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"deflections"}}]}}]}}]}}]} as unknown as DocumentNode<DeflectionReportQuery, DeflectionReportQueryVariables>;
export const PortalTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}}]} as unknown as DocumentNode<PortalTicketsQuery, PortalTicketsQueryVariables>;
export const OrganisationTicketEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrganisationTicketEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationTicketEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}}]} as unknown as DocumentNode<OrganisationTicketEventsSubscription, OrganisationTicketEventsSubscriptionVariables>;
export const CreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const TicketPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketPresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketPresenceSubscription, TicketPresenceSubscriptionVariables>;
export const ReportTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTypingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ReportTypingMutation, ReportTypingMutationVariables>;
export const TicketFollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketFollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}}]}}]} as unknown as DocumentNode<TicketFollowQuery, TicketFollowQueryVariables>;
export const UnfollowTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnfollowTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollowTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}}]}}]} as unknown as DocumentNode<UnfollowTicketMutation, UnfollowTicketMutationVariables>;
export const ConsoleSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSearchQuery, ConsoleSearchQueryVariables>;
export const SimilarTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimilarTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"matchedDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimilarTicketsQuery, SimilarTicketsQueryVariables>;
export const FollowTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}}]}}]} as unknown as DocumentNode<FollowTicketMutation, FollowTicketMutationVariables>;
export const PlanTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}}]}}]}}]} as unknown as DocumentNode<PlanTargetsQuery, PlanTargetsQueryVariables>;
export const UpdatePlanTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updateMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanTargetMutation, UpdatePlanTargetMutationVariables>;
export const HolidaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Holidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendar"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HolidaysQuery, HolidaysQueryVariables>;
export const HolidayCalendarsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolidayCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"}}]}}]}}]} as unknown as DocumentNode<HolidayCalendarsQuery, HolidayCalendarsQueryVariables>;
export const SetHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendar"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetHolidayMutation, SetHolidayMutationVariables>;
export const RemoveHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendar"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}}]} as unknown as DocumentNode<RemoveHolidayMutation, RemoveHolidayMutationVariables>;
export const ServiceLevelReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceLevelReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceLevelReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseMinutes"}}]}}]}}]} as unknown as DocumentNode<ServiceLevelReportQuery, ServiceLevelReportQueryVariables>;
export const SurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Survey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTitle"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const SubmitSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]} as unknown as DocumentNode<SubmitSurveyMutation, SubmitSurveyMutationVariables>;
export const TicketPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<TicketPageQuery, TicketPageQueryVariables>;
export const TicketEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<TicketEventsSubscription, TicketEventsSubscriptionVariables>;
export const TransitionTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<TransitionTicketMutation, TransitionTicketMutationVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const AssignTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<AssignTicketMutation, AssignTicketMutationVariables>;
export const ChangeSeverityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSeverity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSeverityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<ChangeSeverityMutation, ChangeSeverityMutationVariables>;
export const SetPlannedAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlannedAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPlannedAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketServiceLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCalendar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<SetPlannedAvailabilityMutation, SetPlannedAvailabilityMutationVariables>;