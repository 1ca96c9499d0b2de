import type { ReactNode } from 'react';
import type { SearchField } from '../../gql/graphql';

/** A range of a text in UTF-16 code units, end exclusive (the API's TextRange). */
export interface TextRange {
  start: number;
  end: number;
}

/** A highlight of a search hit: a range within one field (and list entry). */
export interface FieldRange extends TextRange {
  field: SearchField;
  item: number;
}

/** The ranges of one field (and one entry of a list field), for Highlighted. */
export function rangesOf(
  highlights: readonly FieldRange[],
  field: SearchField,
  item = 0,
): TextRange[] {
  return highlights.filter((range) => range.field === field && range.item === item);
}

/**
 * Sorted, in-bounds, non-overlapping ranges: the API's ranges are trusted
 * for position only, so a stale or overlapping one cannot garble the text.
 */
function cleanRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges]
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Props of Highlighted. */
export interface HighlightedProps {
  text: string;
  ranges: readonly TextRange[];
}

/** Text with the matched ranges in `<mark>`; rendered as text, never as HTML. */
export function Highlighted({ text, ranges }: HighlightedProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of cleanRanges(text, ranges)) {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(<mark key={range.start}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
