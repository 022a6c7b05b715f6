/**
 * The one rule for times that meet: when two moments overlap, whether a moment lies in a range,
 * and which transcript segment is current at a time. Details, fragments, transcript segments,
 * pauses, EAF annotations and the player's fragment sequence all decide it here.
 *
 * - A range is half-open, [start, end): it holds its start, not its end. Two ranges that only
 *   touch (one ends where the next begins) do not overlap, so a time belongs to one of them, as
 *   the player treats ranges (a moment at 0:05 belongs to the segment that starts at 0:05).
 * - A detail without an end (`end: null`) is a point. So is a range with end ≤ start: an empty
 *   range, never a reversed one.
 * - A point lies in a range when start ≤ point < end: a point on a range's end is not in it.
 *   Two points overlap only at the same time.
 */

export interface Span {
  start: number;
  /** null: a point. */
  end: number | null;
}

export function isPoint(s: Span): boolean {
  return s.end === null || !(s.end > s.start);
}

/** Does `s` hold time `t`? A range: start ≤ t < end; a point: only its own time. */
export function holdsTime(s: Span, t: number): boolean {
  return isPoint(s) ? t === s.start : s.start <= t && t < s.end!;
}

/** Do two spans share a moment (see the rule above)? Symmetric. */
export function overlaps(a: Span, b: Span): boolean {
  if (isPoint(a)) return holdsTime(b, a.start);
  if (isPoint(b)) return holdsTime(a, b.start);
  return a.start < b.end! && b.start < a.end!;
}

/**
 * The segment current at `t`, as an index into `list` (kept in order of start time, as the session
 * keeps its transcript), or -1 in a gap. Of the segments holding `t`, the one that started last
 * is current: someone saying "ja" inside another's long turn is current while it lasts, and the
 * long turn is current again after it. Equal starts: the later in the list. The last segment is
 * current up to, not at, its end.
 */
export function segmentIndexAt(list: readonly Span[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= t) lo = mid + 1;
    else hi = mid;
  }
  // Usually the last one to start holds t; otherwise an earlier, longer one may (a gap walks back
  // over the segments before it: linear, but only in gaps and cheap next to drawing a frame).
  for (let i = lo - 1; i >= 0; i--) if (holdsTime(list[i]!, t)) return i;
  return -1;
}

/** The segment current at `t` (see segmentIndexAt), or undefined in a gap. */
export function segmentAt<T extends Span>(list: readonly T[], t: number): T | undefined {
  const i = segmentIndexAt(list, t);
  return i >= 0 ? list[i] : undefined;
}

/** The ids of the segments a detail (a point or a range) overlaps, in list order. */
export function segmentIdsOverlapping(list: readonly (Span & { id: string })[], span: Span): string[] {
  return list.filter((s) => overlaps(s, span)).map((s) => s.id);
}
