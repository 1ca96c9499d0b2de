import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/graphql/context';
import { notFound } from '../../core/errors/domain-error';
import { User } from '../user/user.entity';
import { Ticket } from './ticket.entity';
import { Comment } from './comment.entity';
import { HistoryEntry } from './history-entry.entity';

/** Authors of comments. */
@Resolver(() => Comment)
export class CommentResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it.' })
  author(@Root() comment: Comment, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.user.load(comment.authorId);
  }

  @FieldResolver(() => Ticket, {
    description: 'The ticket as it is now (a reply may have changed its state and version).',
  })
  async ticket(@Root() comment: Comment, @Ctx() ctx: RequestContext): Promise<Ticket> {
    const [ticket] = await ctx.tickets.findByIds([comment.ticketId]);
    if (!ticket) throw notFound('No such ticket.');
    return ticket;
  }
}

/** Actors of history entries. */
@Resolver(() => HistoryEntry)
export class HistoryEntryResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who made the change; null for the system.',
  })
  actor(@Root() entry: HistoryEntry, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return entry.actorId === null ? null : ctx.loaders.user.load(entry.actorId);
  }
}
