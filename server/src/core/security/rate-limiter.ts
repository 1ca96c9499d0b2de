import type { Clock } from '../clock/clock';
import { ErrorCode } from '@support/shared';
import { DomainError } from '../errors/domain-error';

/** A budget: at most `limit` hits per `windowMs` for one key. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

interface Window {
  startedAt: number;
  hits: number;
}

/**
 * Fixed-window counters in this process's memory, keyed by what is limited
 * (an account, an address). A full window refuses with RATE_LIMITED and the
 * seconds to wait. With several processes each counts alone, which bounds
 * the total at processes x limit (the Redis issue can share the counters).
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts a hit; throws RATE_LIMITED when the key's window is full. */
  hit(key: string, rule: RateLimit, message: string): void {
    const window = this.current(key, rule);
    if (window.hits >= rule.limit) throw this.refusal(window, rule, message);
    window.hits += 1;
  }

  /** Throws RATE_LIMITED when the key's window is full, without counting. */
  check(key: string, rule: RateLimit, message: string): void {
    const window = this.current(key, rule);
    if (window.hits >= rule.limit) throw this.refusal(window, rule, message);
  }

  /** Forgets a key (e.g. failed logins after a success). */
  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string, rule: RateLimit): Window {
    const now = this.clock.now().getTime();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= rule.windowMs) {
      if (this.windows.size >= this.maxKeys) this.evictExpired(now, rule.windowMs);
      window = { startedAt: now, hits: 0 };
      this.windows.set(key, window);
    }
    return window;
  }

  private refusal(window: Window, rule: RateLimit, message: string): DomainError {
    const waitMs = window.startedAt + rule.windowMs - this.clock.now().getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    return new DomainError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
  }

  private evictExpired(now: number, windowMs: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= windowMs) this.windows.delete(key);
    }
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}
