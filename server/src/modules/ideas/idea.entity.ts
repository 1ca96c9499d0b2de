import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';
import { IdeaStatus } from './idea.enums';

/**
 * A product idea on the community board, visible to everyone logged in.
 * `trend` orders the board by engagement with exponential decay without
 * recomputing old rows: see idea-trend.ts.
 */
@ObjectType({ description: 'A product idea on the community board.' })
@Entity({ name: 'idea' })
@Index(['trend'])
@Index(['status', 'trend'])
@Index(['voteCount'])
@Index(['createdAt'])
export class Idea {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'One-line summary.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'What is wished for and why (plain text).' })
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'int' })
  authorId: number;

  /** The author's organisation; null when vendor staff wrote it. */
  @Column({ type: 'int', nullable: true })
  organisationId: number | null;

  @Field(() => IdeaStatus, { description: 'Roadmap status, set by admins.' })
  @Column({ type: 'varchar', length: 16 })
  status: IdeaStatus;

  @Field(() => String, { nullable: true, description: "Admins' note on the status." })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  statusNote: string | null;

  @Field(() => Int, { description: 'Votes: one per user.' })
  @Column({ type: 'int', default: 0 })
  voteCount: number;

  @Field(() => Int, { description: 'Comments.' })
  @Column({ type: 'int', default: 0 })
  commentCount: number;

  /** log2 of the decayed engagement, scaled to a fixed epoch (idea-trend.ts). */
  @Column({ type: 'double' })
  trend: number;

  @Field({ description: 'Last vote, comment or status change.' })
  @DateTimeColumn()
  lastActivityAt: Date;

  @Field(() => Int, { description: 'Increases with every status change.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field({ description: 'When it was posted.' })
  @DateTimeColumn()
  createdAt: Date;
}
