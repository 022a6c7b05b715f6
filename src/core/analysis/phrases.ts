/**
 * Word patterns matched on tokens instead of regular expressions. The analysis reads text a user
 * typed or a speech engine produced (a 100k-character segment without punctuation is possible), so
 * every rule here runs in one pass over the words: a pattern is expanded into its fixed word
 * sequences once, indexed by first word, and matching never backtracks over the text.
 *
 * Pattern syntax, one slot per space: `heb|had je [er] [al] gedacht aan|om`
 *   a|b    one of these words;   [a|b]  optional;   *  any one word.
 */

export interface PhraseIndex {
  byFirst: Map<string, string[][]>;
  /** Patterns that start with `*`. */
  anyFirst: string[][];
  /** Longest sequence, so a match at one place looks at a bounded number of words. */
  maxLen: number;
}

function expand(pattern: string): string[][] {
  let seqs: string[][] = [[]];
  for (const slot of pattern.trim().split(/ +/)) {
    const optional = slot.startsWith('[') && slot.endsWith(']');
    const alts = (optional ? slot.slice(1, -1) : slot).split('|');
    const next: string[][] = [];
    for (const s of seqs) {
      if (optional) next.push(s);
      for (const a of alts) next.push([...s, a]);
    }
    seqs = next;
  }
  return seqs.filter((s) => s.length > 0);
}

export function phraseIndex(patterns: readonly string[]): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  const anyFirst: string[][] = [];
  let maxLen = 0;
  for (const p of patterns) {
    for (const seq of expand(p)) {
      maxLen = Math.max(maxLen, seq.length);
      if (seq[0] === '*') anyFirst.push(seq);
      else {
        const arr = byFirst.get(seq[0]!) ?? [];
        arr.push(seq);
        byFirst.set(seq[0]!, arr);
      }
    }
  }
  return { byFirst, anyFirst, maxLen };
}

function matchesAt(words: readonly string[], i: number, seq: readonly string[]): boolean {
  if (i + seq.length > words.length) return false;
  for (let k = 0; k < seq.length; k++) if (seq[k] !== '*' && seq[k] !== words[i + k]) return false;
  return true;
}

/** Length of the longest pattern that matches at word i, or 0. */
export function matchAt(words: readonly string[], i: number, idx: PhraseIndex): number {
  let best = 0;
  for (const seq of idx.byFirst.get(words[i] ?? '') ?? []) if (seq.length > best && matchesAt(words, i, seq)) best = seq.length;
  for (const seq of idx.anyFirst) if (seq.length > best && matchesAt(words, i, seq)) best = seq.length;
  return best;
}

/** Index of the first word where a pattern matches, or -1. */
export function findPhrase(words: readonly string[], idx: PhraseIndex, from = 0): number {
  for (let i = from; i < words.length; i++) if (matchAt(words, i, idx) > 0) return i;
  return -1;
}

export function hasPhrase(words: readonly string[], idx: PhraseIndex): boolean {
  return findPhrase(words, idx) >= 0;
}

/** Does a pattern match at the start? */
export function startsWithPhrase(words: readonly string[], idx: PhraseIndex): boolean {
  return matchAt(words, 0, idx) > 0;
}

/** Does a pattern match so that it ends with the last word? Looks back at most maxLen words. */
export function endsWithPhrase(words: readonly string[], idx: PhraseIndex): boolean {
  for (let i = Math.max(0, words.length - idx.maxLen); i < words.length; i++) {
    for (const seq of [...(idx.byFirst.get(words[i]!) ?? []), ...idx.anyFirst]) if (i + seq.length === words.length && matchesAt(words, i, seq)) return true;
  }
  return false;
}

/** A set of single words, for the common case. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}
