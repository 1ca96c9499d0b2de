import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsInt,
  IsOptional,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  InstanceEnvironment,
  LIMITS,
  TicketAction,
  TicketState,
  TicketType,
} from '@support/shared';

const TICKET_NUMBER = /^CS-\d{6,}$/i;
const NUMBER_MESSAGE = 'Expected a ticket number such as CS-000123.';
/** Ids per request; the per-ticket limit (ATTACHMENT_MAX_PER_TICKET) applies on top. */
const MAX_ATTACHMENT_IDS = 100;

@InputType({ description: 'A new ticket, with the stage-1 checklist of the intake form.' })
export class CreateTicketInput {
  @Field(() => TicketType, { description: 'Request type.' })
  type: TicketType;

  @Field(() => Int, { description: 'Severity 1 (critical) to 4 (request or question).' })
  @IsInt()
  @Min(1)
  @Max(4)
  severity: number;

  @Field({ description: 'One-line summary.' })
  @MinLength(3)
  @MaxLength(LIMITS.titleMaxLength)
  title: string;

  @Field({ description: 'The problem, question or request.' })
  @MaxLength(LIMITS.longTextMaxLength)
  description: string;

  @Field(() => InstanceEnvironment, { nullable: true, description: 'Affected instance.' })
  @IsOptional()
  instanceEnvironment?: InstanceEnvironment | null;

  @Field(() => String, { nullable: true, description: 'URL of the affected instance.' })
  @IsOptional()
  @MaxLength(LIMITS.urlMaxLength)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  instanceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Login of the user who sees the problem.' })
  @IsOptional()
  @MaxLength(LIMITS.shortTextMaxLength)
  affectedUserLogin?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'IDs of affected purchase orders, invoices or expense reports.',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.maxDocumentIds)
  @MaxLength(LIMITS.documentIdMaxLength, { each: true })
  documentIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Business impact; required for platform issues.',
  })
  @IsOptional()
  @MaxLength(LIMITS.longTextMaxLength)
  businessImpact?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Steps to reproduce; required for platform issues.',
  })
  @IsOptional()
  @MaxLength(LIMITS.longTextMaxLength)
  reproductionSteps?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Service requests: permission for support to act; must be true.',
  })
  @IsOptional()
  @IsBoolean()
  permissionGranted?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Requested execution window start.' })
  @IsOptional()
  @IsDate()
  executionWindowStart?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Requested execution window end.' })
  @IsOptional()
  @IsDate()
  executionWindowEnd?: Date | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Files the caller uploaded with POST /attachments, to attach here.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ATTACHMENT_IDS)
  @Matches(/^\d+$/, { each: true, message: 'Expected attachment ids.' })
  attachmentIds?: string[] | null;
}

@InputType({ description: 'A lifecycle move on a ticket.' })
export class TransitionTicketInput {
  @Field({ description: 'Ticket number, e.g. CS-000123.' })
  @Matches(TICKET_NUMBER, { message: NUMBER_MESSAGE })
  number: string;

  @Field(() => TicketAction, { description: 'The move; see Ticket.allowedActions.' })
  action: TicketAction;

  @Field(() => Int, { description: 'The ticket version the caller read.' })
  @IsInt()
  expectedVersion: number;

  @Field(() => String, {
    nullable: true,
    description: 'Public comment; required for questions, proposals and rejections.',
  })
  @IsOptional()
  @MaxLength(LIMITS.commentMaxLength)
  comment?: string | null;
}

@InputType({ description: 'A message added to a ticket thread.' })
export class AddCommentInput {
  @Field({ description: 'Ticket number.' })
  @Matches(TICKET_NUMBER, { message: NUMBER_MESSAGE })
  number: string;

  @Field({ description: 'The message.' })
  @MinLength(1)
  @MaxLength(LIMITS.commentMaxLength)
  body: string;

  @Field({ defaultValue: false, description: 'An internal note, for agents only.' })
  @IsBoolean()
  internal: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: 'Files the caller uploaded with POST /attachments, to attach here.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ATTACHMENT_IDS)
  @Matches(/^\d+$/, { each: true, message: 'Expected attachment ids.' })
  attachmentIds?: string[] | null;
}

@InputType({ description: 'Assigns a ticket to an engineer, or unassigns it.' })
export class AssignTicketInput {
  @Field({ description: 'Ticket number.' })
  @Matches(TICKET_NUMBER, { message: NUMBER_MESSAGE })
  number: string;

  @Field(() => ID, { nullable: true, description: 'The new assignee; null unassigns.' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected a user id.' })
  assigneeId?: string | null;

  @Field(() => Int, { description: 'The ticket version the caller read.' })
  @IsInt()
  expectedVersion: number;
}

@InputType({ description: 'Raises or lowers the severity of a ticket.' })
export class ChangeSeverityInput {
  @Field({ description: 'Ticket number.' })
  @Matches(TICKET_NUMBER, { message: NUMBER_MESSAGE })
  number: string;

  @Field(() => Int, { description: 'The new severity, 1 (critical) to 4.' })
  @IsInt()
  @Min(1)
  @Max(4)
  severity: number;

  @Field(() => Int, { description: 'The ticket version the caller read.' })
  @IsInt()
  expectedVersion: number;
}

@InputType({ description: 'Sets when the fix of an escalated ticket is expected.' })
export class SetPlannedAvailabilityInput {
  @Field({ description: 'Ticket number.' })
  @Matches(TICKET_NUMBER, { message: NUMBER_MESSAGE })
  number: string;

  @Field(() => String, { nullable: true, description: 'Release that will carry the fix.' })
  @IsOptional()
  @MaxLength(LIMITS.releaseMaxLength)
  release?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Expected date (YYYY-MM-DD).' })
  @IsOptional()
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Development reference.' })
  @IsOptional()
  @MaxLength(LIMITS.referenceMaxLength)
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Note for the customer.' })
  @IsOptional()
  @MaxLength(LIMITS.noteMaxLength)
  note?: string | null;

  @Field(() => Int, { description: 'The ticket version the caller read.' })
  @IsInt()
  expectedVersion: number;
}

/** Orderings of a ticket list. */
export enum TicketOrder {
  /** Breach risk (soonest due first), then severity, then oldest: the agents' queue. */
  QUEUE = 'QUEUE',
  NEWEST = 'NEWEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(TicketOrder, { name: 'TicketOrder', description: 'Order of a ticket list.' });

@InputType({ description: 'Narrows a ticket list; all given conditions apply.' })
export class TicketFilter {
  @Field(() => [TicketState], { nullable: true, description: 'Only these states.' })
  @IsOptional()
  states?: TicketState[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: not closed. False: closed.' })
  @IsOptional()
  open?: boolean | null;

  @Field(() => [Int], { nullable: true, description: 'Only these severities.' })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(4, { each: true })
  severities?: number[] | null;

  @Field(() => [TicketType], { nullable: true, description: 'Only these request types.' })
  @IsOptional()
  types?: TicketType[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this organisation (agents).' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected an organisation id.' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only tickets assigned to this user.' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected a user id.' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only tickets nobody is assigned to.' })
  @IsOptional()
  unassigned?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Agents: assigned to me. Customers: requested by me.',
  })
  @IsOptional()
  mine?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Text in the number or title.' })
  @IsOptional()
  @MaxLength(LIMITS.titleMaxLength)
  search?: string | null;

  @Field(() => TicketOrder, { nullable: true, description: 'Order; QUEUE by default.' })
  @IsOptional()
  order?: TicketOrder | null;
}
