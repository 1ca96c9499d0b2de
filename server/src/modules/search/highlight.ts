import { normaliseWithOffsets, runsOf } from './normalise';
import type { SearchQuery } from './search-query';

/** A range of the original text, in UTF-16 code units (JavaScript string indices). */
export interface TextRange {
  start: number;
  end: number;
}

/** Substrings (length 2 and more) of the query's runs: what may be highlighted. */
function queryPieces(query: SearchQuery): { pieces: Set<string>; whole: Set<string> } {
  const pieces = new Set<string>();
  for (const run of query.runs) {
    const points = [...run];
    for (let start = 0; start < points.length; start += 1) {
      let piece = points[start];
      for (let end = start + 1; end < points.length; end += 1) {
        piece += points[end];
        pieces.add(piece);
      }
    }
  }
  return { pieces, whole: new Set(query.runs) };
}

function merge(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Where the query occurs in `text`, as ranges of the original text. A
 * stretch of a word is marked when it is a piece of a query word at least
 * three characters long, or a whole query word: two stray letters that
 * happen to be a query bigram ("in" of "invoice" inside "within") are not.
 * A one-character query marks each occurrence of its characters.
 */
export function highlight(text: string, query: SearchQuery): TextRange[] {
  if (!text) return [];
  const normalised = normaliseWithOffsets(text);
  const ranges: TextRange[] = [];
  const mark = (from: number, to: number) =>
    ranges.push({ start: normalised.starts[from], end: normalised.ends[to - 1] });
  const characters = new Set(query.characters.map((unit) => unit.term));
  const { pieces, whole } = queryPieces(query);
  for (const run of runsOf(normalised.text)) {
    const points = run.codePoints;
    for (let start = 0; start < points.length; start += 1) {
      if (characters.has(points[start])) {
        mark(
          run.positions[start],
          run.positions[start] + String.fromCodePoint(points[start]).length,
        );
        continue;
      }
      let piece = String.fromCodePoint(points[start]);
      let longest = 0;
      for (let end = start + 1; end < points.length; end += 1) {
        piece += String.fromCodePoint(points[end]);
        if (!pieces.has(piece)) break;
        if (end - start + 1 >= 3 || whole.has(piece)) longest = end;
      }
      if (longest > 0) {
        const width = String.fromCodePoint(points[longest]).length;
        mark(run.positions[start], run.positions[longest] + width);
      }
    }
  }
  return merge(ranges);
}

/** A short excerpt of a text around its first highlight, with highlights inside it. */
export interface Snippet {
  text: string;
  highlights: TextRange[];
}

/**
 * About `length` characters of `text` around the first range (the start
 * when there is none), cut at whitespace where one is near, with an
 * ellipsis where text was left out. Ranges are shifted into the snippet.
 */
export function snippet(text: string, ranges: TextRange[], length = 160): Snippet {
  const flat = text.replace(/\s+/g, ' ');
  // Collapsing whitespace moves offsets; recompute them on the flattened text.
  const shift = (offset: number) => text.slice(0, offset).replace(/\s+/g, ' ').length;
  const moved = ranges.map((range) => ({ start: shift(range.start), end: shift(range.end) }));
  if (flat.length <= length) return { text: flat, highlights: moved };
  const first = moved[0]?.start ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), flat.length - length));
  const space = flat.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < Math.min(start + 15, first)) start = space + 1;
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start])) start -= 1;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length && /[\uD800-\uDBFF]/.test(flat[end - 1])) end += 1;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const highlights = moved
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({
      start: Math.max(range.start, start) - start + prefix.length,
      end: Math.min(range.end, end) - start + prefix.length,
    }));
  return { text: `${prefix}${flat.slice(start, end)}${suffix}`, highlights };
}
