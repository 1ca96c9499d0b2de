import type { EventBus } from './event-bus';
import { compareSequence, type TicketEventMessage } from './ticket-event-message';

/** How one subscription chooses and presents its events. */
export interface EventStreamOptions<T> {
  bus: EventBus;
  /** Last sequence the client saw; undefined starts live. */
  after: string | undefined;
  /** Which live events belong to this subscription (cheap, synchronous). */
  matches(message: TicketEventMessage): boolean;
  /** Events after `after` from the log, matching, ascending, at most `limit`. */
  replay(after: string, limit: number): Promise<TicketEventMessage[]>;
  /** Turns an event into what the subscriber receives; null skips it (no longer visible). */
  present(message: TicketEventMessage): Promise<T | null>;
  replayBatchSize: number;
  /** Called once when the stream ends, however it ends. */
  onClose?: () => void;
}

/**
 * An async iterable of a subscriber's events: first every logged event after
 * `after`, in order, then live ones, with no gap and no duplicate. It listens
 * before it replays and drops live events the replay already delivered.
 */
export function createEventStream<T>(options: EventStreamOptions<T>): AsyncIterableIterator<T> {
  const pending: TicketEventMessage[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  let last = options.after;

  const unsubscribe = options.bus.subscribe((message) => {
    if (done || !options.matches(message)) return;
    pending.push(message);
    wake?.();
  });

  async function* replay(): AsyncGenerator<TicketEventMessage> {
    if (last === undefined) return;
    for (;;) {
      const batch = await options.replay(last, options.replayBatchSize);
      for (const message of batch) {
        last = message.sequence;
        yield message;
      }
      if (batch.length < options.replayBatchSize) return;
    }
  }

  async function* live(): AsyncGenerator<TicketEventMessage> {
    while (!done) {
      const message = pending.shift();
      if (!message) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      if (last !== undefined && compareSequence(message.sequence, last) <= 0) continue;
      last = message.sequence;
      yield message;
    }
  }

  async function* run(): AsyncGenerator<T> {
    try {
      for (const source of [replay(), live()]) {
        for await (const message of source) {
          const presented = await options.present(message);
          if (presented !== null) yield presented;
        }
      }
    } finally {
      done = true;
      unsubscribe();
      options.onClose?.();
    }
  }

  const iterator = run();
  const finish = iterator.return.bind(iterator);
  iterator.return = (value?: unknown) => {
    done = true;
    unsubscribe();
    wake?.();
    return finish(value as T);
  };
  return iterator;
}
