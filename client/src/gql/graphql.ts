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

/** What an API token may do. */
export enum ApiTokenScope {
  Read = 'READ',
  Subscribe = 'SUBSCRIBE',
  Write = 'WRITE'
}

/** A new API token with its secret, shown only this once. */
export type ApiTokenSecret = {
  __typename: 'ApiTokenSecret';
  /** The stored token. */
  apiToken: ApiToken;
  /** Send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

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
  /** Assigns a ticket to an agent, or unassigns it. */
  assignTicket: Ticket;
  /** Raises or lowers the severity (support). */
  changeSeverity: Ticket;
  /** Creates a personal token acting as you, or (admins, with organisationId) a read-only organisation token. */
  createApiToken: ApiTokenSecret;
  /** Creates a customer organisation (admins). */
  createOrganisation: Organisation;
  /** Opens a ticket for the customer's organisation. */
  createTicket: Ticket;
  /** Creates a user and a one-time link to choose a password (admins). */
  inviteUser: UserInvitationLink;
  /** Checks the password and sets the session cookie. */
  login: User;
  /** Ends the browser session. True when one ended. */
  logout: Scalars['Boolean']['output'];
  /** Reports whether you are typing a reply on a ticket. */
  reportTyping: Scalars['Boolean']['output'];
  /** Revokes a token at once; its open live connections are closed. */
  revokeApiToken: ApiToken;
  /** Sets when the fix is expected (development, support). */
  setPlannedAvailability: Ticket;
  /** Answers a survey once; a second use, an altered or expired link is refused. */
  submitSurvey: SurveyInvitation;
  /** Moves a ticket along its lifecycle. */
  transitionTicket: Ticket;
  /** Changes your own language and time zone. */
  updateMyPreferences: User;
  /** Changes an organisation (admins). */
  updateOrganisation: Organisation;
  /** Changes a user (admins); deactivation ends their sessions and live connections. */
  updateUser: User;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
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


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationReportTypingArgs = {
  input: ReportTypingInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
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


export type MutationUpdateMyPreferencesArgs = {
  input: UpdatePreferencesInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** A customer organisation. */
export type Organisation = {
  __typename: 'Organisation';
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

/** What an agent is doing on a ticket. */
export enum PresenceActivity {
  Left = 'LEFT',
  Typing = 'TYPING',
  Viewing = 'VIEWING'
}

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
  /** The newest event sequence now. Read it with your data, then subscribe with it as `after`: nothing in between is missed. */
  eventCursor: Scalars['String']['output'];
  /** The logged-in user; null for organisation tokens. */
  me: Maybe<User>;
  /** All customer organisations (agents). */
  organisations: Array<Organisation>;
  /** The survey of a one-time link; null when the link is not valid. No login. */
  survey: Maybe<SurveyInvitation>;
  /** A ticket by number; null if not visible. */
  ticket: Maybe<Ticket>;
  /** Visible tickets, filtered, in pages (first at most 100, default 25). */
  tickets: TicketConnection;
  /** Every user, agents first (admins). */
  users: Array<User>;
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
  /** Changes of every ticket of the caller's organisation (customers). */
  organisationTicketEvents: TicketEvent;
  /** Changes of every ticket, for the agents' queue. */
  queueEvents: TicketEvent;
  /** Changes of one ticket. `after`: last sequence seen; missed events come first. */
  ticketEvents: TicketEvent;
  /** Agents on a ticket, pushed on every change. Subscribing marks you as viewing it until you stop. */
  ticketPresence: TicketPresence;
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
  /** Every recorded change, oldest first. */
  history: Array<HistoryEntry>;
  /** Affected instance. */
  instanceEnvironment: Maybe<InstanceEnvironment>;
  /** URL of the affected instance. */
  instanceUrl: Maybe<Scalars['String']['output']>;
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

export type QueuePageQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type QueuePageQuery = { eventCursor: string, tickets: { __typename: 'TicketConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename: 'TicketEdge', node: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } }> }, organisations: Array<{ __typename: 'Organisation', id: string, name: string }> };

export type QueueEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueueEventsSubscription = { queueEvents: { __typename: 'TicketEvent', sequence: string, kind: TicketEventKind, at: string, ticket: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } } };

export type AgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsQuery = { agents: Array<{ __typename: 'User', id: string, name: string, role: Role }> };

export type PortalTicketsQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PortalTicketsQuery = { eventCursor: string, tickets: { __typename: 'TicketConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename: 'TicketEdge', node: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } }> } };

export type OrganisationTicketEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganisationTicketEventsSubscription = { organisationTicketEvents: { __typename: 'TicketEvent', sequence: string, kind: TicketEventKind, at: string, ticket: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } } };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { createTicket: { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } };

export type PlannedAvailabilityFieldsFragment = { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null };

export type TicketRowFragment = { __typename: 'Ticket', number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null };

export type CommentFieldsFragment = { __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null };

export type TicketDetailFragment = { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null };

export type TicketPageQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type TicketPageQuery = { eventCursor: string, ticket: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } | null };

export type TicketEventsSubscriptionVariables = Exact<{
  number: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketEventsSubscription = { ticketEvents: { __typename: 'TicketEvent', sequence: string, kind: TicketEventKind, at: string, actor: { __typename: 'User', id: string, name: string } | null, ticket: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } } };

export type TransitionTicketMutationVariables = Exact<{
  input: TransitionTicketInput;
}>;


export type TransitionTicketMutation = { transitionTicket: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null } };

export type AssignTicketMutationVariables = Exact<{
  input: AssignTicketInput;
}>;


export type AssignTicketMutation = { assignTicket: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } };

export type ChangeSeverityMutationVariables = Exact<{
  input: ChangeSeverityInput;
}>;


export type ChangeSeverityMutation = { changeSeverity: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } };

export type SetPlannedAvailabilityMutationVariables = Exact<{
  input: SetPlannedAvailabilityInput;
}>;


export type SetPlannedAvailabilityMutation = { setPlannedAvailability: { __typename: 'Ticket', description: string, instanceEnvironment: InstanceEnvironment | null, instanceUrl: string | null, affectedUserLogin: string | null, documentIds: Array<string>, businessImpact: string | null, reproductionSteps: string | null, permissionGranted: boolean, executionWindowStart: string | null, executionWindowEnd: string | null, resolution: Resolution | null, reopenCount: number, allowedActions: Array<TicketAction>, number: string, title: string, type: TicketType, severity: number, state: TicketState, version: number, createdAt: string, updatedAt: string, plannedAvailabilityHistory: Array<{ __typename: 'PlannedAvailabilityChange', release: string | null, date: string | null, reference: string | null, note: string | null, at: string }>, comments: Array<{ __typename: 'Comment', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string, isAgent: boolean } | null }>, history: Array<{ __typename: 'HistoryEntry', id: string, at: string, kind: HistoryKind, fromValue: string | null, toValue: string | null, action: string | null, actor: { __typename: 'User', id: string, name: string } | null }>, capabilities: { __typename: 'TicketCapabilities', comment: boolean, addInternalNote: boolean, assign: boolean, changeSeverity: boolean, setPlannedAvailability: boolean }, organisation: { __typename: 'Organisation', id: string, name: string }, requester: { __typename: 'User', id: string, name: string }, assignee: { __typename: 'User', id: string, name: string } | null, plannedAvailability: { __typename: 'PlannedAvailability', release: string | null, date: string | null, reference: string | null, note: string | null, updatedAt: string | null } | null } };

export const MeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const PlannedAvailabilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PlannedAvailabilityFieldsFragment, unknown>;
export const TicketRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TicketRowFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const TicketDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}}]} as unknown as DocumentNode<TicketDetailFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UpdateMyLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const QueuePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueuePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCursor"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}}]} as unknown as DocumentNode<QueuePageQuery, QueuePageQueryVariables>;
export const QueueEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}}]} as unknown as DocumentNode<QueueEventsSubscription, QueueEventsSubscriptionVariables>;
export const AgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AgentsQuery, AgentsQueryVariables>;
export const PortalTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}}]} as unknown as DocumentNode<PortalTicketsQuery, PortalTicketsQueryVariables>;
export const OrganisationTicketEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrganisationTicketEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationTicketEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}}]} as unknown as DocumentNode<OrganisationTicketEventsSubscription, OrganisationTicketEventsSubscriptionVariables>;
export const CreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const TicketPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<TicketPageQuery, TicketPageQueryVariables>;
export const TicketEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TicketEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<TicketEventsSubscription, TicketEventsSubscriptionVariables>;
export const TransitionTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<TransitionTicketMutation, TransitionTicketMutationVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const AssignTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<AssignTicketMutation, AssignTicketMutationVariables>;
export const ChangeSeverityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSeverity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSeverityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<ChangeSeverityMutation, ChangeSeverityMutationVariables>;
export const SetPlannedAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlannedAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPlannedAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedAvailabilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedAvailabilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAgent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"instanceEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"instanceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"affectedUserLogin"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"reproductionSteps"}},{"kind":"Field","name":{"kind":"Name","value":"permissionGranted"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"executionWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAvailabilityHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"addInternalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assign"}},{"kind":"Field","name":{"kind":"Name","value":"changeSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"setPlannedAvailability"}}]}}]}}]} as unknown as DocumentNode<SetPlannedAvailabilityMutation, SetPlannedAvailabilityMutationVariables>;