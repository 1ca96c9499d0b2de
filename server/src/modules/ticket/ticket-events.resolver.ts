import {
  Arg,
  Ctx,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { MoreThan, type FindOptionsWhere } from 'typeorm';
import { AGENT_ROLES, LIMITS, Role } from '@support/shared';
import { Access, enforceAccess, roles, ruleOf, AUTHENTICATED } from '../../core/graphql/access';
import { createLoaders } from '../../core/graphql/loaders';
import type { RequestContext } from '../../core/graphql/context';
import { createEventStream } from '../../core/events/event-stream';
import { latestEventSequence } from '../../core/events/outbox';
import { TicketEventRecord } from '../../core/events/ticket-event.entity';
import { toMessage, type TicketEventMessage } from '../../core/events/ticket-event-message';
import { badInput, notFound, unauthenticated } from '../../core/errors/domain-error';
import { isAgent } from '../auth/viewer';
import { sharedEventReads } from './shared-event-reads';
import { TicketQueries } from './ticket-queries';
import { TicketEvent } from './ticket.types';

type Data = SubscribeResolverData<
  unknown,
  { number?: string; after?: string | null },
  RequestContext
>;

/** Which events a subscription carries, as a live predicate and a log query. */
interface Selection {
  ticketId?: number;
  organisationId?: number;
}

function checkAfter(after: string | null | undefined): string | undefined {
  if (after === null || after === undefined) return undefined;
  if (!/^\d{1,19}$/.test(after)) throw badInput('after', 'Expected a sequence number.');
  return after;
}

/**
 * Presents one event to its subscriber: checks the credential is still
 * valid, refreshes the per-event loaders and takes the ticket as this
 * viewer may see it now (null skips the event). The reads are shared with
 * the other subscribers of the same audience (see SharedEventReads).
 */
async function present(
  ctx: RequestContext,
  message: TicketEventMessage,
): Promise<TicketEvent | null> {
  const viewer = ctx.viewer;
  if (!viewer || (viewer.expiresAt && viewer.expiresAt <= ctx.clock.now())) throw unauthenticated();
  const reads = await sharedEventReads(ctx.db).of(message, viewer);
  ctx.loaders = {
    ...createLoaders(ctx.db, viewer),
    user: reads.users,
    organisation: reads.organisations,
  };
  ctx.tickets = new TicketQueries(ctx.db, viewer);
  if (!reads.ticket) return null;
  const comment = reads.comment;
  return {
    sequence: message.sequence,
    kind: message.kind,
    at: new Date(message.at),
    ticket: reads.ticket,
    comment: comment && (!comment.internal || isAgent(viewer)) ? comment : null,
    actor: message.actorId === null ? null : await reads.users.load(message.actorId),
  };
}

/** The subscribe-time check of the field's access rule: refused at once, not per event. */
function guard({ context, info }: Data): void {
  enforceAccess(ruleOf(info), context.viewer, 'subscription', context.clock.now());
}

function stream({ context: ctx, args }: Data, selection: Selection) {
  const agent = isAgent(ctx.viewer!);
  const where: FindOptionsWhere<TicketEventRecord> = {
    ...(selection.ticketId !== undefined ? { ticketId: selection.ticketId } : {}),
    ...(selection.organisationId !== undefined ? { organisationId: selection.organisationId } : {}),
    ...(agent ? {} : { internal: false }),
  };
  ctx.metrics.subscriptions.inc();
  return createEventStream({
    onClose: () => ctx.metrics.subscriptions.dec(),
    bus: ctx.bus,
    after: checkAfter(args.after),
    replayBatchSize: LIMITS.replayBatchSize,
    matches: (message) =>
      (selection.ticketId === undefined || message.ticketId === selection.ticketId) &&
      (selection.organisationId === undefined ||
        message.organisationId === selection.organisationId) &&
      (agent || !message.internal),
    replay: async (after, limit) =>
      (
        await ctx.db.reader.find(TicketEventRecord, {
          where: { ...where, sequence: MoreThan(after) },
          order: { sequence: 'ASC' },
          take: limit,
        })
      ).map(toMessage),
    present: (message) => present(ctx, message),
  });
}

/** Live ticket changes: one ticket, a customer's organisation, the agents' queue. */
@Resolver()
export class TicketEventsResolver {
  @Query(() => String, {
    description:
      'The newest event sequence now. Read it with your data, then subscribe with it as `after`: nothing in between is missed.',
  })
  @Access(AUTHENTICATED)
  eventCursor(@Ctx() ctx: RequestContext): Promise<string> {
    return latestEventSequence(ctx.db.reader);
  }

  @Subscription(() => TicketEvent, {
    description: 'Changes of one ticket. `after`: last sequence seen; missed events come first.',
    subscribe: async (data: Data) => {
      guard(data);
      const number = String(data.args.number ?? '')
        .trim()
        .toUpperCase();
      const ticket = await data.context.tickets.findByNumber(number);
      if (!ticket) throw notFound(`No ticket ${number}.`);
      return stream(data, { ticketId: ticket.id });
    },
  })
  @Access(AUTHENTICATED)
  ticketEvents(
    @Root() event: TicketEvent,
    @Arg('number', { description: 'Ticket number.' }) _number: string,
    @Arg('after', () => String, { nullable: true, description: 'Last sequence seen.' })
    _after?: string,
  ): TicketEvent {
    return event;
  }

  @Subscription(() => TicketEvent, {
    description: "Changes of every ticket of the caller's organisation (customers).",
    subscribe: (data: Data) => {
      guard(data);
      return stream(data, { organisationId: data.context.viewer!.organisationId ?? -1 });
    },
  })
  @Access(roles(Role.CUSTOMER))
  organisationTicketEvents(
    @Root() event: TicketEvent,
    @Arg('after', () => String, { nullable: true, description: 'Last sequence seen.' })
    _after?: string,
  ): TicketEvent {
    return event;
  }

  @Subscription(() => TicketEvent, {
    description: "Changes of every ticket, for the agents' queue.",
    subscribe: (data: Data) => {
      guard(data);
      return stream(data, {});
    },
  })
  @Access(roles(...AGENT_ROLES))
  queueEvents(
    @Root() event: TicketEvent,
    @Arg('after', () => String, { nullable: true, description: 'Last sequence seen.' })
    _after?: string,
  ): TicketEvent {
    return event;
  }
}
