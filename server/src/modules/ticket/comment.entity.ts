import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../../core/database/columns';

/** A message in a ticket's thread: public, or an internal note for agents. */
@ObjectType({ description: 'A message in a ticket thread.' })
@Entity({ name: 'ticket_comment' })
@Index(['ticketId', 'createdAt'])
export class Comment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  ticketId: number;

  @Column({ type: 'int' })
  authorId: number;

  @Field({ description: 'The message text.' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'True for internal notes, which customers never see.' })
  @Column({ type: 'boolean' })
  internal: boolean;

  @Field({ description: 'When it was written.' })
  @DateTimeColumn()
  createdAt: Date;
}
