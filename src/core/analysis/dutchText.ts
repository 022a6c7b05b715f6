/**
 * Small text helpers shared by the analysis rules: a tokenizer that keeps word positions in text
 * folded by the product's one fold (src/core/text/fold.ts), so "Oké", "oke" and "OKÉ" compare equal.
 */
import { fold } from '../text/fold';

const NON_ASCII = /[\u0080-\uffff]/;

export interface Token {
  /** Folded word (lower case, no diacritics). */
  word: string;
  /** Offset of the word in the folded text. */
  index: number;
}

// Letters, digits and inner apostrophes/hyphens ("'s", "collega's", "bol-variant").
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|'s\b/gu;

const WORD_ASCII = /[a-z0-9]+(?:['-][a-z0-9]+)*|'s\b/g;

export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  const re = NON_ASCII.test(folded) ? WORD : WORD_ASCII;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) out.push({ word: m[0], index: m.index });
  return out;
}

/** Words only, folded. */
export function words(text: string): string[] {
  return tokenize(fold(text)).map((t) => t.word);
}

export interface MarkerSpan {
  /** The marker with its brackets or stars. */
  from: number;
  to: number;
  /** What is inside. */
  innerFrom: number;
  innerTo: number;
}

const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '*': '*' };

/**
 * Where the non-verbal markers are: "[lacht]", "(zucht)" and, with `stars`, "*stilte*". The same
 * result as the regular expression that alternates "[", anything but "]", "]" (and likewise for
 * parentheses and stars), found in one pass: the next
 * closing character is looked up in a table built from the right, so an unclosed "[" in a long text
 * costs one step instead of a scan to the end (a regex engine rescans for every "[").
 */
export function markerSpans(text: string, stars = false): MarkerSpan[] {
  const out: MarkerSpan[] = [];
  if (!/[[(*]/.test(text)) return out;
  const next: Record<string, Int32Array> = {};
  for (const close of stars ? [']', ')', '*'] : [']', ')']) {
    const arr = new Int32Array(text.length + 1);
    arr[text.length] = -1;
    for (let i = text.length - 1; i >= 0; i--) arr[i] = text[i] === close ? i : arr[i + 1]!;
    next[close] = arr;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const close = CLOSERS[ch];
    if (!close || (ch === '*' && !stars)) continue;
    const j = next[close]![i + 1]!;
    // "**" is not a marker: the star form needs at least one character inside.
    if (j < 0 || (ch === '*' && j === i + 1)) continue;
    out.push({ from: i, to: j + 1, innerFrom: i + 1, innerTo: j });
    i = j;
  }
  return out;
}

/** The text with every marker replaced by spaces of the same length (offsets stay valid). */
export function blankMarkers(text: string, spans: readonly MarkerSpan[]): string {
  if (!spans.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.from), ' '.repeat(s.to - s.from));
    at = s.to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Non-verbal markers such as "[lacht]" or "(zucht)" are not words of the sentence. */
export function stripMarkers(text: string): string {
  const spans = markerSpans(text);
  if (!spans.length) return text.trim();
  return blankMarkers(text, spans).replace(/\s+/g, ' ').trim();
}

export interface Sentence {
  text: string;
  /** Offset in the original utterance. */
  offset: number;
}

/**
 * Splits after . ? ! … (one or more) followed by white space, and at line breaks.
 * Text without any terminal punctuation stays one sentence; the question rules then read word order.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.?!…\n]*(?:[.?!…]+|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) out.push({ text: trimmed, offset: m.index + lead });
  }
  return out;
}
