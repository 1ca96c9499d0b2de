import { IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LIMITS } from '@support/shared';

/** Most hits per list of a search. */
export const MAX_SEARCH_HITS = 50;

@InputType({ description: 'Text to search for, as typed.' })
export class SearchInput {
  @Field({ description: 'Japanese, English or both; punctuation and width do not matter.' })
  @MinLength(1)
  @MaxLength(LIMITS.titleMaxLength)
  text: string;

  @Field(() => Int, { defaultValue: 10, description: `Hits per kind, 1 to ${MAX_SEARCH_HITS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_HITS)
  first: number;
}

@InputType({ description: 'A ticket search.' })
export class SearchTicketsInput extends SearchInput {
  @Field(() => Boolean, { nullable: true, description: 'True: only tickets that are not closed.' })
  @IsOptional()
  open?: boolean | null;
}
