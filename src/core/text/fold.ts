/**
 * The one way text is folded before it is compared: the spiegel's rules, emotion words, transcript
 * search, the question bank's merge key and search, and a leervraag naming an uitgangspunt all use
 * it, so "Oké", "oke" and "OKÉ" are the same word everywhere in the product.
 *
 * The rule, per character:
 * - lower case;
 * - accents and other combining marks dropped (é → e, ë → e, a lone U+0301 → nothing);
 * - letters opened to their plain form (the Dutch ĳ → ij, ﬁ → fi, full-width Ａ → a);
 * - typographic apostrophes and the acute/grave accent typed as an apostrophe become "'"
 *   (so "collega’s" = "collega's");
 * - everything else (punctuation, "…", digits, spaces) stays as it is: the question rules read
 *   "?" and "…", so they must survive.
 */

const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02bc', '`', '\u00b4']);
const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;
const LETTER = /\p{L}/u;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

// Transcripts use few distinct characters; remembering their folds keeps long texts cheap. Bounded,
// so text in many scripts cannot grow it without limit.
const cache = new Map<string, string>();
const CACHE_MAX = 4096;

/** One character (one code point) folded; the result may be empty (a mark) or longer (ĳ → ij). */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c === 96 ? "'" : ch;
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (APOSTROPHES.has(ch)) out = "'";
  else if (MARK.test(ch)) out = '';
  else if (LETTER.test(ch)) out = ch.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(MARKS, '');
  else out = ch;
  if (cache.size < CACHE_MAX) cache.set(ch, out);
  return out;
}

/** The folded text. Its length may differ from the input's; use `foldKeepingOffsets` for offsets. */
export function fold(text: string): string {
  // Fast path: most transcript text is plain ASCII (the analysis runs over thousands of segments).
  if (!NON_ASCII.test(text)) return text.includes('`') ? text.toLowerCase().replace(/`/g, "'") : text.toLowerCase();
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/**
 * The same fold, but every offset in the result is the offset in `text` (for marking a match in the
 * original): a character whose fold is shorter is padded with spaces (a dropped mark becomes a
 * space), one whose fold is longer is cut (ĳ → i).
 */
export function foldKeepingOffsets(text: string): string {
  if (!NON_ASCII.test(text)) return fold(text);
  let out = '';
  for (const ch of text) {
    const f = foldChar(ch);
    out += f.length === ch.length ? f : f.length > ch.length ? f.slice(0, ch.length) : f.padEnd(ch.length, ' ');
  }
  return out;
}
