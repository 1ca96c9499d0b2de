import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LIMITS } from '@support/shared';

@InputType({ description: 'What a customer has typed so far into the new-ticket form.' })
export class SimilarTicketsInput {
  @Field(() => String, { nullable: true, description: 'The title as typed.' })
  @IsOptional()
  @MaxLength(LIMITS.titleMaxLength)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The description as typed.' })
  @IsOptional()
  @MaxLength(LIMITS.longTextMaxLength)
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Affected purchase order, invoice or expense report IDs.',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.maxDocumentIds)
  @MaxLength(LIMITS.documentIdMaxLength, { each: true })
  documentIds?: string[] | null;

  @Field(() => Int, { defaultValue: 5, description: 'Most suggestions, 1 to 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first: number;
}
