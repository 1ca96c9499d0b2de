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
import type { RequestContext } from '../../core/graphql/context';
import { createEventStream, type EventStreamOptions } from '../../core/events/event-stream';
import { latestEventSequence } from '../../core/events/outbox';
import { TicketEventRecord } from '../../core/events/ticket-event.entity';
import { toMessage, type TicketEventMessage } from '../../core/events/ticket-event-message';
import { badInput, notFound, unauthenticated } from '../../core/errors/domain-error';
import { isAgent } from '../auth/viewer';
import { sharedEventReads } from './shared-event-reads';
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
  // Without leading zeros, as sequences compare (compareSequence).
  return String(BigInt(after));
}

/** The subscribe-time check of the field's access rule: refused at once, not per event. */
function guard({ context, info }: Data): void {
  enforceAccess(ruleOf(info), context.viewer, 'subscription', context.clock.now());
}

/**
 * Where one subscription's events come from and how they are shown to its
 * viewer (the EventStream's options), as one object per subscription.
 */
class TicketEventSource implements EventStreamOptions<TicketEvent> {
  readonly after: string | undefined;
  readonly replayBatchSize = LIMITS.replayBatchSize;
  private readonly agent: boolean;

  constructor(
    private readonly ctx: RequestContext,
    private readonly selection: Selection,
    after: string | null | undefined,
  ) {
    this.after = checkAfter(after);
    this.agent = isAgent(ctx.viewer!);
    ctx.metrics.subscriptions.inc();
  }

  listen(listener: (message: TicketEventMessage) => void): () => void {
    const { ticketId, organisationId } = this.selection;
    const topic =
      ticketId !== undefined
        ? { ticketId }
        : organisationId !== undefined
          ? { organisationId }
          : ('all' as const);
    return this.ctx.topics.subscribe(topic, listener);
  }

  matches(message: TicketEventMessage): boolean {
    const { ticketId, organisationId } = this.selection;
    return (
      (ticketId === undefined || message.ticketId === ticketId) &&
      (organisationId === undefined || message.organisationId === organisationId) &&
      (this.agent || !message.internal)
    );
  }

  async replay(after: string, limit: number): Promise<TicketEventMessage[]> {
    const { ticketId, organisationId } = this.selection;
    const where: FindOptionsWhere<TicketEventRecord> = {
      ...(ticketId !== undefined ? { ticketId } : {}),
      ...(organisationId !== undefined ? { organisationId } : {}),
      ...(this.agent ? {} : { internal: false }),
      sequence: MoreThan(after),
    };
    const records = await this.ctx.db.reader.find(TicketEventRecord, {
      where,
      order: { sequence: 'ASC' },
      take: limit,
    });
    const messages = records.map(toMessage);
    // A reconnecting client may have missed hundreds: read them in bulk.
    const viewer = this.ctx.viewer;
    if (viewer) await sharedEventReads(this.ctx.db).prefetch(messages, viewer);
    return messages;
  }

  /**
   * Presents one event once the credential is checked still valid: the
   * ticket as the viewer's audience may see it now (null skips the event),
   * one object shared by the whole audience (SharedEventReads); the
   * WebSocket door then executes each selection once per group of equal
   * subscribers (SharedExecution).
   */
  present(message: TicketEventMessage): Promise<TicketEvent | null> {
    // Not async: the shared promise itself, one allocation less per subscriber and event.
    const { viewer, clock, db } = this.ctx;
    if (!viewer || (viewer.expiresAt && viewer.expiresAt <= clock.now())) {
      return Promise.reject(unauthenticated());
    }
    return sharedEventReads(db).of(message, viewer);
  }

  onClose(): void {
    this.ctx.metrics.subscriptions.dec();
  }
}

function stream({ context, args }: Data, selection: Selection) {
  return createEventStream(new TicketEventSource(context, selection, args.after));
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
