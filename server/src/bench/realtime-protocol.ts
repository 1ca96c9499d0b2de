/**
 * Messages between the benchmark driver and its client worker processes
 * (Node IPC). A worker holds a share of the subscribers, times every
 * delivery and checks, per subscriber, what arrived against the event log.
 */
import type { HistogramData } from './realtime-histogram';
import type { EventRow, SubscriberSpec, Topic } from './realtime-plan';

/** Real graphql-ws clients against our servers, or plain sockets against the baseline. */
export type ClientMode = 'graphql' | 'bare';

export type DriverMessage =
  | {
      type: 'open';
      mode: ClientMode;
      /** WebSocket URL of each server, by SubscriberSpec.server. */
      urls: string[];
      subscribers: SubscriberSpec[];
      /** The event cursor: subscriptions start after it, so nothing is missed. */
      after: string;
      /** Connections opening at once. */
      concurrency: number;
    }
  | { type: 'expect'; events: EventRow[] }
  | { type: 'progress' }
  | { type: 'report' }
  | { type: 'close' };

/** How opening went. */
export interface OpenedMessage {
  type: 'opened';
  connected: number;
  failed: number;
  errors: string[];
}

/** Deliveries still missing against the last `expect`. */
export interface ProgressMessage {
  type: 'progress';
  received: number;
  missing: number;
}

/** The outcome for this worker's subscribers. */
export interface ReportMessage {
  type: 'report';
  latency: HistogramData;
  latencySumMs: number;
  byTopic: Record<Topic, HistogramData>;
  /** Deliveries received, and the deliveries the log entitles the subscribers to. */
  received: number;
  expected: number;
  /** Entitled events that never arrived. */
  lost: number;
  /** Events that arrived but were not the subscriber's to see (a leak, or a stray). */
  unexpected: number;
  duplicates: number;
  outOfOrder: number;
  /** Subscribers whose socket or subscription ended by itself. */
  ended: number;
  errors: string[];
  /** One raw message per topic, as it came over the wire. */
  samples: Partial<Record<Topic, string>>;
}

export type WorkerMessage =
  | OpenedMessage
  | ProgressMessage
  | ReportMessage
  | { type: 'closed' }
  | { type: 'failed'; error: string };
