import { fold } from '../text/fold';

/**
 * The key under which near-identical questions are merged in the question bank. Deliberately
 * simple so a trainer can predict it: case, accents, punctuation and spacing do not count, and a
 * leading "en" or "maar" (how spoken questions often start) is dropped.
 *   "En wat gebeurde er toen?"  and  "wat gebeurde er toen"  → "wat gebeurde er toen"
 */
export function normaliseQuestion(text: string): string {
  let s = fold(text);
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  s = s.replace(/^(?:(?:en|maar) )+/u, '');
  return s;
}

/** For search: case- and accent-insensitive, but punctuation kept so "o.a." can be found. */
export function searchKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ');
}
