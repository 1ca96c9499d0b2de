import { IsInt, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '@support/shared';
import { IdeaOrder, IdeaStatus } from './idea.enums';

const IDEA_ID = /^\d+$/;
const TICKET_NUMBER = /^CS-\d{6,}$/i;

@InputType({ description: 'A new product idea.' })
export class CreateIdeaInput {
  @Field({ description: 'One-line summary.' })
  @MinLength(3)
  @MaxLength(LIMITS.titleMaxLength)
  title: string;

  @Field({ description: 'What is wished for and why (plain text).' })
  @MinLength(1)
  @MaxLength(LIMITS.longTextMaxLength)
  description: string;
}

@InputType({ description: 'A comment on an idea.' })
export class AddIdeaCommentInput {
  @Field(() => ID, { description: 'The idea.' })
  @Matches(IDEA_ID, { message: 'Expected an idea id.' })
  ideaId: string;

  @Field({ description: 'The comment (plain text).' })
  @MinLength(1)
  @MaxLength(LIMITS.commentMaxLength)
  body: string;
}

@InputType({ description: 'Sets the roadmap status of an idea (admins).' })
export class SetIdeaStatusInput {
  @Field(() => ID, { description: 'The idea.' })
  @Matches(IDEA_ID, { message: 'Expected an idea id.' })
  ideaId: string;

  @Field(() => IdeaStatus, { description: 'The new status.' })
  status: IdeaStatus;

  @Field(() => String, { nullable: true, description: 'Note shown with the status.' })
  @IsOptional()
  @MaxLength(LIMITS.noteMaxLength)
  note?: string | null;

  @Field(() => Int, { description: 'The idea version the caller read.' })
  @IsInt()
  expectedVersion: number;
}

@InputType({ description: 'Links a ticket to an existing idea (engineers).' })
export class LinkTicketToIdeaInput {
  @Field({ description: 'Ticket number, e.g. CS-000123.' })
  @Matches(TICKET_NUMBER, { message: 'Expected a ticket number such as CS-000123.' })
  number: string;

  @Field(() => ID, { description: 'The idea.' })
  @Matches(IDEA_ID, { message: 'Expected an idea id.' })
  ideaId: string;
}

@InputType({
  description: 'Creates an idea from a ticket that found a limitation, and links them.',
})
export class CreateIdeaFromTicketInput extends CreateIdeaInput {
  @Field({ description: 'Ticket number, e.g. CS-000123.' })
  @Matches(TICKET_NUMBER, { message: 'Expected a ticket number such as CS-000123.' })
  number: string;
}

@InputType({ description: 'Narrows the ideas board; all given conditions apply.' })
export class IdeaFilter {
  @Field(() => [IdeaStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  statuses?: IdeaStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only ideas containing this text.' })
  @IsOptional()
  @MaxLength(LIMITS.titleMaxLength)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only ideas I posted.' })
  @IsOptional()
  mine?: boolean | null;

  @Field(() => IdeaOrder, { nullable: true, description: 'Order; TRENDING by default.' })
  @IsOptional()
  order?: IdeaOrder | null;
}

/** Bounds of a page of ideas. */
export const IDEA_PAGE = { default: 20, max: 100 } as const;
