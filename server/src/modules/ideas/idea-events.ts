import { EventEmitter } from 'node:events';
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
 * Live fan-out of idea changes within this process, published after
 * commit. Unlike ticket events there is no outbox and no replay: the board
 * is public, nothing is lost that a refetch does not restore, so clients
 * refetch on (re)connect. TODO(#5): carry idea events on the shared event
 * bus once it spans processes (Redis) — remove when the bus accepts other
 * messages than ticket events.
 */
export class IdeaEventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open subscription: thousands are normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  /** Delivers the message to every subscriber, synchronously. */
  publish(message: IdeaEventMessage): void {
    this.emitter.emit('idea', message);
  }

  /** Adds a listener; the returned function removes it. */
  subscribe(listener: IdeaEventListener): () => void {
    this.emitter.on('idea', listener);
    return () => this.emitter.off('idea', listener);
  }

  /** Removes every listener. */
  close(): void {
    this.emitter.removeAllListeners();
  }
}
