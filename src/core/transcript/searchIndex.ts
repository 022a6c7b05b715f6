import type { Segment } from '../session/model';
import { dutchStem } from './dutchStem';
import { foldChar } from '../text/fold';

/**
 * Transcript search: case- and diacritic-insensitive (ë = e, ĳ = ij), with Dutch stemming so
 * "vragen" finds "vraag" and "gelopen" finds "loop". Several words must all occur in a segment
 * (AND); a "quoted phrase" must occur as it is written (after normalising, without stemming).
 * Query words of three letters or more also match as a prefix, for search-as-you-type.
 */

export interface SearchHit {
  segmentId: string;
  start: number;
  /** [from, to) character offsets into the segment's text, sorted and not overlapping. */
  ranges: [number, number][];
}

interface Word {
  norm: string;
  from: number;
  to: number;
}

interface Entry {
  norm: string;
  keys: string[];
  /** Pairs (segment index, word index), flattened. */
  postings: number[];
}

export interface SearchIndex {
  segments: { id: string; start: number; words: Word[] }[];
  vocabulary: Entry[];
  byNorm: Map<string, Entry>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Words with their place in the original text. */
export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  let norm = '';
  let from = -1;
  let i = 0;
  for (const ch of text) {
    const n = foldChar(ch);
    const isWord = n !== '' && WORD_CHAR.test(n[0]!);
    if (isWord) {
      if (from < 0) from = i;
      norm += n;
    } else if (from >= 0 && n === '' && /\p{M}/u.test(ch)) {
      // A lone combining mark inside a word stays part of it.
    } else if (from >= 0) {
      words.push({ norm, from, to: i });
      norm = '';
      from = -1;
    }
    i += ch.length;
  }
  if (from >= 0) words.push({ norm, from, to: i });
  return words;
}

/** The stems a word is known by: its Snowball stem, and for a ge- participle the stem without it. */
export function searchKeys(norm: string): string[] {
  const keys = [dutchStem(norm)];
  if (norm.startsWith('ge') && norm.length >= 6) {
    const rest = norm.slice(2);
    keys.push(dutchStem(rest));
    // gevraagd → vraag, gewerkt → werk
    if (rest.endsWith('d') || rest.endsWith('t')) keys.push(dutchStem(rest.slice(0, -1)));
  }
  return keys;
}

export function buildSearchIndex(segments: readonly Pick<Segment, 'id' | 'start' | 'text'>[]): SearchIndex {
  const byNorm = new Map<string, Entry>();
  const vocabulary: Entry[] = [];
  const segs = segments.map((s, si) => {
    const words = tokenize(s.text);
    words.forEach((w, wi) => {
      let e = byNorm.get(w.norm);
      if (!e) {
        e = { norm: w.norm, keys: searchKeys(w.norm), postings: [] };
        byNorm.set(w.norm, e);
        vocabulary.push(e);
      }
      e.postings.push(si, wi);
    });
    return { id: s.id, start: s.start, words };
  });
  return { segments: segs, vocabulary, byNorm };
}

type Term = { kind: 'word'; norm: string } | { kind: 'phrase'; words: string[] };

function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  const parts = query.split('"');
  parts.forEach((part, k) => {
    const words = tokenize(part).map((w) => w.norm);
    // Odd parts are inside quotes (an unclosed quote runs to the end).
    if (k % 2 === 1 && words.length > 0) terms.push({ kind: 'phrase', words });
    else for (const w of words) terms.push({ kind: 'word', norm: w });
  });
  return terms;
}

/** Segment index → ranges, for one term. */
function matchTerm(index: SearchIndex, term: Term): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const add = (si: number, r: [number, number]): void => {
    const l = out.get(si);
    if (l) l.push(r);
    else out.set(si, [r]);
  };
  if (term.kind === 'word') {
    const qKeys = searchKeys(term.norm);
    const prefix = term.norm.length >= 3;
    for (const e of index.vocabulary) {
      const hit = (prefix && e.norm.startsWith(term.norm)) || e.keys.some((k) => qKeys.includes(k));
      if (!hit) continue;
      for (let p = 0; p < e.postings.length; p += 2) {
        const w = index.segments[e.postings[p]!]!.words[e.postings[p + 1]!]!;
        add(e.postings[p]!, [w.from, w.to]);
      }
    }
    return out;
  }
  const first = index.byNorm.get(term.words[0]!);
  if (!first) return out;
  for (let p = 0; p < first.postings.length; p += 2) {
    const si = first.postings[p]!;
    const wi = first.postings[p + 1]!;
    const words = index.segments[si]!.words;
    let k = 1;
    while (k < term.words.length && words[wi + k]?.norm === term.words[k]) k++;
    if (k === term.words.length) add(si, [words[wi]!.from, words[wi + k - 1]!.to]);
  }
  return out;
}

function mergeRanges(rs: [number, number][]): [number, number][] {
  rs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of rs) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Segments matching every term of the query, in transcript order. An empty query finds nothing. */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  let acc: Map<number, [number, number][]> | null = null;
  for (const t of terms) {
    const m = matchTerm(index, t);
    if (acc === null) acc = m;
    else {
      const next = new Map<number, [number, number][]>();
      for (const [si, rs] of acc) {
        const more = m.get(si);
        if (more) next.set(si, rs.concat(more));
      }
      acc = next;
    }
    if (acc.size === 0) return [];
  }
  return [...acc!.keys()]
    .sort((a, b) => a - b)
    .map((si) => ({ segmentId: index.segments[si]!.id, start: index.segments[si]!.start, ranges: mergeRanges(acc!.get(si)!) }));
}
