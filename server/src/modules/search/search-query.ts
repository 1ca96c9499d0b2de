import { normalise, runsOf } from './normalise';
import { bigramTerm, documentKeyTerm, prefixRange, unigramTerm } from './terms';

/** A character looked for on its own: as an indexed character or as the start of a bigram. */
export interface CharacterUnit {
  term: number;
  range: [number, number];
}

/**
 * What a query looks for. Text of two or more characters becomes its
 * distinct bigrams; a query whose every run is a single character looks
 * for those characters. `runs` (normalised) drive the highlighting.
 */
export interface SearchQuery {
  bigrams: number[];
  /** For each bigram, the run (word) of the query it first came from. */
  bigramRuns: number[];
  characters: CharacterUnit[];
  runs: string[];
  /** Exact-match terms of affected document IDs (duplicate check). */
  documentKeys: number[];
}

/** Units a query may have; more (a pasted description) are cut, title first. */
export const MAX_QUERY_UNITS = 64;

/** Parses query text (and document IDs) into what the index can look up. */
export function parseQuery(
  text: string,
  documentIds: readonly string[] = [],
  maxUnits = MAX_QUERY_UNITS,
): SearchQuery {
  const runs = runsOf(normalise(text));
  const bigrams = new Map<number, number>();
  const characters = new Map<number, CharacterUnit>();
  for (const [position, run] of runs.entries()) {
    const points = run.codePoints;
    for (let index = 0; index + 1 < points.length && bigrams.size < maxUnits; index += 1) {
      const term = bigramTerm(points[index], points[index + 1]);
      if (!bigrams.has(term)) bigrams.set(term, position);
    }
    if (points.length === 1 && characters.size < maxUnits) {
      characters.set(points[0], { term: unigramTerm(points[0]), range: prefixRange(points[0]) });
    }
  }
  const keys = documentIds.map(documentKeyTerm).filter((key): key is number => key !== null);
  return {
    bigrams: [...bigrams.keys()],
    bigramRuns: [...bigrams.values()],
    characters: bigrams.size > 0 ? [] : [...characters.values()],
    runs: runs.map((run) => String.fromCodePoint(...run.codePoints)),
    documentKeys: [...new Set(keys)],
  };
}

/** How many units the query has (bigrams, or characters when there are none). */
export function unitCount(query: SearchQuery): number {
  return query.bigrams.length > 0 ? query.bigrams.length : query.characters.length;
}
