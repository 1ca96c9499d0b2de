/**
 * What each subscriber received, against what the event log entitles it
 * to: lost, unexpected, duplicated and out-of-order deliveries.
 */
import { entitled, type EventRow, type SubscriberSpec } from './realtime-plan';

/** Deliveries of one subscriber, in arrival order. */
export interface Received {
  spec: SubscriberSpec;
  sequences: number[];
}

/** Counts over many subscribers. */
export interface Tally {
  expected: number;
  received: number;
  lost: number;
  unexpected: number;
  duplicates: number;
  outOfOrder: number;
}

/** The events each kind of subscriber is entitled to, indexed for quick lookup. */
export class Entitlements {
  private readonly all: number[];
  private readonly byOrganisation = new Map<number, number[]>();
  private readonly byTicket = new Map<number, number[]>();

  constructor(events: readonly EventRow[]) {
    this.all = events.map((event) => event.sequence);
    for (const event of events) {
      if (
        !entitled(
          { topic: 'organisation', organisationId: event.organisationId, ticketId: 0 },
          event,
        )
      ) {
        continue;
      }
      const org = this.byOrganisation.get(event.organisationId) ?? [];
      org.push(event.sequence);
      this.byOrganisation.set(event.organisationId, org);
      const ticket = this.byTicket.get(event.ticketId) ?? [];
      ticket.push(event.sequence);
      this.byTicket.set(event.ticketId, ticket);
    }
  }

  /** Sequences the subscriber must receive, ascending. */
  of(spec: SubscriberSpec): readonly number[] {
    if (spec.topic === 'queue') return this.all;
    if (spec.topic === 'organisation') return this.byOrganisation.get(spec.organisationId) ?? [];
    return this.byTicket.get(spec.ticketId) ?? [];
  }
}

/** Deliveries still missing, counted cheaply (for the drain wait). */
export function missing(subscribers: readonly Received[], entitlements: Entitlements): number {
  let count = 0;
  for (const subscriber of subscribers) {
    count += Math.max(0, entitlements.of(subscriber.spec).length - subscriber.sequences.length);
  }
  return count;
}

/** Compares every subscriber's deliveries with its entitlement. */
export function tally(subscribers: readonly Received[], entitlements: Entitlements): Tally {
  const total: Tally = {
    expected: 0,
    received: 0,
    lost: 0,
    unexpected: 0,
    duplicates: 0,
    outOfOrder: 0,
  };
  for (const { spec, sequences } of subscribers) {
    const expected = entitlements.of(spec);
    const wanted = new Set(expected);
    const seen = new Set<number>();
    let previous = -Infinity;
    for (const sequence of sequences) {
      if (seen.has(sequence)) total.duplicates += 1;
      else if (!wanted.has(sequence)) total.unexpected += 1;
      if (sequence < previous) total.outOfOrder += 1;
      previous = Math.max(previous, sequence);
      seen.add(sequence);
    }
    for (const sequence of expected) if (!seen.has(sequence)) total.lost += 1;
    total.expected += expected.length;
    total.received += sequences.length;
  }
  return total;
}
