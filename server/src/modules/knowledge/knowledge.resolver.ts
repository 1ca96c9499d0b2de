import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '@support/shared';
import { Access, AUTHENTICATED, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { isAgent } from '../auth/viewer';
import { ArticleCategory } from './article-category.entity';
import { Article } from './article.entity';
import { ArticleStatus } from './knowledge.enums';
import { KnowledgeQueries } from './knowledge-queries';
import {
  ArticleFilter,
  CreateArticleCategoryInput,
  CreateArticleInput,
  RecordArticleViewInput,
  SearchArticlesInput,
  UpdateArticleInput,
} from './knowledge.inputs';
import { ArticleSearchHit, DeflectionReport, SuggestArticlesArgs } from './knowledge.types';
import { markdownToText } from './markdown-text';

/** Who writes the knowledge base. */
const WRITERS = [Role.ENGINEER, Role.ADMIN];

/** Share of the typed ticket text a suggested article must contain. */
const SUGGESTION_RATIO = 0.3;

function queries(ctx: RequestContext): KnowledgeQueries {
  return new KnowledgeQueries(ctx.db, ctx.viewer);
}

/** The knowledge base: reading, searching, writing, and deflection. */
@Resolver(() => Article)
export class KnowledgeResolver {
  @Query(() => [Article], {
    description:
      'Articles, most recently changed first (first at most 100, default 25); drafts for agents only.',
  })
  @Access(AUTHENTICATED)
  articles(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter?: ArticleFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<Article[]> {
    return queries(ctx).list(filter, first);
  }

  @Query(() => Article, { nullable: true, description: 'An article by id; null if not readable.' })
  @Access(AUTHENTICATED)
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Article | null> {
    return /^\d+$/.test(id) ? queries(ctx).findById(Number(id)) : Promise.resolve(null);
  }

  @Query(() => [ArticleCategory], { description: 'Knowledge-base categories in order.' })
  @Access(AUTHENTICATED)
  articleCategories(@Ctx() ctx: RequestContext): Promise<ArticleCategory[]> {
    return ctx.db.reader.find(ArticleCategory, { order: { position: 'ASC', id: 'ASC' } });
  }

  @Query(() => [ArticleSearchHit], {
    description:
      'Articles containing all of the text, best first (the reply box and the knowledge base).',
  })
  @Access(AUTHENTICATED)
  searchArticles(
    @Arg('input') input: SearchArticlesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ArticleSearchHit[]> {
    return queries(ctx).search(
      input.text,
      { first: input.first, locale: input.locale },
      ctx.clock.now(),
    );
  }

  @Query(() => [ArticleSearchHit], {
    description:
      "Published articles in the customer's language that match what they type into a new ticket (call it debounced). Record an opened one with recordArticleView(context: INTAKE).",
  })
  @Access(AUTHENTICATED)
  async suggestArticles(
    @Args() args: SuggestArticlesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ArticleSearchHit[]> {
    const hits = await queries(ctx).search(
      args.text,
      { first: args.first, locale: args.locale, ratio: SUGGESTION_RATIO },
      ctx.clock.now(),
    );
    return hits.filter((hit) => hit.article.status === ArticleStatus.PUBLISHED);
  }

  @Query(() => DeflectionReport, {
    description:
      'Intake views of articles that no ticket followed within 30 minutes, over [from, to).',
  })
  @Access(roles(Role.ENGINEER, Role.ADMIN))
  deflectionReport(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: RequestContext,
  ): Promise<DeflectionReport> {
    return ctx.articleViews.report(from, to);
  }

  @Mutation(() => Article, { description: 'Writes an article (engineers and admins).' })
  @Access(roles(...WRITERS))
  createArticle(
    @Arg('input') input: CreateArticleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Article> {
    return ctx.knowledge.createArticle(ctx.viewer!, input);
  }

  @Mutation(() => Article, {
    description:
      'Edits, publishes or withdraws an article (engineers and admins); states the version read.',
  })
  @Access(roles(...WRITERS))
  updateArticle(
    @Arg('input') input: UpdateArticleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Article> {
    return ctx.knowledge.updateArticle(ctx.viewer!, input);
  }

  @Mutation(() => ArticleCategory, { description: 'Adds a category (engineers and admins).' })
  @Access(roles(...WRITERS))
  createArticleCategory(
    @Arg('input') input: CreateArticleCategoryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ArticleCategory> {
    return ctx.knowledge.createCategory(ctx.viewer!, input);
  }

  @Mutation(() => ID, {
    description:
      'Records that you opened an article; returns the view id. INTAKE views feed the deflection report.',
  })
  @Access(AUTHENTICATED)
  recordArticleView(
    @Arg('input') input: RecordArticleViewInput,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return ctx.articleViews.record(ctx.viewer!, input, queries(ctx));
  }

  @FieldResolver(() => ArticleCategory, { nullable: true, description: 'Its category.' })
  category(
    @Root() article: Article,
    @Ctx() ctx: RequestContext,
  ): Promise<ArticleCategory | null> | null {
    return article.categoryId === null
      ? null
      : ctx.loaders.articleCategory.load(article.categoryId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the author (agents only).' })
  async authorName(@Root() article: Article, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!ctx.viewer || !isAgent(ctx.viewer)) return null;
    return (await ctx.loaders.user.load(article.authorId))?.name ?? null;
  }

  @FieldResolver(() => [Article], { description: 'Readable versions in other languages.' })
  async translations(@Root() article: Article, @Ctx() ctx: RequestContext): Promise<Article[]> {
    const versions = await ctx.loaders.articlesBySlug.load(article.slug);
    return versions.filter((version) => version.id !== article.id);
  }

  @FieldResolver(() => String, {
    description: 'The first 200 characters of the body as plain text.',
  })
  excerpt(@Root() article: Article): string {
    const text = markdownToText(article.body).replace(/\s+/g, ' ');
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
  }
}
