import { createHash } from 'node:crypto';
import { normalise, runsOf, type TextRun } from './normalise';

/**
 * Index terms are integers, so that they compare byte for byte on every
 * database (a text column under MySQL's utf8mb4_unicode_ci would treat
 * は, ば and ぱ as equal) and stay small in the B-tree:
 *
 * - a single character is its code point (below 2^21);
 * - a bigram is `first * 2^21 + second`, so every bigram that starts with
 *   a character lies in one range (prefix search for one-character queries);
 * - an affected document ID (purchase order, invoice, expense report) is
 *   `2^42 + 48 bits of its SHA-256`, for exact matches.
 *
 * All stay below 2^53, exact as JavaScript numbers.
 */
const CHARACTER_SPACE = 2 ** 21;
const DOCUMENT_KEY_BASE = 2 ** 42;

/** Weight of one occurrence per field: a title match counts more than a body match. */
export const FIELD_WEIGHT = { title: 4, body: 1, documentId: 2, documentKey: 8 } as const;

/** The largest weight stored (the column is a SMALLINT). */
const MAX_WEIGHT = 32767;

/** The term of one character. */
export function unigramTerm(codePoint: number): number {
  return codePoint;
}

/** The term of two adjacent characters. */
export function bigramTerm(first: number, second: number): number {
  return first * CHARACTER_SPACE + second;
}

/** The inclusive range of the bigram terms that start with the character. */
export function prefixRange(codePoint: number): [number, number] {
  return [codePoint * CHARACTER_SPACE, (codePoint + 1) * CHARACTER_SPACE - 1];
}

/** An affected document ID reduced to letters and digits: `PO-7781` and `ｐｏ ７７８１` agree. */
export function documentKey(id: string): string {
  return normalise(id).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The exact-match term of a document ID; null when it has no letters or digits. */
export function documentKeyTerm(id: string): number | null {
  const key = documentKey(id);
  if (!key) return null;
  const digest = createHash('sha256').update(key).digest();
  return DOCUMENT_KEY_BASE + digest.readUIntBE(0, 6);
}

/**
 * The terms of one run: its bigrams and its last character. Indexing the
 * last character (and the only character of a one-character run) means
 * every character is the start of an indexed bigram or an indexed
 * character, so a one-character query finds every occurrence.
 */
export function runTerms(run: TextRun): number[] {
  const points = run.codePoints;
  const terms: number[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    terms.push(bigramTerm(points[index], points[index + 1]));
  }
  terms.push(unigramTerm(points[points.length - 1]));
  return terms;
}

/** The fields of a document as they are indexed. */
export interface SearchableText {
  title: string;
  body: string;
  documentIds?: readonly string[];
}

function addText(weights: Map<number, number>, text: string, weight: number): void {
  for (const run of runsOf(normalise(text))) {
    for (const term of runTerms(run)) weights.set(term, (weights.get(term) ?? 0) + weight);
  }
}

/** Every term of a document with its weight (occurrences times field weight, capped). */
export function documentTerms(document: SearchableText): Map<number, number> {
  const weights = new Map<number, number>();
  addText(weights, document.title, FIELD_WEIGHT.title);
  addText(weights, document.body, FIELD_WEIGHT.body);
  for (const id of document.documentIds ?? []) {
    addText(weights, id, FIELD_WEIGHT.documentId);
    const key = documentKeyTerm(id);
    if (key !== null) weights.set(key, (weights.get(key) ?? 0) + FIELD_WEIGHT.documentKey);
  }
  for (const [term, weight] of weights) weights.set(term, Math.min(weight, MAX_WEIGHT));
  return weights;
}
