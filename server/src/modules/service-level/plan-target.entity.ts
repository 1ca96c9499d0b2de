import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SupportPlan, type SlaClock } from '@support/shared';

/** One cell of the plans table: a plan's targets for one severity. */
@ObjectType({ description: "A support plan's targets for one severity." })
@Entity({ name: 'plan_target' })
export class PlanTarget {
  @Field(() => SupportPlan, { description: 'The plan.' })
  @PrimaryColumn({ type: 'varchar', length: 32 })
  plan: SupportPlan;

  @Field(() => Int, { description: 'Severity 1 to 4.' })
  @PrimaryColumn({ type: 'int' })
  severity: number;

  @Field(() => Int, { description: 'Time to first response, in minutes of its clock.' })
  @Column({ type: 'int' })
  firstResponseMinutes: number;

  @Field(() => Int, { description: 'Cadence of updates, in minutes of its clock.' })
  @Column({ type: 'int' })
  updateMinutes: number;

  @Field(() => String, { description: 'ALWAYS (24x7) or BUSINESS_HOURS.' })
  @Column({ type: 'varchar', length: 16 })
  clock: SlaClock;
}
