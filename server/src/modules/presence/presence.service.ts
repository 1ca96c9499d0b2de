import { EventEmitter } from 'node:events';
import { PresenceActivity } from '@support/shared';
import type { Clock } from '../../core/clock/clock';

/** One agent on one ticket, as the other agents see them. */
export interface PresenceEntry {
  userId: number;
  activity: PresenceActivity;
  since: Date;
}

interface Watcher {
  userId: number;
  since: Date;
  typingUntil: number;
}

/** Typing shows for this long after the last keystroke report. */
export const TYPING_TTL_MS = 8000;

/**
 * Who is looking at which ticket, in this process. An agent is VIEWING
 * while subscribed to the ticket's presence (one entry per open view, so a
 * closed tab or a lost connection clears it) and TYPING for a few seconds
 * after reporting a keystroke. With several server processes this moves to
 * the shared bus (the Redis issue).
 */
export class PresenceService {
  private readonly tickets = new Map<number, Set<Watcher>>();
  private readonly changes = new EventEmitter();
  private readonly timers = new Map<number, NodeJS.Timeout>();

  constructor(private readonly clock: Clock) {
    this.changes.setMaxListeners(0);
  }

  /** Registers a view of the ticket; the returned function ends it. */
  watch(ticketId: number, userId: number): () => void {
    const watcher: Watcher = { userId, since: this.clock.now(), typingUntil: 0 };
    const watchers = this.tickets.get(ticketId) ?? new Set<Watcher>();
    watchers.add(watcher);
    this.tickets.set(ticketId, watchers);
    this.changed(ticketId);
    return () => {
      watchers.delete(watcher);
      if (watchers.size === 0) this.tickets.delete(ticketId);
      this.changed(ticketId);
    };
  }

  /** Marks the user as typing (or not) on every view they have of the ticket. */
  reportTyping(ticketId: number, userId: number, typing: boolean): void {
    const until = typing ? this.clock.now().getTime() + TYPING_TTL_MS : 0;
    for (const watcher of this.tickets.get(ticketId) ?? []) {
      if (watcher.userId === userId) watcher.typingUntil = until;
    }
    this.changed(ticketId);
    if (typing) this.expireTypingLater(ticketId);
  }

  /** Everyone on the ticket, one entry per user (typing wins over viewing). */
  list(ticketId: number): PresenceEntry[] {
    const now = this.clock.now().getTime();
    const byUser = new Map<number, PresenceEntry>();
    for (const watcher of this.tickets.get(ticketId) ?? []) {
      const activity =
        watcher.typingUntil > now ? PresenceActivity.TYPING : PresenceActivity.VIEWING;
      const known = byUser.get(watcher.userId);
      if (!known || activity === PresenceActivity.TYPING) {
        byUser.set(watcher.userId, {
          userId: watcher.userId,
          activity,
          since: known?.since ?? watcher.since,
        });
      }
    }
    return [...byUser.values()].sort((a, b) => a.since.getTime() - b.since.getTime());
  }

  /** Calls `listener` whenever presence on the ticket changes. */
  onChange(ticketId: number, listener: () => void): () => void {
    const name = String(ticketId);
    this.changes.on(name, listener);
    return () => this.changes.off(name, listener);
  }

  private changed(ticketId: number): void {
    this.changes.emit(String(ticketId));
  }

  private expireTypingLater(ticketId: number): void {
    clearTimeout(this.timers.get(ticketId));
    const timer = setTimeout(() => {
      this.timers.delete(ticketId);
      this.changed(ticketId);
    }, TYPING_TTL_MS + 50);
    timer.unref();
    this.timers.set(ticketId, timer);
  }

  /** Forgets every view and timer (shutdown). */
  close(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.tickets.clear();
    this.changes.removeAllListeners();
  }
}
