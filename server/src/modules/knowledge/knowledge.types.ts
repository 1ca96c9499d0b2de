import { IsInt, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LIMITS, Locale } from '@support/shared';
import { SearchHighlight, SearchSnippet } from '../search/search.types';
import { Article } from './article.entity';

/** An article found by search or suggested while typing a ticket. */
@ObjectType({ description: 'An article found by search, with where the query occurs.' })
export class ArticleSearchHit {
  @Field(() => Article, { description: 'The article.' })
  article: Article;

  @Field(() => Float, { description: 'Relevance between 0 and 1; hits come best first.' })
  score: number;

  @Field(() => [SearchHighlight], { description: 'Matches in the title.' })
  highlights: SearchHighlight[];

  @Field(() => SearchSnippet, {
    description: 'Plain-text excerpt of the body around the first match.',
  })
  snippet: SearchSnippet;
}

@ArgsType()
export class SuggestArticlesArgs {
  @Field({ description: 'Title and description typed so far.' })
  @MinLength(1)
  @MaxLength(LIMITS.longTextMaxLength)
  text: string;

  @Field(() => Locale, { description: "The customer's language; its articles come first." })
  locale: Locale;

  @Field(() => Int, { defaultValue: 5, description: 'Most suggestions, 1 to 10.' })
  @IsInt()
  @Min(1)
  @Max(10)
  first: number;
}

/** How one article did in the intake form. */
@ObjectType({ description: 'Intake views and deflections of one article.' })
export class ArticleDeflection {
  @Field(() => ID, { description: 'The article.' })
  articleId: string;

  @Field({ description: 'Its title.' })
  title: string;

  @Field(() => Int, { description: 'Views from the intake form.' })
  views: number;

  @Field(() => Int, { description: 'Of those, views no ticket followed within 30 minutes.' })
  deflections: number;
}

/** Deflection over a period. */
@ObjectType({
  description:
    'Knowledge-base deflection: intake article views by customers that no ticket of theirs followed within 30 minutes.',
})
export class DeflectionReport {
  @Field({ description: 'Start of the period (inclusive).' })
  from: Date;

  @Field({ description: 'End of the period (exclusive).' })
  to: Date;

  @Field(() => Int, { description: 'Intake views by customers in the period.' })
  views: number;

  @Field(() => Int, { description: 'Views less than 30 minutes old: not decided yet.' })
  pending: number;

  @Field(() => Int, { description: 'Decided views that no ticket followed.' })
  deflections: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Deflections over decided views (0 to 1); null without decided views.',
  })
  rate: number | null;

  @Field(() => [ArticleDeflection], { description: 'The most viewed articles, at most 10.' })
  articles: ArticleDeflection[];
}
