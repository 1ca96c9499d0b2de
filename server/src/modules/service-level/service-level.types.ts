import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { IsIn, IsInt, Matches, Max, MaxLength, Min } from 'class-validator';
import { SupportPlan } from '@support/shared';

/** The service-level clock of a ticket, as stored after its last change. */
@ObjectType({ description: "A ticket's service-level clock. Count down from dueAt on the client." })
export class TicketServiceLevel {
  @Field({ description: 'FIRST_RESPONSE, UPDATE, PAUSED (waiting on the customer) or STOPPED.' })
  phase: string;

  @Field(() => String, {
    nullable: true,
    description: 'FIRST_RESPONSE or UPDATE: the running target.',
  })
  targetKind: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Length of the running target, in clock minutes.',
  })
  targetMinutes: number | null;

  @Field(() => String, { nullable: true, description: 'ALWAYS (24x7) or BUSINESS_HOURS.' })
  clock: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the target falls due; null while paused or stopped.',
  })
  dueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When less than 25% of the target is left.' })
  atRiskAt: Date | null;

  @Field({ description: 'Less than 25% of the target left, not breached, now.' })
  atRisk: boolean;

  @Field({ description: 'The target passed.' })
  breached: boolean;

  @Field(() => Date, { nullable: true, description: 'When the target passed.' })
  breachedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When support first responded.' })
  firstResponseAt: Date | null;
}

/** An organisation's business calendar, for counting business time on the client. */
@ObjectType({ description: 'Business hours and holidays of an organisation.' })
export class BusinessCalendarType {
  @Field({ description: 'IANA time zone.' })
  timeZone: string;

  @Field(() => [Int], { description: 'Business weekdays, 1 = Monday.' })
  days: number[];

  @Field({ description: 'Opening time HH:MM.' })
  start: string;

  @Field({ description: 'Closing time HH:MM.' })
  end: string;

  @Field(() => [String], { description: 'Local dates without business hours.' })
  holidays: string[];
}

@InputType({ description: "Changes one cell of a plan's targets (admins)." })
export class UpdatePlanTargetInput {
  @Field(() => SupportPlan, { description: 'The plan.' })
  plan: SupportPlan;

  @Field(() => Int, { description: 'Severity 1 to 4.' })
  @IsInt()
  @Min(1)
  @Max(4)
  severity: number;

  @Field(() => Int, { description: 'First response, in clock minutes.' })
  @IsInt()
  @Min(1)
  @Max(60 * 24 * 60)
  firstResponseMinutes: number;

  @Field(() => Int, { description: 'Update cadence, in clock minutes.' })
  @IsInt()
  @Min(1)
  @Max(60 * 24 * 60)
  updateMinutes: number;

  @Field({ description: 'ALWAYS or BUSINESS_HOURS.' })
  @IsIn(['ALWAYS', 'BUSINESS_HOURS'])
  clock: 'ALWAYS' | 'BUSINESS_HOURS';
}

@InputType({ description: 'A holiday to add to a calendar (admins).' })
export class HolidayInput {
  @Field({ description: 'Holiday calendar, e.g. JP.' })
  @Matches(/^[A-Z0-9_-]{1,16}$/, { message: 'Expected a calendar name such as JP.' })
  calendar: string;

  @Field({ description: 'Local date YYYY-MM-DD.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a date YYYY-MM-DD.' })
  date: string;

  @Field({ description: 'Name shown in the calendar.' })
  @MaxLength(100)
  name: string;
}

@ObjectType({ description: 'Service levels of one plan and severity over a period.' })
export class ServiceLevelReportRow {
  @Field(() => SupportPlan, { description: 'Plan.' })
  plan: SupportPlan;

  @Field(() => Int, { description: 'Severity.' })
  severity: number;

  @Field(() => Int, { description: 'Tickets opened in the period.' })
  tickets: number;

  @Field(() => Int, { description: 'Of those, tickets that breached a target.' })
  breached: number;

  @Field(() => Float, { description: 'breached / tickets, 0 when none.' })
  breachRate: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes to first response.' })
  medianFirstResponseMinutes: number | null;
}
