import { IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS, Locale } from '@support/shared';
import { ArticleStatus, ArticleViewContext } from './knowledge.enums';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'Use lower-case letters, digits and single hyphens.';
/** Longest article body: Markdown of a long guide, well under 64 KB of UTF-8. */
export const ARTICLE_BODY_MAX_LENGTH = LIMITS.longTextMaxLength;

@InputType({ description: 'A new article (engineers and admins).' })
export class CreateArticleInput {
  @Field({ description: 'URL name; translations of one article share it.' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(100)
  slug: string;

  @Field(() => Locale, { description: 'Language of this version.' })
  locale: Locale;

  @Field({ description: 'Title.' })
  @MinLength(3)
  @MaxLength(LIMITS.titleMaxLength)
  title: string;

  @Field({ description: 'Body in Markdown.' })
  @MinLength(1)
  @MaxLength(ARTICLE_BODY_MAX_LENGTH)
  body: string;

  @Field(() => ID, { nullable: true, description: 'Category.' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected a category id.' })
  categoryId?: string | null;

  @Field(() => ArticleStatus, { defaultValue: ArticleStatus.DRAFT, description: 'Default DRAFT.' })
  status: ArticleStatus;
}

@InputType({ description: 'Changes to an article; omitted fields stay as they are.' })
export class UpdateArticleInput {
  @Field(() => ID, { description: 'The article.' })
  @Matches(/^\d+$/, { message: 'Expected an article id.' })
  id: string;

  @Field(() => Int, { description: 'The version the caller read.' })
  @IsInt()
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @MinLength(3)
  @MaxLength(LIMITS.titleMaxLength)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New body in Markdown.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(ARTICLE_BODY_MAX_LENGTH)
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'New category.' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected a category id.' })
  categoryId?: string | null;

  @Field(() => ArticleStatus, { nullable: true, description: 'Publish or withdraw.' })
  @IsOptional()
  status?: ArticleStatus | null;
}

@InputType({ description: 'A new knowledge-base category.' })
export class CreateArticleCategoryInput {
  @Field({ description: 'URL name.' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(64)
  slug: string;

  @Field({ description: 'English name.' })
  @MinLength(1)
  @MaxLength(100)
  nameEn: string;

  @Field({ description: 'Japanese name.' })
  @MinLength(1)
  @MaxLength(100)
  nameJa: string;

  @Field(() => Int, { defaultValue: 0, description: 'Order in lists, ascending.' })
  @IsInt()
  position: number;
}

@InputType({ description: 'Narrows the article list; all given conditions apply.' })
export class ArticleFilter {
  @Field(() => Locale, { nullable: true, description: 'Only this language.' })
  @IsOptional()
  locale?: Locale | null;

  @Field(() => ID, { nullable: true, description: 'Only this category.' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'Expected a category id.' })
  categoryId?: string | null;

  @Field(() => ArticleStatus, { nullable: true, description: 'Only this status (agents).' })
  @IsOptional()
  status?: ArticleStatus | null;
}

@InputType({ description: 'An article search.' })
export class SearchArticlesInput {
  @Field({ description: 'Japanese, English or both; punctuation and width do not matter.' })
  @MinLength(1)
  @MaxLength(LIMITS.titleMaxLength)
  text: string;

  @Field(() => Locale, { nullable: true, description: 'Only this language.' })
  @IsOptional()
  locale?: Locale | null;

  @Field(() => Int, { defaultValue: 10, description: 'Most hits, 1 to 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number;
}

@InputType({ description: 'Records that someone opened an article.' })
export class RecordArticleViewInput {
  @Field(() => ID, { description: 'The article.' })
  @Matches(/^\d+$/, { message: 'Expected an article id.' })
  articleId: string;

  @Field(() => ArticleViewContext, { description: 'Where it was opened.' })
  context: ArticleViewContext;
}
