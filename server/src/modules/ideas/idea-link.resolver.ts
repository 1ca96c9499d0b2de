import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@support/shared';
import { Access, roles } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { Ticket } from '../ticket/ticket.entity';
import { Idea } from './idea.entity';
import { CreateIdeaFromTicketInput, LinkTicketToIdeaInput } from './idea.inputs';

/** Who links tickets to ideas: support engineers and admins. */
const LINKERS = [Role.ENGINEER, Role.ADMIN];

/** Tickets that found a limitation of the service, linked to the idea that would lift it. */
@Resolver(() => Ticket)
export class IdeaLinkResolver {
  @Mutation(() => Ticket, {
    description: 'Links a ticket to an existing idea (engineers); a ticket has one idea.',
  })
  @Access(roles(...LINKERS))
  linkTicketToIdea(
    @Arg('input') input: LinkTicketToIdeaInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Ticket> {
    return ctx.ideas.linkTicket(ctx.viewer!, input.number, Number(input.ideaId));
  }

  @Mutation(() => Idea, {
    description: 'Posts a new idea from a ticket and links them (engineers).',
  })
  @Access(roles(...LINKERS))
  createIdeaFromTicket(
    @Arg('input') input: CreateIdeaFromTicketInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Idea> {
    return ctx.ideas.createFromTicket(ctx.viewer!, input.number, input);
  }

  @Mutation(() => Ticket, { description: "Removes a ticket's link to its idea (engineers)." })
  @Access(roles(...LINKERS))
  unlinkTicketFromIdea(@Arg('number') number: string, @Ctx() ctx: RequestContext): Promise<Ticket> {
    return ctx.ideas.unlinkTicket(ctx.viewer!, number);
  }

  @FieldResolver(() => Idea, {
    nullable: true,
    description:
      'The idea on the community board that would lift the limitation this ticket found.',
  })
  linkedIdea(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<Idea | null> {
    return ctx.loaders.ideaByTicket.load(ticket.id);
  }
}
