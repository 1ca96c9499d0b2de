import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Locale, SupportPlan } from '@support/shared';
import { DateTimeColumn } from '../../core/database/columns';

/** A customer company; its users see each other's tickets. */
@ObjectType({ description: 'A customer organisation.' })
@Entity({ name: 'organisation' })
export class Organisation {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Display name.' })
  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Field(() => SupportPlan, { description: 'Support plan; it sets the service-level targets.' })
  @Column({ type: 'varchar', length: 32 })
  plan: SupportPlan;

  @Field({ description: 'IANA time zone of the business hours, e.g. Asia/Tokyo.' })
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Field(() => Locale, { description: 'Default language of its users and emails.' })
  @Column({ type: 'varchar', length: 8 })
  locale: Locale;

  @DateTimeColumn()
  createdAt: Date;
}
