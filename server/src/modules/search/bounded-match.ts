import type { EntityManager } from 'typeorm';
import { lookup, newest, newestWithAll, rarities, unitsOf, type Row, type Unit } from './match-sql';
import type { MatchOptions } from './search-matcher';

/**
 * Documents examined per query at most: the newest that contain the
 * query's rarest units. Bounds the cost of a query over common bigrams
 * ("in", "の") whatever the size of the index; a match older than this
 * many newer candidates is not found (recency ranks anyway).
 */
export const CANDIDATE_LIMIT = 300;

/**
 * Units joined for an AND query: the rarest of each word first. More are
 * looked up afterwards for the joined matches, so a longer query finds its
 * matches among the newest CANDIDATE_LIMIT that have these units.
 */
const MAX_JOINED_UNITS = 16;

/** Newest entries read per unit to estimate how rare it is. */
const RARITY_SAMPLE = 100;

/** A document with enough of the query, before visibility and ranking. */
export interface MatchedDocument {
  docId: number;
  /** Query units it contains. */
  matched: number;
  /** Their summed weights (occurrences times field weight). */
  weight: number;
}

/**
 * Units in rarity order, except that after the rarest unit come the
 * rarest units of the query's other words: bigrams of one word occur
 * together ("CSV" and "import" of "CSV import" in every such ticket), so
 * a document is more likely to lack a unit of another word, which ends
 * its part of the join (or its candidacy) sooner.
 */
function spreadOverWords(order: number[], runs: readonly number[]): number[] {
  if (runs.length === 0) return order;
  const seen = new Set<number>();
  const leaders = order.filter((index) => {
    if (seen.has(runs[index])) return false;
    seen.add(runs[index]);
    return true;
  });
  return [...leaders, ...order.filter((index) => !leaders.includes(index))];
}

/** What is known of one candidate so far. */
interface Candidate extends MatchedDocument {
  /** Units not known yet for this document. */
  unknown: Set<number>;
}

/**
 * The documents containing at least `minMatched` (default all) of the
 * query's units, among the newest `limit` candidates, with bounded cost:
 *
 * 1. the units are ordered rarest first (rarities);
 * 2. a document with k of n units contains one of any n - k + 1 of them,
 *    so the candidates are the newest `limit` documents among the newest
 *    entries of the rarest n - k + 1 units (a backward range scan of the
 *    primary key each);
 * 3. the other units are looked up for the candidates only, rarest first,
 *    in rounds of growing size, dropping after each round the candidates
 *    that can no longer reach k: an all-units query keeps few candidates
 *    after its first round.
 *
 * The SQL is plain (UNION ALL of bounded subqueries, primary-key points),
 * the same on SQLite, MySQL and MariaDB. Documents come unordered; ranking
 * is the caller's.
 */
export async function findMatches(
  manager: EntityManager,
  options: MatchOptions,
  limit = CANDIDATE_LIMIT,
): Promise<MatchedDocument[]> {
  const units = unitsOf(options);
  const count = units.length;
  if (count === 0) return [];
  const needed = Math.min(count, options.minMatched ?? count);
  const exact = units[0].exact;
  const rarity = exact
    ? await rarities(manager, options, units, RARITY_SAMPLE)
    : units.map(() => 0);
  // More absent bigrams than the query may miss: nothing can match.
  if (exact && rarity.filter((value) => value === 0).length > count - needed) return [];
  const order = spreadOverWords(
    units.map((_unit, index) => index).sort((a, b) => rarity[a] - rarity[b]),
    options.query.bigramRuns,
  );

  // AND queries join their rarest units; others start from the union of
  // the rarest n - k + 1 units' newest entries.
  const joined = exact && needed === count && count >= 2;
  const first = joined ? order.slice(0, MAX_JOINED_UNITS) : order.slice(0, count - needed + 1);
  const pairs = first.map((index): [number, Unit] => [index, units[index]]);
  const rows = joined
    ? await newestWithAll(manager, options, pairs, limit)
    : await newest(manager, options, pairs, limit);
  const horizon = new Map<number, number>();
  for (const index of first) {
    const own = rows.filter((row) => Number(row.unit) === index).map((row) => Number(row.docId));
    const complete = joined || own.length < limit || !units[index].exact;
    horizon.set(index, complete ? -Infinity : Math.min(...own));
  }
  const pool = [...new Set(rows.map((row) => Number(row.docId)))].sort((a, b) => b - a);
  const candidates = new Map<number, Candidate>();
  for (const docId of pool.slice(0, limit)) {
    const unknown = new Set(
      order.filter((index) => !first.includes(index) || docId < (horizon.get(index) as number)),
    );
    candidates.set(docId, { docId, matched: 0, weight: 0, unknown });
  }
  const record = (found: Row[]) => {
    for (const row of found) {
      const candidate = candidates.get(Number(row.docId));
      if (!candidate) continue;
      candidate.matched += 1;
      candidate.weight += Number(row.weight);
    }
  };
  const prune = () => {
    for (const [docId, candidate] of candidates) {
      if (candidate.matched + candidate.unknown.size < needed) candidates.delete(docId);
    }
  };
  record(rows.filter((row) => Number(row.docId) >= (horizon.get(Number(row.unit)) as number)));
  prune();

  let round = 1;
  for (let next = 0; next < order.length && candidates.size > 0; round *= 2) {
    const batch = order.slice(next, next + round);
    next += round;
    const wanted = new Map<number, number[]>();
    for (const index of batch) {
      const docIds = [...candidates.values()]
        .filter((c) => c.unknown.has(index))
        .map((c) => c.docId);
      if (docIds.length > 0) wanted.set(index, docIds);
    }
    if (wanted.size === 0) continue;
    record(await lookup(manager, options, units, wanted));
    for (const [index, docIds] of wanted) {
      for (const docId of docIds) candidates.get(docId)?.unknown.delete(index);
    }
    prune();
  }
  return [...candidates.values()].map(({ docId, matched, weight }) => ({ docId, matched, weight }));
}
