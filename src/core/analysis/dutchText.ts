/**
 * Small text helpers shared by the analysis rules: one normal form for Dutch text so that
 * "Oké", "oke" and "OKÉ" compare equal, and a tokenizer that keeps word positions.
 */

/** Lower case, diacritics removed, curly quotes straightened. Keeps the string's length meaningfully close but not equal. */
const NON_ASCII = /[\u0080-\uffff]/;

export function foldText(text: string): string {
  // Fast path: most transcript text is plain ASCII (the analysis runs over thousands of segments).
  if (!NON_ASCII.test(text)) return text.includes('`') ? text.toLowerCase().replace(/`/g, "'") : text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase();
}

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
  return tokenize(foldText(text)).map((t) => t.word);
}

/** Non-verbal markers such as "[lacht]" or "(zucht)" are not words of the sentence. */
export function stripMarkers(text: string): string {
  if (!/[[(]/.test(text)) return text.trim();
  return text.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
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
