import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { AGENT_ROLES, Role } from '@support/shared';
import { badInput } from '../../core/errors/domain-error';
import { Access, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { isAgent } from '../auth/viewer';
import { Organisation } from '../organisation/organisation.entity';
import { Ticket } from '../ticket/ticket.entity';
import { Holiday } from './holiday.entity';
import { PlanTarget } from './plan-target.entity';
import { serviceLevelReport } from './service-level-report';
import {
  BusinessCalendarType,
  HolidayInput,
  ServiceLevelReportRow,
  TicketServiceLevel,
  UpdatePlanTargetInput,
} from './service-level.types';

/** Recomputes open tickets in the background after an admin edit; logs a failure. */
function refreshInBackground(ctx: RequestContext): void {
  ctx.serviceLevels.invalidate();
  ctx.serviceLevels
    .refreshOpen(ctx.db)
    .catch((error: unknown) =>
      ctx.logger.error({ err: error, category: 'sla' }, 'recomputing service levels failed'),
    );
}

/** Service levels: each ticket's clock, plans, holidays and the report. */
@Resolver(() => Ticket)
export class ServiceLevelResolver {
  @FieldResolver(() => TicketServiceLevel, {
    description: 'The service-level clock: target, due instant, at risk, breached.',
  })
  serviceLevel(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): TicketServiceLevel {
    const now = ctx.clock.now();
    const target = ticket.slaTarget
      ? (JSON.parse(ticket.slaTarget) as Record<string, unknown>)
      : {};
    const due = ticket.slaDueAt;
    const breached = ticket.slaBreachedAt !== null || (due !== null && due <= now);
    const running = due !== null;
    return {
      phase: ticket.slaPhase ?? 'FIRST_RESPONSE',
      targetKind: (target.kind as string) ?? null,
      targetMinutes: (target.minutes as number) ?? null,
      clock: (target.clock as string) ?? null,
      dueAt: due,
      atRiskAt: ticket.slaAtRiskAt,
      atRisk:
        !breached &&
        (running ? ticket.slaAtRiskAt !== null && ticket.slaAtRiskAt <= now : ticket.slaAtRisk),
      breached,
      breachedAt: ticket.slaBreachedAt ?? (breached && due ? due : null),
      firstResponseAt: ticket.firstResponseAt,
    };
  }

  @Query(() => [PlanTarget], { description: "Every plan's targets per severity." })
  @Access(roles(...AGENT_ROLES))
  planTargets(@Ctx() ctx: RequestContext): Promise<PlanTarget[]> {
    return ctx.db.reader.find(PlanTarget, { order: { plan: 'ASC', severity: 'ASC' } });
  }

  @Mutation(() => PlanTarget, {
    description: "Changes a plan's targets for one severity (admins); open tickets follow.",
  })
  @Access(roles(Role.ADMIN))
  async updatePlanTarget(
    @Arg('input') input: UpdatePlanTargetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanTarget> {
    const saved = await ctx.db.transaction((manager) =>
      manager.save(manager.create(PlanTarget, { ...input })),
    );
    refreshInBackground(ctx);
    return saved;
  }

  @Query(() => [Holiday], { description: 'Holidays of a calendar, in date order.' })
  @Access(roles(...AGENT_ROLES))
  holidays(
    @Arg('calendar', { description: 'Calendar, e.g. JP.' }) calendar: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Holiday[]> {
    return ctx.db.reader.find(Holiday, { where: { calendar }, order: { date: 'ASC' } });
  }

  @Mutation(() => Holiday, { description: 'Adds or renames a holiday (admins); clocks follow.' })
  @Access(roles(Role.ADMIN))
  async setHoliday(
    @Arg('input') input: HolidayInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Holiday> {
    if (Number.isNaN(Date.parse(`${input.date}T00:00:00Z`)))
      throw badInput('date', 'No such date.');
    const saved = await ctx.db.transaction((manager) =>
      manager.save(manager.create(Holiday, { ...input, name: input.name.trim() })),
    );
    refreshInBackground(ctx);
    return saved;
  }

  @Mutation(() => Boolean, {
    description: 'Removes a holiday (admins). True when one was removed.',
  })
  @Access(roles(Role.ADMIN))
  async removeHoliday(
    @Arg('calendar', { description: 'Calendar.' }) calendar: string,
    @Arg('date', { description: 'Date YYYY-MM-DD.' }) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    // The same rules as setHoliday's input: a malformed value is named, not "nothing removed".
    if (!/^[A-Z0-9_-]{1,16}$/.test(calendar)) {
      throw badInput('calendar', 'Expected a calendar name such as JP.');
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      throw badInput('date', 'Expected a date YYYY-MM-DD.');
    }
    const result = await ctx.db.transaction((manager) =>
      manager.delete(Holiday, { calendar, date }),
    );
    refreshInBackground(ctx);
    return (result.affected ?? 0) > 0;
  }

  @Query(() => [ServiceLevelReportRow], {
    description:
      'Breach rate and median first response per plan and severity, for tickets opened in [from, to).',
  })
  @Access(roles(Role.ADMIN, Role.ENGINEER))
  serviceLevelReport(
    @Arg('from', () => GraphQLDateTime, { description: 'Start (inclusive).' }) from: Date,
    @Arg('to', () => GraphQLDateTime, { description: 'End (exclusive).' }) to: Date,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceLevelReportRow[]> {
    if (to <= from) throw badInput('to', 'The period must end after it starts.');
    return serviceLevelReport(ctx.db, from, to);
  }
}

/** The business calendar of an organisation, for agents and its own users. */
@Resolver(() => Organisation)
export class OrganisationCalendarResolver {
  @FieldResolver(() => BusinessCalendarType, {
    description: 'Business hours and holidays, to count business time like the server.',
  })
  businessCalendar(
    @Root() organisation: Organisation,
    @Ctx() ctx: RequestContext,
  ): Promise<BusinessCalendarType> {
    const viewer = ctx.viewer;
    if (viewer && !isAgent(viewer) && viewer.organisationId !== organisation.id) {
      throw badInput('organisation', 'Not your organisation.');
    }
    return ctx.serviceLevels.calendar(ctx.db.reader, organisation).then((calendar) => ({
      ...calendar,
      days: [...calendar.days],
      holidays: [...calendar.holidays],
    }));
  }
}
