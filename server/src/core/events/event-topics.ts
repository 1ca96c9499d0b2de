import type { EventBus, EventListener } from './event-bus';
import type { TicketEventMessage } from './ticket-event-message';

/** Which events a listener wants: one ticket's, one organisation's, or all. */
export type EventTopic = { ticketId: number } | { organisationId: number } | 'all';

/**
 * The process's subscriptions indexed by what they listen to. The bus
 * calls one listener per event, which finds the listeners of that event's
 * ticket, its organisation and of every event, instead of asking each of
 * ten thousand subscriptions whether the event is theirs.
 */
export class EventTopics {
  private readonly everything = new Set<EventListener>();
  private readonly byTicket = new Map<number, Set<EventListener>>();
  private readonly byOrganisation = new Map<number, Set<EventListener>>();
  private readonly stop: () => void;

  constructor(bus: EventBus) {
    this.stop = bus.subscribe((message) => this.dispatch(message));
  }

  /** Adds a listener for a topic; the returned function removes it. */
  subscribe(topic: EventTopic, listener: EventListener): () => void {
    if (topic === 'all') {
      this.everything.add(listener);
      return () => this.everything.delete(listener);
    }
    const index = 'ticketId' in topic ? this.byTicket : this.byOrganisation;
    const id = 'ticketId' in topic ? topic.ticketId : topic.organisationId;
    let set = index.get(id);
    if (!set) {
      set = new Set();
      index.set(id, set);
    }
    const own = set;
    own.add(listener);
    return () => {
      own.delete(listener);
      if (own.size === 0 && index.get(id) === own) index.delete(id);
    };
  }

  /** Listeners in all (for metrics and tests). */
  get size(): number {
    let size = this.everything.size;
    for (const index of [this.byTicket, this.byOrganisation]) {
      for (const set of index.values()) size += set.size;
    }
    return size;
  }

  close(): void {
    this.stop();
  }

  private dispatch(message: TicketEventMessage): void {
    // Copies: a listener may unsubscribe (or another subscribe) while this runs.
    const sets = [
      this.everything,
      this.byTicket.get(message.ticketId),
      this.byOrganisation.get(message.organisationId),
    ];
    for (const set of sets) {
      if (!set) continue;
      for (const listener of [...set]) listener(message);
    }
  }
}
