/**
 * Text as the search index sees it: Unicode NFKC (which also turns
 * half-width katakana into full-width and full-width ASCII into ASCII),
 * then lower case. Punctuation and spaces only separate runs of letters
 * and digits; they are never indexed. Every normalised character remembers
 * where it came from, so matches can be highlighted in the original text.
 */

/** Normalised text with, per UTF-16 unit, the range of the original it came from. */
export interface NormalisedText {
  text: string;
  /** Original offset (UTF-16) where the character at each index starts. */
  starts: number[];
  /** Original offset (UTF-16) where the character at each index ends. */
  ends: number[];
}

/** A run of letters and digits in normalised text, as code points with their positions. */
export interface TextRun {
  codePoints: number[];
  /** Index in the normalised text of each code point. */
  positions: number[];
  /** Index in the normalised text just after the run. */
  end: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const JOINS_PREVIOUS = /[\p{M}\uFF9E\uFF9F]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC]/u;

/**
 * Normalises text and keeps the offset map. Characters are normalised in
 * clusters (a base and the marks that follow it, including half-width
 * voiced sound marks), so ｶﾞ becomes ガ and maps back to both originals.
 */
export function normaliseWithOffsets(original: string): NormalisedText {
  const result: NormalisedText = { text: '', starts: [], ends: [] };
  let clusterStart = 0;
  let index = 0;
  const flush = (end: number) => {
    if (end <= clusterStart) return;
    const normalised = original.slice(clusterStart, end).normalize('NFKC').toLowerCase();
    for (let unit = 0; unit < normalised.length; unit += 1) {
      result.starts.push(clusterStart);
      result.ends.push(end);
    }
    result.text += normalised;
    clusterStart = end;
  };
  while (index < original.length) {
    const codePoint = original.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (index > clusterStart && !JOINS_PREVIOUS.test(String.fromCodePoint(codePoint))) {
      flush(index);
    }
    index += width;
  }
  flush(original.length);
  return result;
}

/** Normalised text only (NFKC, lower case). */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function isCjk(character: string): boolean {
  return CJK.test(character);
}

/**
 * The runs of letters and digits of normalised text. A run also ends where
 * Japanese (or other CJK) script meets another script, so `SSO設定` and
 * `SSO 設定` give the same runs. Combining marks stay with their base.
 */
export function runsOf(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  let currentCjk = false;
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index) as number;
    const character = String.fromCodePoint(codePoint);
    const width = character.length;
    if (!WORD_CHARACTER.test(character)) {
      current = null;
    } else {
      const mark = /\p{M}/u.test(character);
      const cjk: boolean = mark && current ? currentCjk : isCjk(character);
      if (!current || (cjk !== currentCjk && !mark)) {
        current = { codePoints: [], positions: [], end: index };
        runs.push(current);
        currentCjk = cjk;
      }
      current.codePoints.push(codePoint);
      current.positions.push(index);
      current.end = index + width;
    }
    index += width;
  }
  return runs;
}
