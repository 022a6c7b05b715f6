import type { Detail, LocalText, Participant, Session } from '../session/model';
import { explainComparison, type Sentence } from './explainComparison';
import { overlaps } from '../session/timeSpan';
import { emptyTable, kappaFromTable, makeBins, markBins, tabulate, unionRanges, type KappaNote, type TimeRange } from './kappa';
import { matchMoments, type MatchPair } from './matchDetails';
import { idRecord } from '../session/ids';

/**
 * How closely two observers saw the same moments. Counts and kappa describe, they never grade.
 * The JSON shape the CLI prints is documented in src/cli/commands/compare.ts.
 */

export const DEFAULT_TOLERANCE_SEC = 3;

export interface CompareOptions {
  /** Two participant ids; default: the participants with role b and c. */
  observers?: readonly [string, string];
  /** Seconds; default 3. */
  tolerance?: number;
  /** Seconds; default 2 × tolerance. */
  binSize?: number;
  /**
   * Limit the comparison to these ranges (e.g. the fragments looked at). Details outside are
   * left out, and kappa's bins cover only these ranges. Default: the whole recording.
   */
  ranges?: readonly TimeRange[];
}

export interface TagComparison {
  label: LocalText;
  /** Matching moments at which both used this tag. */
  matched: number;
  /** B's moments with this tag that C did not tag so at a matching moment. */
  onlyB: number;
  onlyC: number;
  /** matched / (matched + onlyB + onlyC); null when nobody used the tag. */
  share: number | null;
  kappa: number | null;
  kappaNote?: KappaNote;
  bins: number;
  /** Bins in which B and C gave the same answer (both marked, or both not). */
  agree: number;
  /** Bins one would expect to agree by chance alone. */
  expected: number;
  /** Whether the tag is in the lens of B / C (an empty lens counts as every tag). */
  inLens: { b: boolean; c: boolean };
}

export interface PairOut extends MatchPair {
  sameTag: boolean;
  sharedTags: string[];
}

export interface OverallComparison {
  detailsB: number;
  detailsC: number;
  /** Pairs of matching moments. */
  matched: number;
  /** …of which shared at least one tag. */
  sameTag: number;
  differentTag: number;
  onlyB: number;
  onlyC: number;
  /** Kappa pooled over every (bin, tag) cell of the tags in both lenses. */
  kappa: number | null;
  kappaNote?: KappaNote;
  bins: number;
  agree: number;
  expected: number;
}

export interface CompareResult {
  observers: [string, string];
  names: [string, string];
  tolerance: number;
  binSize: number;
  /** Seconds covered by the bins, and where they came from. */
  scope: { source: 'recording' | 'details' | 'ranges'; ranges: TimeRange[] };
  perTag: Record<string, TagComparison>;
  overall: OverallComparison;
  pairs: PairOut[];
  onlyBIds: string[];
  onlyCIds: string[];
  sentences: Sentence[];
}

export type CompareOutcome = { ok: true; value: CompareResult } | { ok: false; error: LocalText };

function observerName(p: Participant): string {
  const n = p.name.trim();
  return n !== '' ? n : p.role.toUpperCase();
}

function touches(d: Detail, ranges: readonly TimeRange[]): boolean {
  return ranges.some((r) => overlaps(d, r));
}

function pickObservers(s: Session, opts: CompareOptions): { ok: true; b: Participant; c: Participant } | { ok: false; error: LocalText } {
  const find = (key: string): Participant | undefined =>
    s.participants.find((p) => p.id === key) ?? s.participants.find((p) => p.name.trim().toLowerCase() === key.trim().toLowerCase());
  if (opts.observers) {
    const [x, y] = opts.observers;
    const b = find(x);
    const c = find(y);
    if (!b || !c) {
      const missing = !b ? x : y;
      return { ok: false, error: { nl: `Geen deelnemer '${missing}' in deze sessie.`, en: `No participant '${missing}' in this session.` } };
    }
    if (b.id === c.id) return { ok: false, error: { nl: 'Kies twee verschillende observatoren.', en: 'Choose two different observers.' } };
    return { ok: true, b, c };
  }
  const b = s.participants.find((p) => p.role === 'b');
  const c = s.participants.find((p) => p.role === 'c');
  if (!b || !c) {
    return {
      ok: false,
      error: {
        nl: 'Deze sessie heeft geen deelnemers met rol b én c; noem twee observatoren met --observers.',
        en: 'This session has no participants with roles b and c; name two observers with --observers.',
      },
    };
  }
  return { ok: true, b, c };
}

/** Bins cover the given ranges, else the recording, else (no duration known) the details' span. */
function scopeOf(s: Session, ds: readonly Detail[], opts: CompareOptions): CompareResult['scope'] {
  if (opts.ranges) return { source: 'ranges', ranges: unionRanges(opts.ranges) };
  const dur = s.recording?.durationSec;
  if (typeof dur === 'number' && dur > 0) return { source: 'recording', ranges: [{ start: 0, end: dur }] };
  const last = ds.reduce((mx, d) => Math.max(mx, d.end ?? d.start), 0);
  return { source: 'details', ranges: last > 0 ? [{ start: 0, end: last }] : [] };
}

type Span = { start: number; end: number | null };

/**
 * The moments that mark bins for one tag. A matched pair in which both used the tag is placed as
 * ONE moment for both observers (the midpoint of two points, else the span of both), so a bin
 * edge between 5 s and 6 s cannot split what the matching joined.
 */
function tagMoments(id: string, db: Detail[], dc: Detail[], pairs: PairOut[], byB: Map<string, Detail>, byC: Map<string, Detail>): [Span[], Span[]] {
  const joined: Span[] = [];
  const inPair = new Set<string>();
  for (const p of pairs) {
    if (!p.sharedTags.includes(id)) continue;
    const x = byB.get(p.b)!;
    const y = byC.get(p.c)!;
    inPair.add(`b:${x.id}`).add(`c:${y.id}`);
    joined.push(
      x.end === null && y.end === null
        ? { start: (x.start + y.start) / 2, end: null }
        : { start: Math.min(x.start, y.start), end: Math.max(x.end ?? x.start, y.end ?? y.start) },
    );
  }
  const own = (ds: Detail[], side: string): Span[] => ds.filter((d) => d.tags.includes(id) && !inPair.has(`${side}:${d.id}`));
  return [[...joined, ...own(db, 'b')], [...joined, ...own(dc, 'c')]];
}

/** Compares the details of two observers in one session. */
export function compareObservers(s: Session, opts: CompareOptions = {}): CompareOutcome {
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE_SEC;
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) {
    return { ok: false, error: { nl: 'De tolerantie moet 0 of meer seconden zijn.', en: 'The tolerance must be 0 seconds or more.' } };
  }
  const binSize = opts.binSize ?? Math.max(2 * tolerance, 1);
  if (!(binSize > 0) || !Number.isFinite(binSize)) {
    return { ok: false, error: { nl: 'De lengte van een tijdvak moet meer dan 0 seconden zijn.', en: 'The bin size must be more than 0 seconds.' } };
  }
  const who = pickObservers(s, opts);
  if (!who.ok) return who;
  const { b, c } = who;
  const inScope = (d: Detail): boolean => !opts.ranges || touches(d, opts.ranges);
  const db = s.details.filter((d) => d.authorId === b.id && inScope(d));
  const dc = s.details.filter((d) => d.authorId === c.id && inScope(d));
  const byIdB = new Map(db.map((d) => [d.id, d]));
  const byIdC = new Map(dc.map((d) => [d.id, d]));
  const m = matchMoments(db, dc, tolerance);
  const pairs: PairOut[] = m.pairs.map((p) => {
    const tb = byIdB.get(p.b)!.tags;
    const shared = tb.filter((t) => byIdC.get(p.c)!.tags.includes(t));
    return { ...p, sameTag: shared.length > 0, sharedTags: shared };
  });

  const scope = scopeOf(s, [...db, ...dc], opts);
  const bins = makeBins(scope.ranges, binSize);
  const lensHas = (p: Participant, t: string): boolean => p.lens.length === 0 || p.lens.includes(t);

  // Tags worth a line: used by either, or in either (non-empty) lens; framework order first.
  const used = new Set([...db, ...dc].flatMap((d) => d.tags));
  const listed = new Set([...b.lens, ...c.lens]);
  const tagIds = [
    ...s.framework.tags.map((t) => t.id).filter((id) => used.has(id) || listed.has(id)),
    ...[...used, ...listed].filter((id) => !s.framework.tags.some((t) => t.id === id)),
  ].filter((id, i, a) => a.indexOf(id) === i);

  const perTag = idRecord<TagComparison>();
  const pooled = emptyTable();
  let eligible = 0;
  for (const id of tagIds) {
    const tag = s.framework.tags.find((t) => t.id === id);
    const label = tag ? { ...tag.label } : { nl: id, en: id };
    let matched = 0;
    for (const p of pairs) if (p.sharedTags.includes(id)) matched++;
    const countB = db.filter((d) => d.tags.includes(id)).length;
    const countC = dc.filter((d) => d.tags.includes(id)).length;
    const onlyB = countB - matched;
    const onlyC = countC - matched;
    const total = matched + onlyB + onlyC;
    const inLens = { b: lensHas(b, id), c: lensHas(c, id) };
    let fig;
    if (!inLens.b || !inLens.c) {
      fig = { kappa: null, note: 'notInBothLenses' as const, bins: bins.length, agree: 0, expected: 0 };
    } else {
      eligible++;
      const [mb, mc] = tagMoments(id, db, dc, pairs, byIdB, byIdC);
      const table = tabulate(markBins(bins, mb), markBins(bins, mc));
      pooled.both += table.both;
      pooled.onlyB += table.onlyB;
      pooled.onlyC += table.onlyC;
      pooled.neither += table.neither;
      fig = kappaFromTable(table);
    }
    perTag[id] = {
      label,
      matched,
      onlyB,
      onlyC,
      share: total > 0 ? matched / total : null,
      kappa: fig.kappa,
      ...(fig.note ? { kappaNote: fig.note } : {}),
      bins: fig.bins,
      agree: fig.agree,
      expected: fig.expected,
      inLens,
    };
  }
  const pooledFig = kappaFromTable(pooled);
  if (bins.length > 0 && eligible === 0) pooledFig.note = tagIds.length === 0 ? 'noMarks' : 'notInBothLenses';
  const sameTag = pairs.filter((p) => p.sameTag).length;
  const overall: OverallComparison = {
    detailsB: db.length,
    detailsC: dc.length,
    matched: pairs.length,
    sameTag,
    differentTag: pairs.length - sameTag,
    onlyB: m.onlyB.length,
    onlyC: m.onlyC.length,
    kappa: pooledFig.kappa,
    ...(pooledFig.note ? { kappaNote: pooledFig.note } : {}),
    bins: pooledFig.bins,
    agree: pooledFig.agree,
    expected: pooledFig.expected,
  };
  const names: [string, string] = [observerName(b), observerName(c)];
  const result: CompareResult = {
    observers: [b.id, c.id],
    names,
    tolerance,
    binSize,
    scope,
    perTag,
    overall,
    pairs,
    onlyBIds: m.onlyB,
    onlyCIds: m.onlyC,
    sentences: [],
  };
  result.sentences = explainComparison(result);
  return { ok: true, value: result };
}
