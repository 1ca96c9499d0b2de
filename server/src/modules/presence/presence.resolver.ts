import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { Matches } from 'class-validator';
import { AGENT_ROLES, PresenceActivity } from '@support/shared';
import { createPushIterator } from '../../core/events/push-iterator';
import { notFound } from '../../core/errors/domain-error';
import { Access, enforceAccess, roles, ruleOf } from '../../core/graphql/access';
import type { RequestContext } from '../../core/graphql/context';
import { User } from '../user/user.entity';

@ObjectType({ description: 'An agent on a ticket.' })
class PresenceEntryType {
  userId: number;

  @Field(() => PresenceActivity, { description: 'VIEWING or TYPING.' })
  activity: PresenceActivity;

  @Field({ description: 'Since when the agent has the ticket open.' })
  since: Date;
}

@ObjectType({ description: 'Who has a ticket open, and who is typing a reply.' })
class TicketPresence {
  @Field({ description: 'Ticket number.' })
  number: string;

  @Field(() => [PresenceEntryType], { description: 'Agents on the ticket, earliest first.' })
  entries: PresenceEntryType[];
}

@InputType({ description: 'Tells the other agents whether you are typing a reply.' })
class ReportTypingInput {
  @Field({ description: 'Ticket number.' })
  @Matches(/^CS-\d{6,}$/i, { message: 'Expected a ticket number such as CS-000123.' })
  number: string;

  @Field({ description: 'True while typing; it lapses after a few seconds without a report.' })
  typing: boolean;
}

type Data = SubscribeResolverData<unknown, { number: string }, RequestContext>;

/** Collision awareness between agents: who views a ticket, who is replying. */
@Resolver(() => PresenceEntryType)
export class PresenceResolver {
  @Subscription(() => TicketPresence, {
    description:
      'Agents on a ticket, pushed on every change. Subscribing marks you as viewing it until you stop.',
    subscribe: async ({ context: ctx, args, info }: Data) => {
      enforceAccess(ruleOf(info), ctx.viewer, 'subscription', ctx.clock.now());
      const ticket = await ctx.tickets.findByNumber(String(args.number));
      if (!ticket) throw notFound(`No ticket ${args.number}.`);
      const snapshot = (): TicketPresence => ({
        number: ticket.number,
        entries: ctx.presence.list(ticket.id),
      });
      const stops: Array<() => void> = [];
      const iterator = createPushIterator<TicketPresence>(() => stops.forEach((stop) => stop()));
      stops.push(ctx.presence.onChange(ticket.id, () => iterator.push(snapshot())));
      // Watching announces the viewer, which pushes the first snapshot.
      stops.push(ctx.presence.watch(ticket.id, ctx.viewer!.user!.id));
      return iterator;
    },
  })
  @Access(roles(...AGENT_ROLES))
  ticketPresence(
    @Root() presence: TicketPresence,
    @Arg('number', { description: 'Ticket number.' }) _number: string,
  ): TicketPresence {
    return presence;
  }

  @Mutation(() => Boolean, { description: 'Reports whether you are typing a reply on a ticket.' })
  @Access(roles(...AGENT_ROLES))
  async reportTyping(
    @Arg('input') input: ReportTypingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    const ticket = await ctx.tickets.findByNumber(input.number);
    if (!ticket) throw notFound(`No ticket ${input.number}.`);
    ctx.presence.reportTyping(ticket.id, ctx.viewer!.user!.id, input.typing);
    return true;
  }

  @FieldResolver(() => User, { description: 'The agent.' })
  async user(@Root() entry: PresenceEntryType, @Ctx() ctx: RequestContext): Promise<User> {
    return (await ctx.loaders.user.load(entry.userId)) as User;
  }
}
