import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  allowedActions,
  ASSIGN_ROLES,
  canChangeSeverity,
  canComment,
  canSetPlannedAvailability,
  HistoryKind,
  Role,
  SEVERITY_ROLES,
  TicketAction,
} from '@support/shared';
import { Access, AUTHENTICATED, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { isAgent } from '../auth/viewer';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { Comment } from './comment.entity';
import { HistoryEntry } from './history-entry.entity';
import {
  AddCommentInput,
  AssignTicketInput,
  ChangeSeverityInput,
  CreateTicketInput,
  SetPlannedAvailabilityInput,
  TicketFilter,
  TransitionTicketInput,
} from './ticket.inputs';
import { Ticket } from './ticket.entity';
import {
  PlannedAvailability,
  PlannedAvailabilityChange,
  TicketCapabilities,
  TicketConnection,
} from './ticket.types';

type PlannedValues = Pick<PlannedAvailability, 'release' | 'date' | 'reference' | 'note'>;

/** Reading and changing tickets; every read goes through the viewer-scoped queries. */
@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => Ticket, { nullable: true, description: 'A ticket by number; null if not visible.' })
  @Access(AUTHENTICATED)
  ticket(@Arg('number') number: string, @Ctx() ctx: RequestContext): Promise<Ticket | null> {
    return ctx.tickets.findByNumber(number);
  }

  @Query(() => TicketConnection, {
    description: 'Visible tickets, filtered, in pages (first at most 100, default 25).',
  })
  @Access(AUTHENTICATED)
  tickets(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TicketFilter, { nullable: true }) filter?: TicketFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<TicketConnection> {
    return ctx.tickets.list(filter, first, after);
  }

  @Mutation(() => Ticket, { description: "Opens a ticket for the customer's organisation." })
  @Access(roles(Role.CUSTOMER))
  createTicket(
    @Arg('input') input: CreateTicketInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Ticket> {
    return ctx.intake.create(ctx.viewer!, input);
  }

  @Mutation(() => Ticket, { description: 'Moves a ticket along its lifecycle.' })
  @Access(AUTHENTICATED)
  transitionTicket(
    @Arg('input') input: TransitionTicketInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Ticket> {
    return ctx.lifecycle.transition(ctx.viewer!, input);
  }

  @Mutation(() => Comment, { description: 'Adds a public reply or (agents) an internal note.' })
  @Access(AUTHENTICATED)
  addComment(@Arg('input') input: AddCommentInput, @Ctx() ctx: RequestContext): Promise<Comment> {
    return ctx.lifecycle.addComment(ctx.viewer!, input);
  }

  @Mutation(() => Ticket, { description: 'Assigns a ticket to an agent, or unassigns it.' })
  @Access(roles(...ASSIGN_ROLES))
  assignTicket(
    @Arg('input') input: AssignTicketInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Ticket> {
    return ctx.lifecycle.assign(ctx.viewer!, input);
  }

  @Mutation(() => Ticket, { description: 'Raises or lowers the severity (support).' })
  @Access(roles(...SEVERITY_ROLES))
  changeSeverity(
    @Arg('input') input: ChangeSeverityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Ticket> {
    return ctx.lifecycle.changeSeverity(ctx.viewer!, input);
  }

  @Mutation(() => Ticket, { description: 'Sets when the fix is expected (development, support).' })
  @Access(roles(Role.DEVELOPMENT, Role.ENGINEER, Role.ADMIN))
  setPlannedAvailability(
    @Arg('input') input: SetPlannedAvailabilityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Ticket> {
    return ctx.lifecycle.setPlannedAvailability(ctx.viewer!, input);
  }

  @FieldResolver(() => Organisation, { description: 'The customer organisation.' })
  async organisation(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(ticket.organisationId)) as Organisation;
  }

  @FieldResolver(() => User, { description: 'Who opened the ticket.' })
  async requester(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<User> {
    return (await ctx.loaders.user.load(ticket.requesterId)) as User;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The engineer working on it.' })
  assignee(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return ticket.assigneeId === null ? null : ctx.loaders.user.load(ticket.assigneeId);
  }

  @FieldResolver(() => PlannedAvailability, {
    nullable: true,
    description: 'When the fix is expected; null until development sets it.',
  })
  plannedAvailability(@Root() ticket: Ticket): PlannedAvailability | null {
    if (!ticket.plannedUpdatedAt) return null;
    return {
      release: ticket.plannedRelease,
      date: ticket.plannedDate,
      reference: ticket.plannedReference,
      note: ticket.plannedNote,
      updatedAt: ticket.plannedUpdatedAt,
      updatedById: ticket.plannedUpdatedById,
    };
  }

  @FieldResolver(() => [PlannedAvailabilityChange], {
    description: 'Every value planned availability has had, oldest first.',
  })
  async plannedAvailabilityHistory(
    @Root() ticket: Ticket,
    @Ctx() ctx: RequestContext,
  ): Promise<PlannedAvailabilityChange[]> {
    const entries = await ctx.loaders.historyByTicket.load(ticket.id);
    return entries
      .filter((entry) => entry.kind === HistoryKind.PLANNED_AVAILABILITY_CHANGED && entry.toValue)
      .map((entry) => {
        const value = JSON.parse(entry.toValue as string) as PlannedValues;
        return { ...value, at: entry.at, updatedAt: entry.at, updatedById: entry.actorId };
      });
  }

  @FieldResolver(() => [Comment], {
    description: 'The thread, oldest first; internal notes only for agents.',
  })
  comments(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<Comment[]> {
    return ctx.loaders.commentsByTicket.load(ticket.id);
  }

  @FieldResolver(() => [HistoryEntry], { description: 'Every recorded change, oldest first.' })
  history(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<HistoryEntry[]> {
    return ctx.loaders.historyByTicket.load(ticket.id);
  }

  @FieldResolver(() => [TicketAction], {
    description: 'Lifecycle actions the caller may take now (shared transition table).',
  })
  allowedActions(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): TicketAction[] {
    const viewer = ctx.viewer;
    if (!viewer || viewer.readOnly) return [];
    return allowedActions(ticket.state, viewer.role);
  }

  @FieldResolver(() => TicketCapabilities, { description: 'What else the caller may do now.' })
  capabilities(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): TicketCapabilities {
    const viewer = ctx.viewer;
    const writer = viewer !== null && !viewer.readOnly;
    return {
      comment: writer && canComment(ticket.state, viewer.role),
      addInternalNote: writer && isAgent(viewer),
      assign: writer && ASSIGN_ROLES.includes(viewer.role),
      changeSeverity: writer && canChangeSeverity(ticket.state, viewer.role),
      setPlannedAvailability: writer && canSetPlannedAvailability(ticket.state, viewer.role),
    };
  }
}

/** Totals of ticket lists, counted only when asked for. */
@Resolver(() => TicketConnection)
export class TicketConnectionResolver {
  @FieldResolver(() => Int, { description: 'Tickets matching the filter, over all pages.' })
  totalCount(@Root() connection: TicketConnection): Promise<number> {
    return connection.countTotal();
  }
}
