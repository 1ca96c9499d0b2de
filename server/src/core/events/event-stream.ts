import type { EventListener } from './event-bus';
import { compareSequence, type TicketEventMessage } from './ticket-event-message';

/** How one subscription chooses and presents its events. */
export interface EventStreamOptions<T> {
  /** Starts delivering live events to the listener; returns how to stop. */
  listen(listener: EventListener): () => void;
  /** Last sequence the client saw; undefined starts live. */
  after: string | undefined;
  /** Which of the live events heard belong to this subscription (cheap, synchronous). */
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
 * A stream that can also push: `forEach` presents every event, prepares it
 * and sends it, in order, and settles when the stream ends (rejects with
 * its error). Once caught up, a live event is presented and prepared the
 * moment it arrives, so every subscriber of an audience asks for the same
 * shared presentation at the same time, however busy the process is.
 */
export interface PushableStream<T> extends AsyncIterableIterator<T> {
  forEach<P>(prepare: (value: T) => Promise<P>, send: (prepared: P) => void): Promise<void>;
}

/** True for streams that push (see PushableStream). */
export function isPushable<T>(stream: AsyncIterator<T>): stream is PushableStream<T> {
  return typeof (stream as Partial<PushableStream<T>>).forEach === 'function';
}

/**
 * An async iterable of a subscriber's events: first every logged event after
 * `after`, in order, then live ones, with no gap and no duplicate. It listens
 * before it replays and drops live events the replay already delivered.
 */
export function createEventStream<T>(options: EventStreamOptions<T>): PushableStream<T> {
  return new EventStream(options);
}

/** What a pushing stream does with each live event. */
interface Pusher {
  /** Presents, prepares and sends one live event after the ones before it. */
  push(message: TicketEventMessage): void;
  end(error?: unknown): void;
}

/**
 * The stream as a plain iterator object rather than async generators and
 * closures: a live event costs one awaited presentation on its way to the
 * consumer, and an idle subscription costs one small object, which matters
 * with ten thousand subscribers taking a hundred events a second.
 */
class EventStream<T> implements PushableStream<T> {
  private readonly pending: TicketEventMessage[] = [];
  private replayed: TicketEventMessage[] = [];
  private replaying: boolean;
  private last: string | undefined;
  private wake: (() => void) | null = null;
  private done = false;
  private pusher: Pusher | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: EventStreamOptions<T>) {
    this.last = options.after;
    this.replaying = options.after !== undefined;
    this.unsubscribe = options.listen(this.hear);
  }

  async next(): Promise<IteratorResult<T>> {
    try {
      for (;;) {
        const message = await this.nextMessage();
        if (message === null) return this.finish();
        this.last = message.sequence;
        const presented = await this.options.present(message);
        if (this.done) return this.finish();
        if (presented !== null) return { value: presented, done: false };
      }
    } catch (error) {
      this.finish();
      throw error;
    }
  }

  async return(): Promise<IteratorResult<T>> {
    return this.finish();
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    this.finish();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  async forEach<P>(prepare: (value: T) => Promise<P>, send: (prepared: P) => void): Promise<void> {
    // Catching up (replay, then what arrived meanwhile) one event at a time.
    while (!this.done && (this.replaying || this.replayed.length > 0 || this.pending.length > 0)) {
      const step = await this.next();
      if (step.done) return;
      const prepared = await prepare(step.value);
      if (!this.done) send(prepared);
    }
    if (this.done) return;
    // Caught up: from here on each live event is handled as it arrives.
    return new Promise<void>((resolve, reject) => {
      // The delivery of the events before, while any is outstanding.
      let tail: Promise<void> | null = null;
      let outstanding = 0;
      const deliver = (prepared: P | null): void => {
        outstanding -= 1;
        if (outstanding === 0) tail = null;
        if (prepared !== null && !this.done) send(prepared);
      };
      const fail = (error: unknown): void => this.pusher?.end(error);
      this.pusher = {
        push: (message) => {
          const ready = this.options
            .present(message)
            .then((presented) => (presented === null ? null : prepare(presented)));
          // Sent in arrival order, whichever presentation is ready first.
          outstanding += 1;
          tail = (tail === null ? ready : tail.then(() => ready)).then(deliver, fail);
        },
        end: (error) => {
          this.pusher = null;
          this.finish();
          if (error === undefined) resolve();
          else reject(error instanceof Error ? error : new Error(String(error)));
        },
      };
    });
  }

  /** The live listener (an arrow: it is handed to `listen`). */
  private readonly hear = (message: TicketEventMessage): void => {
    if (this.done || !this.options.matches(message)) return;
    if (this.pusher) {
      if (this.last !== undefined && compareSequence(message.sequence, this.last) <= 0) return;
      this.last = message.sequence;
      this.pusher.push(message);
      return;
    }
    this.pending.push(message);
    this.rouse();
  };

  private rouse(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** The next event to present, or null once the stream is done. */
  private async nextMessage(): Promise<TicketEventMessage | null> {
    while (!this.done) {
      if (this.replayed.length > 0) return this.replayed.shift() as TicketEventMessage;
      if (this.replaying) {
        const size = this.options.replayBatchSize;
        this.replayed = await this.options.replay(this.last as string, size);
        this.replaying = this.replayed.length === size;
        continue;
      }
      const message = this.pending.shift();
      if (!message) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      if (this.last !== undefined && compareSequence(message.sequence, this.last) <= 0) continue;
      return message;
    }
    return null;
  }

  private finish(): IteratorResult<T> {
    if (!this.done) {
      this.done = true;
      this.unsubscribe();
      this.options.onClose?.();
    }
    this.pusher?.end();
    this.rouse();
    return { value: undefined, done: true };
  }
}
