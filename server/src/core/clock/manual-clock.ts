import type { Clock } from './clock';

/** A clock that only moves when told to: demo data and tests. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  set(instant: Date): void {
    this.current = new Date(instant);
  }
}
