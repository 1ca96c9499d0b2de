import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/** A comment on an idea; the author shows by name and organisation only. */
@ObjectType({ description: 'A comment on an idea.' })
@Entity({ name: 'idea_comment' })
@Index(['ideaId', 'createdAt'])
export class IdeaComment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  ideaId: number;

  @Column({ type: 'int' })
  authorId: number;

  @Field({ description: 'The comment (plain text).' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'When it was written.' })
  @DateTimeColumn()
  createdAt: Date;
}
