import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, TicketState } from '@support/shared';
import { Access, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { Ticket } from '../ticket/ticket.entity';
import { User } from '../user/user.entity';
import { SimilarTicketsInput } from './similar-tickets.inputs';
import { findSimilarTickets } from './similar-tickets';
import { SimilarTicket } from './similar-tickets.types';
import { TicketFollower } from './ticket-follower.entity';
import { PerViewer } from '../../core/graphql/per-viewer';

/** Most followed tickets listed. */
const MAX_FOLLOWED = 100;

/** The duplicate check of the intake form, and following a colleague's ticket instead. */
@Resolver(() => Ticket)
export class DuplicatesResolver {
  @Query(() => [SimilarTicket], {
    description:
      'Open tickets of your organisation that look like the ticket being typed (call it debounced while typing): similar title or description, or the same document ID.',
  })
  @Access(roles(Role.CUSTOMER))
  similarTickets(
    @Arg('input') input: SimilarTicketsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SimilarTicket[]> {
    return findSimilarTickets(ctx.tickets, input, ctx.clock.now());
  }

  @Query(() => [Ticket], { description: 'Tickets you follow that are not closed, newest first.' })
  @Access(roles(Role.CUSTOMER))
  async followedTickets(@Ctx() ctx: RequestContext): Promise<Ticket[]> {
    const userId = ctx.viewer?.user?.id ?? -1;
    const rows = await ctx.db.reader.find(TicketFollower, {
      where: { userId },
      order: { createdAt: 'DESC' },
      take: MAX_FOLLOWED,
    });
    const tickets = await ctx.tickets.findByIds(rows.map((row) => row.ticketId));
    return tickets
      .filter((ticket) => ticket.state !== TicketState.CLOSED)
      .sort((a, b) => b.id - a.id);
  }

  @Mutation(() => Ticket, {
    description:
      "Follows a colleague's open ticket instead of opening a duplicate; following twice changes nothing.",
  })
  @Access(roles(Role.CUSTOMER))
  followTicket(@Arg('number') number: string, @Ctx() ctx: RequestContext): Promise<Ticket> {
    return ctx.follows.follow(ctx.viewer!, number);
  }

  @Mutation(() => Ticket, { description: 'Stops following a ticket.' })
  @Access(roles(Role.CUSTOMER))
  unfollowTicket(@Arg('number') number: string, @Ctx() ctx: RequestContext): Promise<Ticket> {
    return ctx.follows.unfollow(ctx.viewer!, number);
  }

  @FieldResolver(() => [User], {
    description: 'Customers who follow the ticket to receive its updates (not its requester).',
  })
  async followers(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<User[]> {
    const ids = await ctx.loaders.followersByTicket.load(ticket.id);
    if (ids.length === 0) return [];
    const users = await ctx.loaders.user.loadMany(ids);
    return users.filter((user): user is User => user instanceof User);
  }

  @FieldResolver(() => Boolean, { description: 'True when you follow the ticket.' })
  @PerViewer()
  async viewerFollows(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<boolean> {
    const userId = ctx.viewer?.user?.id;
    if (userId === undefined) return false;
    return (await ctx.loaders.followersByTicket.load(ticket.id)).includes(userId);
  }
}
