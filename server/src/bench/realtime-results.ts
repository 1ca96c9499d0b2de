/**
 * The figures of one measured configuration, as printed, written to JSON
 * and drawn.
 */
import type { HistogramData, LatencySummary } from './realtime-histogram';
import type { Topic } from './realtime-plan';

/** CPU use over the change load, in cores (1 = one core busy all the time). */
export interface CpuFigures {
  /** Our server processes together (or the baseline process). */
  server: number;
  /** The client worker processes together. */
  clients: number;
  /** The database server (mariadbd) and Redis, when used. */
  database: number;
  redis: number;
  /** The benchmark's own driver process. */
  driver: number;
  /** Every other process on the machine (other work running at the same time). */
  others: number;
  /** Length of the window measured (load and drain), s. */
  wallSeconds: number;
  /** Everything measured, against the machine's cores. */
  machineCores: number;
}

/** Everything measured for one configuration. */
export interface RunFigures {
  label: string;
  kind: 'ours' | 'bare';
  db: string;
  processes: number;
  subscribers: { planned: number; connected: number; failed: number; connectSeconds: number };
  load: {
    seconds: number;
    sent: number;
    ok: number;
    failed: number;
    skipped: number;
    errors: Record<string, number>;
    /** Mutation round trip, ms. */
    response: LatencySummary | null;
    /** The change's `at` to the arrival of its mutation's response, ms. */
    atToResponse: LatencySummary | null;
  };
  /** Mean of the event's `at` to its publication on the bus, per the servers' metrics, ms. */
  atToPublishMeanMs: number;
  /** Load average of the machine when the configuration started. */
  loadAverage: number[];
  events: number;
  /** Commit (the event's `at`) to arrival at the subscriber. */
  latency: LatencySummary;
  latencyByTopic: Record<Topic, LatencySummary>;
  /** For the chart. */
  histogram: HistogramData;
  /** `lost`: entitled events not delivered by the end of the drain wait (lost or late). */
  deliveries: {
    expected: number;
    received: number;
    lost: number;
    unexpected: number;
    duplicates: number;
    outOfOrder: number;
    ended: number;
  };
  /** Time after the load until every delivery had arrived (or the drain limit). */
  drainMs: number;
  memory: {
    rssBeforeMb: number;
    rssAfterMb: number;
    /** (after - before) / connected subscribers. */
    perSubscriberKb: number;
    heapBeforeMb: number;
    heapAfterMb: number;
    /** (heap after - heap before) / connected subscribers, after full collections. */
    heapPerSubscriberKb: number;
    /** RSS at the end of the load. */
    rssLoadedMb: number;
    /** Heap after the drain and a full collection: what stays once the load is over. */
    heapLoadedMb: number;
  };
  cpu: CpuFigures;
  replay: { events: number; ms: number; firstMs: number } | null;
  errors: string[];
  profile: string[] | null;
}
