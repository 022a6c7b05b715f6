/**
 * A UUID derived from a string (RFC 9562 version 8, "custom"): the same session exports the same
 * GUIDs every time, so a re-export into a QDA tool updates instead of duplicating, and golden
 * tests are stable. Four independent 32-bit FNV-1a/murmur-mixed hashes give 128 bits; this is not
 * cryptographic, only collision-resistant enough for the few thousand items of one project.
 */
function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export function stableUuid(seed: string): string {
  const hex = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f].map((k) => hash32(seed, k).toString(16).padStart(8, '0')).join('');
  const b = hex.split('');
  b[12] = '8'; // version 8
  b[16] = ((parseInt(b[16]!, 16) & 0x3) | 0x8).toString(16); // RFC variant
  const h = b.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
