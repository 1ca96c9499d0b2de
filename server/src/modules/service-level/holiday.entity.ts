import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day without business hours in a named holiday calendar (e.g. JP). */
@ObjectType({ description: 'A day without business hours.' })
@Entity({ name: 'holiday' })
export class Holiday {
  @Field({ description: 'Holiday calendar, e.g. JP.' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  calendar: string;

  @Field({ description: 'Local date, YYYY-MM-DD.' })
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Field({ description: 'Name of the holiday.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;
}
