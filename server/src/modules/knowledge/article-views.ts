import { In } from 'typeorm';
import type { Clock } from '../../core/clock/clock';
import type { Database } from '../../core/database/database';
import { badInput, forbidden } from '../../core/errors/domain-error';
import type { Viewer } from '../auth/viewer';
import { ArticleView } from './article-view.entity';
import { Article } from './article.entity';
import { articleNotFound } from './knowledge-errors';
import { ArticleViewContext } from './knowledge.enums';
import type { RecordArticleViewInput } from './knowledge.inputs';
import type { KnowledgeQueries } from './knowledge-queries';
import type { DeflectionReport } from './knowledge.types';

/** A view is a deflection when no ticket of its viewer follows within this time. */
export const DEFLECTION_WINDOW_MS = 30 * 60_000;

/** Articles listed on the report. */
const REPORT_ARTICLES = 10;

/** Longest period of one report. */
const MAX_REPORT_DAYS = 366;

interface ViewRow {
  articleId: number | string;
  views: number | string;
  pending: number | string | null;
  deflections: number | string | null;
}

/**
 * Article views and the deflection they show. createTicket knows nothing
 * of views, so deflection is decided afterwards: an intake view by a
 * customer that no ticket of theirs followed within 30 minutes.
 */
export class ArticleViewService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Records that the viewer opened a readable article; returns the view's id. */
  async record(
    viewer: Viewer,
    input: RecordArticleViewInput,
    articles: KnowledgeQueries,
  ): Promise<string> {
    if (!viewer.user) throw forbidden('Views are recorded for people, not tokens.');
    const user = viewer.user;
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const article = await articles.findById(Number(input.articleId), manager);
      if (!article) throw articleNotFound(input.articleId);
      const view = await manager.save(
        manager.create(ArticleView, {
          articleId: article.id,
          userId: user.id,
          organisationId: user.organisationId,
          context: input.context,
          viewedAt: now,
          windowEndsAt: new Date(now.getTime() + DEFLECTION_WINDOW_MS),
        }),
      );
      return String(view.id);
    });
  }

  /** Intake views, deflections and the rate over [from, to), per article too. */
  async report(from: Date, to: Date): Promise<DeflectionReport> {
    if (to <= from) throw badInput('to', 'The period must end after it starts.');
    if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * 86_400_000) {
      throw badInput('to', `A report covers at most ${MAX_REPORT_DAYS} days.`);
    }
    const now = this.db.toDbDate(this.clock.now());
    const rows: ViewRow[] = await this.db.reader.query(
      `SELECT v.articleId AS articleId, COUNT(*) AS views,
         SUM(CASE WHEN v.windowEndsAt > ? THEN 1 ELSE 0 END) AS pending,
         SUM(CASE WHEN v.windowEndsAt <= ? AND NOT EXISTS (
           SELECT 1 FROM ticket t WHERE t.organisationId = v.organisationId
             AND t.requesterId = v.userId AND t.createdAt >= v.viewedAt
             AND t.createdAt <= v.windowEndsAt
         ) THEN 1 ELSE 0 END) AS deflections
       FROM article_view v
       WHERE v.context = ? AND v.organisationId IS NOT NULL AND v.viewedAt >= ? AND v.viewedAt < ?
       GROUP BY v.articleId`,
      [now, now, ArticleViewContext.INTAKE, this.db.toDbDate(from), this.db.toDbDate(to)],
    );
    const perArticle = rows
      .map((row) => ({
        articleId: String(row.articleId),
        views: Number(row.views),
        pending: Number(row.pending ?? 0),
        deflections: Number(row.deflections ?? 0),
      }))
      .sort((a, b) => b.views - a.views || Number(a.articleId) - Number(b.articleId));
    const top = perArticle.slice(0, REPORT_ARTICLES);
    const titles = new Map(
      (
        await this.db.reader.findBy(Article, { id: In(top.map((row) => Number(row.articleId))) })
      ).map((article) => [String(article.id), article.title]),
    );
    const views = perArticle.reduce((sum, row) => sum + row.views, 0);
    const pending = perArticle.reduce((sum, row) => sum + row.pending, 0);
    const deflections = perArticle.reduce((sum, row) => sum + row.deflections, 0);
    return {
      from,
      to,
      views,
      pending,
      deflections,
      rate: views - pending > 0 ? deflections / (views - pending) : null,
      articles: top.map((row) => ({
        articleId: row.articleId,
        title: titles.get(row.articleId) ?? '',
        views: row.views,
        deflections: row.deflections,
      })),
    };
  }
}
