import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';
import { ArticleViewContext } from './knowledge.enums';

/**
 * One opening of an article. An INTAKE view by a customer that no ticket
 * of theirs follows before `windowEndsAt` (30 minutes later) is a
 * deflection; the window end is stored so the report's SQL needs no date
 * arithmetic, which SQLite and MySQL spell differently.
 */
@Entity({ name: 'article_view' })
@Index(['context', 'viewedAt'])
@Index(['articleId'])
export class ArticleView {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  articleId: number;

  @Column({ type: 'int' })
  userId: number;

  /** The customer's organisation; null for agents, whose views never deflect. */
  @Column({ type: 'int', nullable: true })
  organisationId: number | null;

  @Column({ type: 'varchar', length: 16 })
  context: ArticleViewContext;

  @DateTimeColumn()
  viewedAt: Date;

  @DateTimeColumn()
  windowEndsAt: Date;
}
