import type { EntityManager } from 'typeorm';
import type { MatchOptions } from './search-matcher';

/*
 * The SQL of bounded matching (bounded-match.ts): plain SELECTs, UNION ALL
 * and self-joins over search_term that read the same on SQLite, MySQL and
 * MariaDB, each bounded by a LIMIT or by the candidates it is given.
 */

/** Documents per `docId IN (...)` list of a lookup. */
const IN_LIST_SIZE = 100;

/** Points per SELECT of a lookup (see lookup). */
const POINTS_PER_SELECT = 400;

/** Index entries scanned per one-character unit (a range of bigrams). */
const CHARACTER_SCAN_BOUND = 6000;

/** One query unit as SQL: a bigram, or a character and the bigrams it starts. */
export interface Unit {
  condition: string;
  parameters: number[];
  /** A bigram: its entries are one range of the primary key, in document order. */
  exact: boolean;
}

export type Row = { unit: number | string; docId: number | string; weight: number | string };

/** The query's units as SQL conditions. */
export function unitsOf(options: MatchOptions): Unit[] {
  const { query } = options;
  if (query.bigrams.length > 0) {
    return query.bigrams.map((term) => ({
      condition: 'term = ?',
      parameters: [term],
      exact: true,
    }));
  }
  return query.characters.map((unit) => ({
    condition: '(term = ? OR term BETWEEN ? AND ?)',
    parameters: [unit.term, ...unit.range],
    exact: false,
  }));
}

/** `AND scope = ?` and its parameter, for customers' searches. */
function scopeOf(options: MatchOptions): [string, number[]] {
  return options.scope === undefined ? ['', []] : [' AND scope = ?', [options.scope]];
}

/**
 * How rare each unit is, in one round trip: how many of its newest
 * `limit` entries exist and how far back (to which document) they reach.
 * Entries per document between there and the newest document estimate
 * the unit's frequency; fewer than `limit` entries are all of them.
 */
export async function rarities(
  manager: EntityManager,
  options: MatchOptions,
  units: Unit[],
  limit: number,
): Promise<number[]> {
  // One unit needs no order; its candidates' scan shows whether it occurs at all.
  if (units.length === 1) return [1];
  const [scope, scopeParameters] = scopeOf(options);
  const parts = units.map(
    (unit, index) =>
      `SELECT ${index} AS unit, COUNT(*) AS entries, MIN(docId) AS reached, MAX(docId) AS latest FROM (SELECT docId FROM search_term WHERE docType = ? AND ${unit.condition}${scope} ORDER BY docId DESC LIMIT ${limit}) rarity${index}`,
  );
  const rows: Array<{
    unit: number | string;
    entries: unknown;
    reached: unknown;
    latest: unknown;
  }> = await manager.query(
    parts.join(' UNION ALL '),
    units.flatMap((unit) => [options.docType, ...unit.parameters, ...scopeParameters]),
  );
  const newestId = Math.max(1, ...rows.map((row) => Number(row.latest ?? 0)));
  const result = units.map(() => 0);
  for (const row of rows) {
    const entries = Number(row.entries);
    const span = entries < limit ? newestId : newestId - Number(row.reached) + 1;
    result[Number(row.unit)] = entries / Math.max(span, 1);
  }
  return result;
}

/** The newest entries of each unit (at most `limit` each), in one round trip. */
export async function newest(
  manager: EntityManager,
  options: MatchOptions,
  units: Array<[number, Unit]>,
  limit: number,
): Promise<Row[]> {
  const [scope, scopeParameters] = scopeOf(options);
  const parts = units.map(([index, unit]) =>
    unit.exact
      ? `SELECT ${index} AS unit, docId, weight FROM (SELECT docId, weight FROM search_term WHERE docType = ? AND ${unit.condition}${scope} ORDER BY docId DESC LIMIT ${limit}) newest${index}`
      : `SELECT ${index} AS unit, docId, MAX(weight) AS weight FROM (SELECT docId, weight FROM search_term WHERE docType = ? AND ${unit.condition}${scope} LIMIT ${CHARACTER_SCAN_BOUND}) newest${index} GROUP BY docId`,
  );
  return manager.query(
    parts.join(' UNION ALL '),
    units.flatMap(([, unit]) => [options.docType, ...unit.parameters, ...scopeParameters]),
  );
}

/**
 * The newest `limit` documents containing every one of the bigram units,
 * with their weights: a self-join of search_term per unit, the rarest
 * first, read from the newest entry of the rarest unit backwards until
 * `limit` documents have them all. Every step after the first is a
 * primary-key point, and a document stops at the first unit it lacks, so
 * the cost is bounded by the rarest unit's entries; the match is exact
 * however old. The join order is forced (STRAIGHT_JOIN on MySQL, CROSS
 * JOIN on SQLite): both databases estimate every term at the average
 * frequency and could otherwise drive the join from a common bigram.
 */
export async function newestWithAll(
  manager: EntityManager,
  options: MatchOptions,
  units: Array<[number, Unit]>,
  limit: number,
): Promise<Row[]> {
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const scoped = options.scope !== undefined;
  const joins = units
    .slice(1)
    .map(
      (_unit, index) =>
        `${sqlite ? 'CROSS JOIN' : 'JOIN'} search_term t${index + 1} ON t${index + 1}.docType = t0.docType AND t${index + 1}.term = ? AND t${index + 1}.docId = t0.docId`,
    );
  const weights = units.map((_unit, index) => `t${index}.weight AS w${index}`).join(', ');
  const rows: Array<Record<string, number | string>> = await manager.query(
    `SELECT ${sqlite ? '' : 'STRAIGHT_JOIN '}t0.docId AS docId, ${weights} FROM search_term t0 ${joins.join(' ')}
     WHERE t0.docType = ? AND t0.term = ?${scoped ? ' AND t0.scope = ?' : ''}
     ORDER BY t0.docId DESC LIMIT ${limit}`,
    [
      ...units.slice(1).map(([, unit]) => unit.parameters[0]),
      options.docType,
      units[0][1].parameters[0],
      ...(scoped ? [options.scope as number] : []),
    ],
  );
  return rows.flatMap((row) =>
    units.map(([index], position) => ({
      unit: index,
      docId: row.docId,
      weight: row[`w${position}`],
    })),
  );
}

/**
 * The (term, documents) pairs of a lookup, packed into statements of at
 * most POINTS_PER_SELECT points, each with at least two disjuncts.
 */
function packLookups(
  units: Unit[],
  wanted: Map<number, number[]>,
): Array<Array<[number, number[]]>> {
  const selects: Array<Array<[number, number[]]>> = [];
  let current: Array<[number, number[]]> = [];
  let points = 0;
  for (const [index, docIds] of wanted) {
    const term = units[index].parameters[0];
    for (let start = 0; start < docIds.length; start += IN_LIST_SIZE) {
      const chunk = docIds.slice(start, start + IN_LIST_SIZE);
      if (points + chunk.length > POINTS_PER_SELECT && current.length > 0) {
        selects.push(current);
        current = [];
        points = 0;
      }
      current.push([term, chunk]);
      points += chunk.length;
    }
  }
  if (current.length > 0) selects.push(current);
  // One disjunct would make `term = ?` a top-level condition again: split it.
  return selects.map((pairs) => {
    const [term, docIds] = pairs[0];
    if (pairs.length > 1 || docIds.length < 2) return pairs;
    const half = Math.ceil(docIds.length / 2);
    return [
      [term, docIds.slice(0, half)],
      [term, docIds.slice(half)],
    ];
  });
}

/**
 * Which of the given documents contain each unit, in one round trip.
 * Bigrams are primary-key points, each SELECT an OR of (term, documents)
 * pairs on purpose: with `term = ? AND docId IN (...)` alone, MySQL and
 * MariaDB may read the term's whole range instead (their statistics
 * assume an average term; common bigrams have tens of thousands of
 * entries). SELECTs stay small because MariaDB's range optimiser gives up
 * (and scans the table) on a few thousand points in one condition.
 * Characters (one-character queries) are a range each.
 */
export async function lookup(
  manager: EntityManager,
  options: MatchOptions,
  units: Unit[],
  wanted: Map<number, number[]>,
): Promise<Row[]> {
  const unitOfTerm = new Map<number, number>();
  const bigrams = new Map<number, number[]>();
  const selects: string[] = [];
  const parameters: number[] = [];
  for (const [index, docIds] of wanted) {
    const unit = units[index];
    if (unit.exact) {
      unitOfTerm.set(unit.parameters[0], index);
      bigrams.set(index, docIds);
      continue;
    }
    selects.push(
      `SELECT ${index} AS unit, docId, MAX(weight) AS weight, NULL AS term FROM search_term WHERE docType = ? AND ${unit.condition} AND docId IN (${docIds.map(() => '?').join(', ')}) GROUP BY docId`,
    );
    parameters.push(options.docType, ...unit.parameters, ...docIds);
  }
  for (const pairs of packLookups(units, bigrams)) {
    const conditions = pairs.map(
      ([, docIds]) => `(term = ? AND docId IN (${docIds.map(() => '?').join(', ')}))`,
    );
    selects.push(
      // The unit of a row is known from its term: -1 until mapped below.
      `SELECT -1 AS unit, docId, weight, term FROM search_term WHERE docType = ? AND (${conditions.join(' OR ')})`,
    );
    parameters.push(options.docType, ...pairs.flatMap(([term, docIds]) => [term, ...docIds]));
  }
  if (selects.length === 0) return [];
  const rows: Array<Row & { term?: number | string }> = await manager.query(
    selects.join(' UNION ALL '),
    parameters,
  );
  return rows.map((row) =>
    Number(row.unit) >= 0
      ? row
      : { unit: unitOfTerm.get(Number(row.term)) as number, docId: row.docId, weight: row.weight },
  );
}
