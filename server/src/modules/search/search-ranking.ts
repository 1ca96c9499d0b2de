import { FIELD_WEIGHT } from './terms';

/** What a match is ranked on. */
export interface RankInput {
  /** Query units found in the document. */
  matched: number;
  /** Query units in all. */
  units: number;
  /** Summed weights of the matched terms (occurrences times field weight). */
  weight: number;
  /** When the document last changed. */
  updatedAt: Date;
  now: Date;
}

/** Recency halves every 90 days. */
const RECENCY_HALF_LIFE_DAYS = 90;
const DAY = 86_400_000;

/**
 * The relevance of a match, between 0 and 1: mostly how much of the query
 * the document contains (70%), then where (20%: a term found in the title,
 * or found often, weighs more than one body occurrence), then how recent
 * the document is (10%, halving every 90 days).
 */
export function rankScore(input: RankInput): number {
  const coverage = input.units > 0 ? Math.min(1, input.matched / input.units) : 0;
  const perTerm = input.matched > 0 ? input.weight / input.matched : 0;
  const strength = Math.min(1, Math.log2(1 + perTerm) / Math.log2(1 + 2 * FIELD_WEIGHT.title));
  const ageDays = Math.max(0, input.now.getTime() - new Date(input.updatedAt).getTime()) / DAY;
  const recency = 2 ** (-ageDays / RECENCY_HALF_LIFE_DAYS);
  return 0.7 * coverage + 0.2 * strength + 0.1 * recency;
}
