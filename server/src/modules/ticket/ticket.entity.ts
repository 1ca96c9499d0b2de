import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InstanceEnvironment, Resolution, TicketState, TicketType } from '@support/shared';
import { DateTimeColumn } from '../../core/database/columns';

/**
 * A support ticket. The database id never leaves the server: clients know a
 * ticket by its number. Relations (organisation, people, thread, history)
 * are resolved by field resolvers through per-request loaders.
 */
@ObjectType({ description: 'A support ticket.' })
@Entity({ name: 'ticket' })
@Index(['state', 'severity', 'createdAt'])
@Index(['queueRank', 'severity', 'createdAt', 'id'])
@Index(['slaDueAt'])
@Index(['slaAtRiskAt'])
@Index(['organisationId', 'createdAt'])
export class Ticket {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Human ticket number, e.g. CS-000123.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'int' })
  organisationId: number;

  @Column({ type: 'int' })
  requesterId: number;

  @Index()
  @Column({ type: 'int', nullable: true })
  assigneeId: number | null;

  @Field(() => TicketType, { description: 'Request type chosen at intake.' })
  @Column({ type: 'varchar', length: 32 })
  type: TicketType;

  @Field(() => Int, { description: 'Severity 1 (critical) to 4 (request or question).' })
  @Column({ type: 'int' })
  severity: number;

  @Field({ description: 'One-line summary.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: "The problem or request in the customer's words." })
  @Column({ type: 'text' })
  description: string;

  @Field(() => InstanceEnvironment, { nullable: true, description: 'Affected instance.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  instanceEnvironment: InstanceEnvironment | null;

  @Field(() => String, { nullable: true, description: 'URL of the affected instance.' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  instanceUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Login of the user who sees the problem.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  affectedUserLogin: string | null;

  @Field(() => [String], {
    description: 'IDs of affected purchase orders, invoices or expense reports.',
  })
  @Column({ type: 'simple-json' })
  documentIds: string[];

  @Field(() => String, { nullable: true, description: 'Business impact (platform issues).' })
  @Column({ type: 'text', nullable: true })
  businessImpact: string | null;

  @Field(() => String, { nullable: true, description: 'Steps to reproduce (platform issues).' })
  @Column({ type: 'text', nullable: true })
  reproductionSteps: string | null;

  @Field({ description: 'Service requests: the customer allowed support to act.' })
  @Column({ type: 'boolean', default: false })
  permissionGranted: boolean;

  @Field(() => Date, { nullable: true, description: 'Requested execution window start.' })
  @DateTimeColumn({ nullable: true })
  executionWindowStart: Date | null;

  @Field(() => Date, { nullable: true, description: 'Requested execution window end.' })
  @DateTimeColumn({ nullable: true })
  executionWindowEnd: Date | null;

  @Field(() => TicketState, { description: 'Lifecycle state.' })
  @Column({ type: 'varchar', length: 32 })
  state: TicketState;

  @Field(() => Resolution, { nullable: true, description: 'Why a closed ticket was closed.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution: Resolution | null;

  @Field(() => Int, { description: 'Times a proposed solution was rejected.' })
  @Column({ type: 'int', default: 0 })
  reopenCount: number;

  @Field(() => Int, {
    description: 'Increases with every change; mutations state the version they read.',
  })
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  plannedRelease: string | null;

  /** Calendar date YYYY-MM-DD, no time zone. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  plannedDate: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  plannedReference: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  plannedNote: string | null;

  @DateTimeColumn({ nullable: true })
  plannedUpdatedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  plannedUpdatedById: number | null;

  /** Service-level clock (see the service-level module); kept current on every change. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  slaPhase: string | null;

  @DateTimeColumn({ nullable: true })
  slaDueAt: Date | null;

  @DateTimeColumn({ nullable: true })
  slaAtRiskAt: Date | null;

  @Column({ type: 'boolean', default: false })
  slaAtRisk: boolean;

  @DateTimeColumn({ nullable: true })
  slaBreachedAt: Date | null;

  /** The due instant whose breach the scheduler recorded (once per target). */
  @DateTimeColumn({ nullable: true })
  slaBreachRecordedAt: Date | null;

  /** The at-risk instant the scheduler pushed (once per target). */
  @DateTimeColumn({ nullable: true })
  slaAtRiskNotifiedAt: Date | null;

  /** The running target's kind, minutes and clock, as JSON for display. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  slaTarget: string | null;

  @DateTimeColumn({ nullable: true })
  firstResponseAt: Date | null;

  /** Queue order: the due instant, or far in the future while no clock runs. */
  @DateTimeColumn()
  queueRank: Date;

  @Field({ description: 'When the ticket was opened.' })
  @DateTimeColumn()
  createdAt: Date;

  @Field({ description: 'When anything on the ticket last changed.' })
  @DateTimeColumn()
  updatedAt: Date;
}
