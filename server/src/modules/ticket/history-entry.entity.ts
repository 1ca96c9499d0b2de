import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HistoryKind } from '@support/shared';
import { DateTimeColumn } from '../../core/database/columns';

/** One recorded change of a ticket: who, when, what, from and to. */
@ObjectType({ description: 'A recorded change of a ticket.' })
@Entity({ name: 'ticket_history' })
@Index(['ticketId', 'at'])
export class HistoryEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  ticketId: number;

  /** Null when the system made the change. */
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Field({ description: 'When the change happened.' })
  @DateTimeColumn()
  at: Date;

  @Field(() => HistoryKind, { description: 'What changed.' })
  @Column({ type: 'varchar', length: 40 })
  kind: HistoryKind;

  @Field(() => String, {
    nullable: true,
    description: 'Value before the change (a state, a user id, or JSON for planned availability).',
  })
  @Column({ type: 'text', nullable: true })
  fromValue: string | null;

  @Field(() => String, { nullable: true, description: 'Value after the change.' })
  @Column({ type: 'text', nullable: true })
  toValue: string | null;

  /** The action that caused a state change, if any. */
  @Field(() => String, { nullable: true, description: 'Action that caused a state change.' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  action: string | null;
}
