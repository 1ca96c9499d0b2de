/**
 * Engagement with exponential decay, orderable in SQL without rewriting
 * old rows. The engagement of an idea at time T is
 *
 *   E(T) = Σ wᵢ · 2^(−(T − tᵢ) / h)   (h = 14 days; a vote weighs 1, a comment 2, posting 1)
 *
 * Every idea's E(T) shares the factor 2^(−(T − epoch) / h), so ordering by
 * E(T) at any T is ordering by Σ wᵢ · 2^((tᵢ − epoch) / h), a number that
 * changes only when the idea gets a vote or a comment. The column `trend`
 * stores its base-2 logarithm (the sum itself would overflow a double in
 * about 40 years); adding an event is a log-add, removing one (a withdrawn
 * vote) recomputes from the events.
 */

/** Engagement halves every 14 days. */
export const HALF_LIFE_DAYS = 14;
const HALF_LIFE_MS = HALF_LIFE_DAYS * 86_400_000;
const EPOCH = Date.UTC(2026, 0, 1);

/** What each kind of engagement weighs. */
export const ENGAGEMENT_WEIGHT = { post: 1, vote: 1, comment: 2 } as const;

/** log2 of one event's scaled weight. */
function term(weight: number, at: Date): number {
  return Math.log2(weight) + (at.getTime() - EPOCH) / HALF_LIFE_MS;
}

/** log2(2^a + 2^b), without overflow. */
function logAdd(a: number, b: number): number {
  const high = Math.max(a, b);
  return high + Math.log2(1 + 2 ** (Math.min(a, b) - high));
}

/** The trend after one more event of this weight at `at`. */
export function addEngagement(trend: number, weight: number, at: Date): number {
  return logAdd(trend, term(weight, at));
}

/** The trend of a whole history of events (posting included). */
export function trendOf(events: ReadonlyArray<{ weight: number; at: Date }>): number {
  return events.reduce(
    (trend, event) =>
      trend === -Infinity
        ? term(event.weight, event.at)
        : addEngagement(trend, event.weight, event.at),
    -Infinity,
  );
}

/** The decayed engagement at `now` (1 for an idea just posted with nothing else). */
export function engagementAt(trend: number, now: Date): number {
  return 2 ** (trend - (now.getTime() - EPOCH) / HALF_LIFE_MS);
}
