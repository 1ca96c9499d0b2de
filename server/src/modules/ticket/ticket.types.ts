import { Field, ObjectType } from 'type-graphql';
import { TicketEventKind } from '@support/shared';
import { User } from '../user/user.entity';
import { Comment } from './comment.entity';
import { Ticket } from './ticket.entity';

/** When the fix of an escalated ticket is expected; set by development. */
@ObjectType({ description: 'Planned availability of the fix (release and/or date).' })
export class PlannedAvailability {
  @Field(() => String, { nullable: true, description: 'Release that will carry the fix.' })
  release: string | null;

  @Field(() => String, { nullable: true, description: 'Expected date, YYYY-MM-DD.' })
  date: string | null;

  @Field(() => String, { nullable: true, description: 'Development reference (defect id).' })
  reference: string | null;

  @Field(() => String, { nullable: true, description: 'Note for the customer.' })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last set.' })
  updatedAt: Date | null;

  updatedById: number | null;
}

/** One past value of a ticket's planned availability. */
@ObjectType({ description: 'A change of planned availability.' })
export class PlannedAvailabilityChange extends PlannedAvailability {
  @Field({ description: 'When this value was set.' })
  at: Date;
}

/** What the caller may do on a ticket now, besides lifecycle actions. */
@ObjectType({ description: 'What the caller may do on a ticket now.' })
export class TicketCapabilities {
  @Field({ description: 'Add a public reply.' })
  comment: boolean;

  @Field({ description: 'Add an internal note (agents).' })
  addInternalNote: boolean;

  @Field({ description: 'Change the assignee.' })
  assign: boolean;

  @Field({ description: 'Change the severity.' })
  changeSeverity: boolean;

  @Field({ description: 'Set planned availability.' })
  setPlannedAvailability: boolean;
}

/** Relay page information. */
@ObjectType({ description: 'Pagination state of a connection.' })
export class PageInfo {
  @Field({ description: 'More items follow the last edge.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor: string | null;
}

@ObjectType({ description: 'A ticket in a list.' })
export class TicketEdge {
  @Field({ description: 'Opaque cursor; pass it as `after` to continue.' })
  cursor: string;

  @Field(() => Ticket, { description: 'The ticket.' })
  node: Ticket;
}

@ObjectType({ description: 'A page of tickets.' })
export class TicketConnection {
  @Field(() => [TicketEdge], { description: 'The tickets of this page, in order.' })
  edges: TicketEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;

  @Field({
    description:
      'The newest event sequence when this page was read: subscribe with it as `after` to miss nothing.',
  })
  eventCursor: string;

  /** Counts the matches over all pages; run only when a client asks for totalCount. */
  countTotal: () => Promise<number>;
}

/** A change delivered to a subscriber. */
@ObjectType({ description: 'A change of a ticket, delivered live or replayed.' })
export class TicketEvent {
  @Field({
    description: 'Increasing over the whole system; a string so 64-bit values survive.',
  })
  sequence: string;

  @Field(() => TicketEventKind, { description: 'What happened.' })
  kind: TicketEventKind;

  @Field({ description: 'When it happened.' })
  at: Date;

  @Field(() => Ticket, { description: 'The ticket now, as the subscriber may see it.' })
  ticket: Ticket;

  @Field(() => Comment, { nullable: true, description: 'The comment, for COMMENT_ADDED.' })
  comment: Comment | null;

  @Field(() => User, { nullable: true, description: 'Who made the change.' })
  actor: User | null;
}
