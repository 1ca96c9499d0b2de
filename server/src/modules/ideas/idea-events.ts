import { EventEmitter } from 'node:events';
import type { RedisChannel } from '../../core/events/redis-channel';
import type { AppLogger } from '../../core/logging/logger';
import type { IdeaEventKind } from './idea.enums';

/** One change of an idea, as published after its transaction committed. */
export interface IdeaEventMessage {
  ideaId: number;
  kind: IdeaEventKind;
  /** The new comment, for COMMENTED. */
  commentId: number | null;
  actorId: number | null;
  at: Date;
}

/** Receives every idea event. */
export type IdeaEventListener = (message: IdeaEventMessage) => void;

/**
 * Live fan-out of idea changes, published after commit. Unlike ticket
 * events there is no outbox and no replay: the board is public, nothing is
 * lost that a refetch does not restore, so clients refetch on (re)connect.
 * Within one process the bus delivers directly; with several processes
 * (REDIS_URL) every message goes through a Redis channel and each process,
 * the publisher too, delivers it once when it comes back, so a change made
 * through any server reaches the subscribers of all of them.
 */
export class IdeaEventBus {
  private readonly emitter = new EventEmitter();

  constructor(
    private readonly channel: RedisChannel | null = null,
    private readonly logger: AppLogger | null = null,
  ) {
    // One listener per open subscription: thousands are normal, not a leak.
    this.emitter.setMaxListeners(0);
    channel?.onMessage((raw) => this.receive(raw));
  }

  /** Delivers the message to every subscriber (of every process). */
  publish(message: IdeaEventMessage): void {
    if (!this.channel) {
      this.emitter.emit('idea', message);
      return;
    }
    this.channel
      .publish(JSON.stringify(message))
      .catch((error: unknown) =>
        this.logger?.error(
          { err: error, category: 'idea-events' },
          'publishing an idea event failed',
        ),
      );
  }

  /** Adds a listener; the returned function removes it. */
  subscribe(listener: IdeaEventListener): () => void {
    this.emitter.on('idea', listener);
    return () => this.emitter.off('idea', listener);
  }

  /** Removes every listener and leaves the channel. */
  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    await this.channel?.close();
  }

  private receive(raw: string): void {
    let parsed: Omit<IdeaEventMessage, 'at'> & { at: string };
    try {
      parsed = JSON.parse(raw) as typeof parsed;
    } catch (error) {
      this.logger?.warn({ err: error, category: 'idea-events' }, 'unreadable idea event dropped');
      return;
    }
    this.emitter.emit('idea', { ...parsed, at: new Date(parsed.at) });
  }
}
