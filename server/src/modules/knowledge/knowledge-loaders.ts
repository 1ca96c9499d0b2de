import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../../core/database/database';
import { ArticleCategory } from './article-category.entity';
import { Article } from './article.entity';
import { ArticleStatus } from './knowledge.enums';

/** Categories by id; missing ids give null. */
export function createArticleCategoryLoader(
  db: Database,
): DataLoader<number, ArticleCategory | null> {
  return new DataLoader(async (ids) => {
    const categories = await db.reader.findBy(ArticleCategory, { id: In([...ids]) });
    const byId = new Map(categories.map((category) => [category.id, category]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The versions (languages) of each slug; published ones only unless `includeDrafts`. */
export function createArticlesBySlugLoader(
  db: Database,
  includeDrafts: boolean,
): DataLoader<string, Article[]> {
  return new DataLoader(async (slugs) => {
    const articles = await db.reader.find(Article, {
      where: includeDrafts
        ? { slug: In([...slugs]) }
        : { slug: In([...slugs]), status: ArticleStatus.PUBLISHED },
      order: { locale: 'ASC' },
    });
    return slugs.map((slug) => articles.filter((article) => article.slug === slug));
  });
}
