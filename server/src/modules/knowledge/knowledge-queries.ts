import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Locale } from '@support/shared';
import type { Database } from '../../core/database/database';
import { unauthenticated } from '../../core/errors/domain-error';
import { isAgent, type Viewer } from '../auth/viewer';
import { highlight, snippet } from '../search/highlight';
import { rankedSearch } from '../search/ranked-search';
import { minimumMatch } from '../search/search-matcher';
import { SearchDocType } from '../search/search-document-type';
import { parseQuery } from '../search/search-query';
import { SearchField } from '../search/search-field';
import { Article } from './article.entity';
import { ArticleStatus } from './knowledge.enums';
import type { ArticleFilter } from './knowledge.inputs';
import type { ArticleSearchHit } from './knowledge.types';
import { markdownToText } from './markdown-text';

/** Most articles in one list. */
const MAX_ARTICLES = 100;

/** How to search articles. */
export interface ArticleSearchOptions {
  first: number;
  locale?: Locale | null;
  /** Share of the query an article must contain: 1 (default) is all of it. */
  ratio?: number;
}

/**
 * Every read of articles goes through here: agents read drafts too,
 * everyone else (customers, organisation tokens) only published articles.
 * Built per request for its viewer.
 */
export class KnowledgeQueries {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer | null,
  ) {}

  /** A query over the articles this viewer may read. */
  visible(manager: EntityManager = this.db.reader): SelectQueryBuilder<Article> {
    if (!this.viewer) throw unauthenticated();
    const query = manager.createQueryBuilder(Article, 'article');
    if (isAgent(this.viewer)) return query;
    return query.where('article.status = :published', { published: ArticleStatus.PUBLISHED });
  }

  /** The article if the viewer may read it, else null. */
  findById(id: number, manager?: EntityManager): Promise<Article | null> {
    return this.visible(manager).andWhere('article.id = :id', { id }).getOne();
  }

  /** Readable articles matching the filter, most recently changed first. */
  list(
    filter: ArticleFilter | null | undefined,
    first: number | null | undefined,
  ): Promise<Article[]> {
    const query = this.visible();
    if (filter?.locale) query.andWhere('article.locale = :locale', { locale: filter.locale });
    if (filter?.categoryId) {
      query.andWhere('article.categoryId = :categoryId', { categoryId: Number(filter.categoryId) });
    }
    if (filter?.status) query.andWhere('article.status = :status', { status: filter.status });
    return query
      .orderBy('article.updatedAt', 'DESC')
      .addOrderBy('article.id', 'DESC')
      .take(Math.min(Math.max(first ?? 25, 1), MAX_ARTICLES))
      .getMany();
  }

  /** Readable articles ranked by how well they match the text. */
  async search(
    text: string,
    options: ArticleSearchOptions,
    now: Date,
  ): Promise<ArticleSearchHit[]> {
    const query = parseQuery(text);
    const base = this.visible();
    if (options.locale) base.andWhere('article.locale = :locale', { locale: options.locale });
    const match = {
      docType: SearchDocType.ARTICLE,
      query,
      minMatched: minimumMatch(query, options.ratio ?? 1),
    };
    const ranked = await rankedSearch(base, 'article', 'updatedAt', match, options.first, now);
    return ranked.map(({ entity: article, score }) => {
      const body = markdownToText(article.body);
      const title = highlight(article.title, query);
      return {
        article,
        score,
        highlights: title.map((range) => ({ ...range, field: SearchField.TITLE, item: 0 })),
        snippet: snippet(body, highlight(body, query)),
      };
    });
  }
}
