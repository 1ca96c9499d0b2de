import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Locale, SupportPlan } from '@support/shared';
import { DateTimeColumn } from '../../core/database/columns';

/** sla.md's business hours: 09:00-18:00, Monday to Friday. */
export const DEFAULT_BUSINESS_HOURS = {
  businessDays: [1, 2, 3, 4, 5],
  businessStart: '09:00',
  businessEnd: '18:00',
};

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

  @Field(() => String, {
    nullable: true,
    description: 'Holiday calendar of its business days (e.g. JP); none when null.',
  })
  @Column({ type: 'varchar', length: 16, nullable: true })
  holidayCalendar: string | null;

  @Field(() => [Int], { description: 'Business weekdays, 1 = Monday ... 7 = Sunday.' })
  @Column({ type: 'simple-array' })
  businessDays: number[];

  @Field({ description: 'Opening time HH:MM, local.' })
  @Column({ type: 'varchar', length: 5 })
  businessStart: string;

  @Field({ description: 'Closing time HH:MM, local.' })
  @Column({ type: 'varchar', length: 5 })
  businessEnd: string;

  @DateTimeColumn()
  createdAt: Date;
}
