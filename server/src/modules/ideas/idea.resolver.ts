import {
  Arg,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { Role } from '@support/shared';
import { Access, AUTHENTICATED, enforceAccess, roles, ruleOf } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { createPushIterator } from '../../core/events/push-iterator';
import { unauthenticated } from '../../core/errors/domain-error';
import { Ticket } from '../ticket/ticket.entity';
import { IdeaComment } from './idea-comment.entity';
import type { IdeaEventMessage } from './idea-events';
import { Idea } from './idea.entity';
import {
  AddIdeaCommentInput,
  CreateIdeaInput,
  IdeaFilter,
  SetIdeaStatusInput,
} from './idea.inputs';
import { IdeaQueries } from './idea-queries';
import { engagementAt } from './idea-trend';
import { IdeaConnection, IdeaEvent } from './idea.types';
import { PerViewer } from '../../core/graphql/per-viewer';

type Data = SubscribeResolverData<unknown, { ideaId?: string | null }, RequestContext>;

function queries(ctx: RequestContext): IdeaQueries {
  return new IdeaQueries(ctx.db, ctx.viewer);
}

/** Presents an event to one subscriber (each event is executed with fresh loaders). */
async function present(ctx: RequestContext, message: IdeaEventMessage): Promise<IdeaEvent | null> {
  const viewer = ctx.viewer;
  if (!viewer || (viewer.expiresAt && viewer.expiresAt <= ctx.clock.now())) throw unauthenticated();
  const idea = await queries(ctx).findById(message.ideaId);
  if (!idea) return null;
  const comment = message.commentId
    ? await ctx.db.reader.findOneBy(IdeaComment, { id: message.commentId })
    : null;
  return { kind: message.kind, at: message.at, idea, comment };
}

/** Live idea events, all or one idea's, presented per subscriber. */
function ideaStream({ context, args, info }: Data): AsyncIterableIterator<IdeaEvent> {
  enforceAccess(ruleOf(info), context.viewer, 'subscription', context.clock.now());
  const only = args.ideaId && /^\d+$/.test(args.ideaId) ? Number(args.ideaId) : null;
  let unsubscribe = () => {};
  const iterator = createPushIterator<IdeaEventMessage>(() => unsubscribe());
  unsubscribe = context.ideaEvents.subscribe((message) => {
    if (only === null || message.ideaId === only) iterator.push(message);
  });
  async function* presented(): AsyncGenerator<IdeaEvent> {
    try {
      for await (const message of iterator) {
        const event = await present(context, message);
        if (event) yield event;
      }
    } finally {
      await iterator.return?.();
    }
  }
  const generator = presented();
  // A generator waiting for the next event cannot return until one comes:
  // end the source first, which ends the wait.
  const finish = generator.return.bind(generator);
  generator.return = (value?: unknown) => {
    void iterator.return?.();
    return finish(value as undefined);
  };
  return generator;
}

/** The ideas board: reading, posting, votes, comments, status and live events. */
@Resolver(() => Idea)
export class IdeaResolver {
  @Query(() => IdeaConnection, {
    description:
      'The ideas board, filtered, in pages (first at most 100, default 20); TRENDING by default.',
  })
  @Access(AUTHENTICATED)
  ideas(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => IdeaFilter, { nullable: true }) filter?: IdeaFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<IdeaConnection> {
    return queries(ctx).list(filter, first, after);
  }

  @Query(() => Idea, { nullable: true, description: 'An idea by id; null if there is none.' })
  @Access(AUTHENTICATED)
  idea(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Idea | null> {
    return /^\d+$/.test(id) ? queries(ctx).findById(Number(id)) : Promise.resolve(null);
  }

  @Mutation(() => Idea, { description: 'Posts a product idea to the community board.' })
  @Access(AUTHENTICATED)
  createIdea(@Arg('input') input: CreateIdeaInput, @Ctx() ctx: RequestContext): Promise<Idea> {
    return ctx.ideas.create(ctx.viewer!, input);
  }

  @Mutation(() => Idea, {
    description: 'Votes for an idea; one vote per user, voting again changes nothing.',
  })
  @Access(AUTHENTICATED)
  voteForIdea(@Arg('ideaId', () => ID) ideaId: string, @Ctx() ctx: RequestContext): Promise<Idea> {
    return ctx.ideaEngagement.vote(ctx.viewer!, idNumber(ideaId));
  }

  @Mutation(() => Idea, { description: 'Withdraws your vote for an idea.' })
  @Access(AUTHENTICATED)
  withdrawIdeaVote(
    @Arg('ideaId', () => ID) ideaId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Idea> {
    return ctx.ideaEngagement.unvote(ctx.viewer!, idNumber(ideaId));
  }

  @Mutation(() => IdeaComment, { description: 'Comments on an idea.' })
  @Access(AUTHENTICATED)
  addIdeaComment(
    @Arg('input') input: AddIdeaCommentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IdeaComment> {
    return ctx.ideaEngagement.comment(ctx.viewer!, Number(input.ideaId), input.body);
  }

  @Mutation(() => Idea, { description: 'Sets the roadmap status of an idea (admins).' })
  @Access(roles(Role.ADMIN))
  setIdeaStatus(
    @Arg('input') input: SetIdeaStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Idea> {
    return ctx.ideas.setStatus(ctx.viewer!, input);
  }

  @Subscription(() => IdeaEvent, {
    description:
      'Live changes of the ideas board, or of one idea. No replay: refetch when (re)connecting.',
    subscribe: (data: Data) => ideaStream(data),
  })
  @Access(AUTHENTICATED)
  ideaEvents(
    @Root() event: IdeaEvent,
    @Arg('ideaId', () => ID, { nullable: true, description: 'Only this idea.' }) _ideaId?: string,
  ): IdeaEvent {
    return event;
  }

  @FieldResolver(() => String, { description: "The author's name." })
  async authorName(@Root() idea: Idea, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.user.load(idea.authorId))?.name ?? '';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The author's organisation; null when support staff posted it.",
  })
  async organisationName(@Root() idea: Idea, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (idea.organisationId === null) return null;
    return (await ctx.loaders.organisation.load(idea.organisationId))?.name ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when you voted for it.' })
  @PerViewer()
  async viewerHasVoted(@Root() idea: Idea, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.viewerVotes.load(idea.id);
  }

  @FieldResolver(() => Float, {
    description:
      'Engagement now: votes and comments (2 each), halving every 14 days; orders TRENDING.',
  })
  engagement(@Root() idea: Idea, @Ctx() ctx: RequestContext): number {
    return engagementAt(idea.trend, ctx.clock.now());
  }

  @FieldResolver(() => [IdeaComment], { description: 'Comments, oldest first.' })
  comments(@Root() idea: Idea, @Ctx() ctx: RequestContext): Promise<IdeaComment[]> {
    return ctx.loaders.commentsByIdea.load(idea.id);
  }

  @FieldResolver(() => [Ticket], {
    description:
      'Tickets linked to it that you may see (agents: all; customers: their organisation).',
  })
  async linkedTickets(@Root() idea: Idea, @Ctx() ctx: RequestContext): Promise<Ticket[]> {
    const ids = await ctx.loaders.ticketIdsByIdea.load(idea.id);
    const tickets = await ctx.tickets.findByIds(ids);
    return tickets.sort((a, b) => a.id - b.id);
  }
}

/** The author of an idea comment, by name and organisation only. */
@Resolver(() => IdeaComment)
export class IdeaCommentResolver {
  @FieldResolver(() => String, { description: "The author's name." })
  async authorName(@Root() comment: IdeaComment, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.user.load(comment.authorId))?.name ?? '';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The author's organisation; null for support staff.",
  })
  async organisationName(
    @Root() comment: IdeaComment,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    const author = await ctx.loaders.user.load(comment.authorId);
    if (!author || author.organisationId === null) return null;
    return (await ctx.loaders.organisation.load(author.organisationId))?.name ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'True when support staff wrote it.' })
  async byStaff(@Root() comment: IdeaComment, @Ctx() ctx: RequestContext): Promise<boolean> {
    const author = await ctx.loaders.user.load(comment.authorId);
    return author !== null && author.role !== Role.CUSTOMER;
  }
}

function idNumber(id: string): number {
  return /^\d+$/.test(id) ? Number(id) : -1;
}
