import type { EntityManager } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, forbidden } from '../../core/errors/domain-error';
import type { Viewer } from '../auth/viewer';
import { SearchDocType } from '../search/search-document-type';
import type { SearchIndex } from '../search/search-index';
import { ArticleCategory } from './article-category.entity';
import { Article } from './article.entity';
import { articleConflict, articleNotFound } from './knowledge-errors';
import { ArticleStatus } from './knowledge.enums';
import type {
  CreateArticleCategoryInput,
  CreateArticleInput,
  UpdateArticleInput,
} from './knowledge.inputs';

async function checkCategory(manager: EntityManager, categoryId: number | null): Promise<void> {
  if (categoryId !== null && !(await manager.existsBy(ArticleCategory, { id: categoryId }))) {
    throw badInput('categoryId', `No category ${categoryId}.`);
  }
}

/**
 * Writing the knowledge base: articles and categories. Each call is one
 * transaction that also updates the search index; an edit states the
 * version it read and fails with CONFLICT when the article moved on.
 */
export class KnowledgeService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly search: SearchIndex,
  ) {}

  /** Writes a new article; a slug is shared by translations, one per language. */
  async createArticle(viewer: Viewer, input: CreateArticleInput): Promise<Article> {
    const author = this.author(viewer);
    const now = this.clock.now();
    const categoryId = input.categoryId ? Number(input.categoryId) : null;
    return this.db.transaction(async (manager) => {
      await checkCategory(manager, categoryId);
      if (await manager.existsBy(Article, { slug: input.slug, locale: input.locale })) {
        throw badInput('slug', `An article ${input.slug} in ${input.locale} exists already.`);
      }
      const article = await manager.save(
        manager.create(Article, {
          slug: input.slug,
          locale: input.locale,
          title: input.title.trim(),
          body: input.body,
          categoryId,
          status: input.status,
          authorId: author,
          version: 1,
          createdAt: now,
          updatedAt: now,
          publishedAt: input.status === ArticleStatus.PUBLISHED ? now : null,
        }),
      );
      await this.search.refresh(manager, SearchDocType.ARTICLE, article.id);
      return article;
    });
  }

  /** Changes an article (title, body, category, status) read at `expectedVersion`. */
  async updateArticle(viewer: Viewer, input: UpdateArticleInput): Promise<Article> {
    this.author(viewer);
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const article = await manager.findOneBy(Article, { id: Number(input.id) });
      if (!article) throw articleNotFound(input.id);
      if (article.version !== input.expectedVersion) throw articleConflict(article.version);
      const categoryId =
        input.categoryId === undefined
          ? article.categoryId
          : input.categoryId
            ? Number(input.categoryId)
            : null;
      await checkCategory(manager, categoryId);
      const status = input.status ?? article.status;
      const result = await manager
        .createQueryBuilder()
        .update(Article)
        .set({
          title: input.title?.trim() || article.title,
          body: input.body ?? article.body,
          categoryId,
          status,
          publishedAt: article.publishedAt ?? (status === ArticleStatus.PUBLISHED ? now : null),
          updatedAt: now,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version', { id: article.id, version: article.version })
        .execute();
      if (result.affected === 0) throw articleConflict(article.version + 1);
      await this.search.refresh(manager, SearchDocType.ARTICLE, article.id);
      return manager.findOneByOrFail(Article, { id: article.id });
    });
  }

  /** Adds a category. */
  async createCategory(
    viewer: Viewer,
    input: CreateArticleCategoryInput,
  ): Promise<ArticleCategory> {
    this.author(viewer);
    return this.db.transaction(async (manager) => {
      if (await manager.existsBy(ArticleCategory, { slug: input.slug })) {
        throw badInput('slug', `A category ${input.slug} exists already.`);
      }
      return manager.save(
        manager.create(ArticleCategory, {
          slug: input.slug,
          nameEn: input.nameEn.trim(),
          nameJa: input.nameJa.trim(),
          position: input.position,
          createdAt: this.clock.now(),
        }),
      );
    });
  }

  /** The writing user's id; the resolvers' access rules admit engineers and admins only. */
  private author(viewer: Viewer): number {
    if (!viewer.user) throw forbidden('Articles are written by people, not tokens.');
    return viewer.user.id;
  }
}
