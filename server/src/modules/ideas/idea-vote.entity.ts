import { Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/** One user's vote for one idea; the primary key allows one per user. */
@Entity({ name: 'idea_vote' })
@Index(['userId'])
export class IdeaVote {
  @PrimaryColumn({ type: 'int' })
  ideaId: number;

  @PrimaryColumn({ type: 'int' })
  userId: number;

  @DateTimeColumn()
  createdAt: Date;
}
