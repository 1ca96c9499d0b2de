import { EventEmitter } from 'node:events';
import type { TicketEventMessage } from './ticket-event-message';

/** Receives every published event, in publication order. */
export type EventListener = (message: TicketEventMessage) => void;

/**
 * Fan-out of committed ticket events to the subscriptions of this process.
 * The in-process bus is the default; a Redis implementation fills the same
 * seam when several server processes run.
 */
export interface EventBus {
  /** Delivers the message to every listener (of every process). */
  publish(message: TicketEventMessage): Promise<void>;
  /** Adds a listener; the returned function removes it. */
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

/** Event bus within one process. Listeners run synchronously, in order. */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open subscription: thousands are normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  async publish(message: TicketEventMessage): Promise<void> {
    this.emitter.emit('event', message);
  }

  subscribe(listener: EventListener): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
