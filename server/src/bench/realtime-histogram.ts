/**
 * A latency histogram that worker processes fill and the driver merges:
 * 0.1 ms buckets below 100 ms, 1 ms below 10 s, 100 ms above.
 */
export type HistogramData = Array<[bucket: number, count: number]>;

/** Percentiles of one distribution, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

function bucketOf(ms: number): number {
  if (ms < 100) return Math.round(ms * 10) / 10;
  if (ms < 10_000) return Math.round(ms);
  return Math.round(ms / 100) * 100;
}

/** Counts of latencies by bucket. */
export class Histogram {
  private readonly counts = new Map<number, number>();
  private total = 0;
  private sum = 0;

  /** Records one latency; negative values (clock rounding) count as 0. */
  record(ms: number): void {
    const bucket = bucketOf(Math.max(0, ms));
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.total += 1;
    this.sum += Math.max(0, ms);
  }

  /** Adds another histogram's data (from a worker). */
  merge(data: HistogramData, sum = 0): void {
    for (const [bucket, count] of data) {
      this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + count);
      this.total += count;
    }
    this.sum += sum;
  }

  get count(): number {
    return this.total;
  }

  get totalMs(): number {
    return this.sum;
  }

  /** Buckets in ascending order, for IPC and charts. */
  data(): HistogramData {
    return [...this.counts.entries()].sort((a, b) => a[0] - b[0]);
  }

  /** The smallest bucket at or below which `p` percent of the values lie. */
  percentile(p: number): number {
    if (this.total === 0) return NaN;
    const rank = Math.ceil((p / 100) * this.total);
    let seen = 0;
    for (const [bucket, count] of this.data()) {
      seen += count;
      if (seen >= rank) return bucket;
    }
    return this.data().at(-1)?.[0] ?? NaN;
  }

  summary(): LatencySummary {
    return {
      count: this.total,
      p50: this.percentile(50),
      p95: this.percentile(95),
      p99: this.percentile(99),
      max: this.data().at(-1)?.[0] ?? NaN,
      mean: this.total === 0 ? NaN : this.sum / this.total,
    };
  }
}
