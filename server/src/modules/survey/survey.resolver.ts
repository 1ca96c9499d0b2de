import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, PUBLIC } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { isAgent } from '../auth/viewer';
import { Ticket } from '../ticket/ticket.entity';
import { SubmitSurveyInput } from './survey.inputs';
import { Satisfaction, SurveyInvitation } from './survey.types';

/** The public survey page's query and answer, through the link's secret. */
@Resolver(() => SurveyInvitation)
export class SurveyResolver {
  @Query(() => SurveyInvitation, {
    nullable: true,
    description: 'The survey of a one-time link; null when the link is not valid. No login.',
  })
  @Access(PUBLIC)
  survey(
    @Arg('token', { description: 'The secret of the survey link.' }) token: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SurveyInvitation | null> {
    return ctx.surveys.find(token);
  }

  @Mutation(() => SurveyInvitation, {
    description: 'Answers a survey once; a second use, an altered or expired link is refused.',
  })
  @Access(PUBLIC)
  submitSurvey(
    @Arg('input') input: SubmitSurveyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SurveyInvitation> {
    return ctx.surveys.submit(input);
  }
}

/** Survey results on tickets, for agents. */
@Resolver(() => Ticket)
export class TicketSatisfactionResolver {
  @FieldResolver(() => Satisfaction, {
    nullable: true,
    description: "The requester's survey answer; null until answered, and always for customers.",
  })
  async satisfaction(
    @Root() ticket: Ticket,
    @Ctx() ctx: RequestContext,
  ): Promise<Satisfaction | null> {
    if (!ctx.viewer || !isAgent(ctx.viewer)) return null;
    const answer = await ctx.loaders.satisfactionByTicket.load(ticket.id);
    if (!answer?.usedAt || answer.rating === null) return null;
    return { rating: answer.rating, comment: answer.comment, submittedAt: answer.usedAt };
  }
}
