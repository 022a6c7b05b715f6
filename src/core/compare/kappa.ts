/**
 * Cohen's kappa for two observers over time bins.
 *
 * The time under review (the recording, or the fragments looked at) is cut into bins of equal
 * length. Per bin and observer we note whether they marked it (a moment in that bin). The 2×2
 * table of those yes/no answers gives the observed agreement `po`, the agreement expected by
 * chance `pe`, and kappa = (po − pe) / (1 − pe).
 */

import { isPoint, overlaps } from '../session/timeSpan';

export interface TimeRange {
  start: number;
  end: number;
}

export interface Table2x2 {
  /** Both marked the bin. */
  both: number;
  onlyB: number;
  onlyC: number;
  /** Neither marked the bin. */
  neither: number;
}

export type KappaNote = 'notInBothLenses' | 'noBins' | 'noMarks' | 'oneSideEmpty' | 'noVariation';

export interface KappaFigure {
  kappa: number | null;
  note?: KappaNote;
  /** Bins compared. */
  bins: number;
  /** Bins where both gave the same answer. */
  agree: number;
  /** Bins one would expect to agree on by chance alone (n · pe). */
  expected: number;
  table: Table2x2;
}

export function emptyTable(): Table2x2 {
  return { both: 0, onlyB: 0, onlyC: 0, neither: 0 };
}

/** Sorted, overlapping or touching ranges joined; empty and reversed ranges dropped. */
export function unionRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = ranges.filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start).map((r) => ({ ...r }));
  sorted.sort((x, y) => x.start - y.start);
  const out: TimeRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}

/** Bins of `size` seconds over each range; the last bin of a range may be shorter. */
export function makeBins(ranges: readonly TimeRange[], size: number): TimeRange[] {
  const out: TimeRange[] = [];
  if (!(size > 0)) return out;
  for (const r of unionRanges(ranges)) {
    for (let s = r.start; s < r.end - 1e-9; s += size) out.push({ start: s, end: Math.min(r.end, s + size) });
  }
  return out;
}

/**
 * Which bins a set of moments touches, by the one overlap rule (src/core/session/timeSpan.ts): a
 * point at t lies in the bin with start ≤ t < end, a range marks every bin it overlaps. One
 * addition for bins: a point exactly at the end of the time under review (the recording's last
 * instant, a fragment's end) counts in the last bin, which would otherwise drop it.
 */
export function markBins(bins: readonly TimeRange[], moments: readonly { start: number; end: number | null }[]): boolean[] {
  const marks = bins.map(() => false);
  for (const m of moments) {
    bins.forEach((bin, i) => {
      const isLastOfRange = i === bins.length - 1 || bins[i + 1]!.start !== bin.end;
      if (overlaps(m, bin) || (isPoint(m) && isLastOfRange && m.start === bin.end)) marks[i] = true;
    });
  }
  return marks;
}

export function tabulate(b: readonly boolean[], c: readonly boolean[], into: Table2x2 = emptyTable()): Table2x2 {
  for (let i = 0; i < b.length; i++) {
    if (b[i] && c[i]) into.both++;
    else if (b[i]) into.onlyB++;
    else if (c[i]) into.onlyC++;
    else into.neither++;
  }
  return into;
}

/** Kappa from a 2×2 table; null with the reason when it says nothing. */
export function kappaFromTable(t: Table2x2): KappaFigure {
  const n = t.both + t.onlyB + t.onlyC + t.neither;
  const agree = t.both + t.neither;
  const base = { bins: n, agree, table: { ...t } };
  if (n === 0) return { ...base, kappa: null, note: 'noBins', expected: 0 };
  const bYes = t.both + t.onlyB;
  const cYes = t.both + t.onlyC;
  const pe = (bYes * cYes + (n - bYes) * (n - cYes)) / (n * n);
  const expected = pe * n;
  if (bYes === 0 && cYes === 0) return { ...base, kappa: null, note: 'noMarks', expected };
  if (bYes === 0 || cYes === 0) return { ...base, kappa: null, note: 'oneSideEmpty', expected };
  if (pe >= 1 - 1e-12) return { ...base, kappa: null, note: 'noVariation', expected };
  const po = agree / n;
  return { ...base, kappa: (po - pe) / (1 - pe), expected };
}
