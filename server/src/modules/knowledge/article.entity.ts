import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Locale } from '@support/shared';
import { DateTimeColumn } from '../../core/database/columns';
import { ArticleStatus } from './knowledge.enums';

/**
 * A knowledge-base article in one language. Translations share a slug.
 * The body is Markdown, stored and served raw: clients render it with a
 * sanitiser (the API never hands out HTML).
 */
@ObjectType({ description: 'A knowledge-base article in one language.' })
@Entity({ name: 'knowledge_article' })
@Index(['slug', 'locale'], { unique: true })
@Index(['status', 'locale', 'updatedAt'])
export class Article {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'URL name, shared by the translations of an article.' })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Field(() => Locale, { description: 'Language of this version.' })
  @Column({ type: 'varchar', length: 8 })
  locale: Locale;

  @Field({ description: 'Title.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'Body in Markdown, raw: render it with a sanitiser.' })
  @Column({ type: 'text' })
  body: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  categoryId: number | null;

  @Field(() => ArticleStatus, { description: 'DRAFT (agents only) or PUBLISHED.' })
  @Column({ type: 'varchar', length: 16 })
  status: ArticleStatus;

  @Column({ type: 'int' })
  authorId: number;

  @Field(() => Int, {
    description: 'Increases with every edit; updates state the version they read.',
  })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'When it was written.' })
  @DateTimeColumn()
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  @DateTimeColumn()
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was first published.' })
  @DateTimeColumn({ nullable: true })
  publishedAt: Date | null;
}
