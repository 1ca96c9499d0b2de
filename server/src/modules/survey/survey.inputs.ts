import { IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LIMITS } from '@support/shared';

/** Longest survey token accepted; real ones are 43 characters. */
const TOKEN_MAX_LENGTH = 200;

@InputType({ description: 'An answer to a satisfaction survey, through its one-time link.' })
export class SubmitSurveyInput {
  @Field({ description: 'The secret of the survey link (`/survey/<token>`).' })
  @MinLength(1)
  @MaxLength(TOKEN_MAX_LENGTH)
  token: string;

  @Field(() => Int, { description: 'Rating from 1 (poor) to 5 (excellent).' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @Field(() => String, { nullable: true, description: 'Anything the customer wants to add.' })
  @IsOptional()
  @MaxLength(LIMITS.commentMaxLength)
  comment?: string | null;
}
