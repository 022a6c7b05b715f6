/**
 * The key under which near-identical questions are merged in the question bank. Deliberately
 * simple so a trainer can predict it: case, accents, punctuation and spacing do not count, and a
 * leading "en" or "maar" (how spoken questions often start) is dropped.
 *   "En wat gebeurde er toen?"  and  "wat gebeurde er toen"  → "wat gebeurde er toen"
 */
export function foldDiacritics(s: string): string {
  // Plain ASCII has nothing to fold; skipping NFKD there is most of the cost saved.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(s)) return s;
  return s.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export function normaliseQuestion(text: string): string {
  let s = foldDiacritics(text).toLowerCase();
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  s = s.replace(/^(?:(?:en|maar) )+/u, '');
  return s;
}

/** For search: case- and accent-insensitive, but punctuation kept so "o.a." can be found. */
export function searchKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ');
}
