/**
 * One-to-one matching of two observers' moments in time.
 *
 * A moment is a point (`end` null) or a range. The distance between two moments is the gap
 * between them (0 when they overlap). Two moments may be matched when that gap is at most the
 * tolerance. Among all one-to-one matchings we take one with the MOST pairs, and among those the
 * smallest total distance; of equally close candidates, pairs that share a tag win.
 *
 * This is solved exactly with the Hungarian method, per cluster: moments are sorted by time and
 * cut wherever there is a gap wider than the tolerance, since nothing can match across such a
 * gap. Clusters are small in practice, so the cubic cost per cluster stays negligible.
 */

export interface Moment {
  id: string;
  start: number;
  end: number | null;
  tags: readonly string[];
}

export interface MatchPair {
  b: string;
  c: string;
  /** Gap in seconds (0 when the moments overlap). */
  distance: number;
}

export interface Matching {
  pairs: MatchPair[];
  onlyB: string[];
  onlyC: string[];
}

export function momentDistance(x: Moment, y: Moment): number {
  const xe = x.end ?? x.start;
  const ye = y.end ?? y.start;
  return Math.max(0, x.start - ye, y.start - xe);
}

/** Tie-break in favour of shared tags; far below any time difference we care about. */
const NO_SHARED_TAG_PENALTY = 1e-6;

/**
 * Minimum-cost assignment for an n×m matrix with n ≤ m (rows all assigned).
 * Classic potentials-based Hungarian algorithm, O(n²·m). Returns, per row, its column.
 */
export function hungarian(cost: readonly (readonly number[])[], n: number, m: number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j]: row (1-based) assigned to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowToCol = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) rowToCol[p[j]! - 1] = j - 1;
  return rowToCol;
}

function matchCluster(bs: Moment[], cs: Moment[], tolerance: number, out: Matching): void {
  if (bs.length === 0 || cs.length === 0) {
    out.onlyB.push(...bs.map((x) => x.id));
    out.onlyC.push(...cs.map((x) => x.id));
    return;
  }
  // Rows are the shorter side. A forbidden pair costs more than any full set of allowed pairs,
  // so the minimum-cost assignment first maximises the number of allowed pairs.
  const flip = bs.length > cs.length;
  const rows = flip ? cs : bs;
  const cols = flip ? bs : cs;
  const big = (tolerance + 1) * (rows.length + 1) + 1;
  const cost = rows.map((r) =>
    cols.map((c) => {
      const d = momentDistance(r, c);
      if (d > tolerance) return big;
      const shares = r.tags.some((t) => c.tags.includes(t));
      return d + (shares ? 0 : NO_SHARED_TAG_PENALTY);
    }),
  );
  const assign = hungarian(cost, rows.length, cols.length);
  const usedCols = new Set<number>();
  rows.forEach((r, i) => {
    const j = assign[i]!;
    const c = j >= 0 ? cols[j]! : undefined;
    if (c && momentDistance(r, c) <= tolerance) {
      usedCols.add(j);
      const [b, cc] = flip ? [c, r] : [r, c];
      out.pairs.push({ b: b.id, c: cc.id, distance: momentDistance(r, c) });
    } else (flip ? out.onlyC : out.onlyB).push(r.id);
  });
  cols.forEach((c, j) => {
    if (!usedCols.has(j)) (flip ? out.onlyB : out.onlyC).push(c.id);
  });
}

/** Optimal one-to-one matching of B's and C's moments within `tolerance` seconds. */
export function matchMoments(b: readonly Moment[], c: readonly Moment[], tolerance: number): Matching {
  const out: Matching = { pairs: [], onlyB: [], onlyC: [] };
  const all = [...b.map((m) => ({ m, side: 'b' as const })), ...c.map((m) => ({ m, side: 'c' as const }))];
  all.sort((x, y) => x.m.start - y.m.start);
  let bs: Moment[] = [];
  let cs: Moment[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const { m, side } of all) {
    if (m.start - reach > tolerance && bs.length + cs.length > 0) {
      matchCluster(bs, cs, tolerance, out);
      bs = [];
      cs = [];
    }
    (side === 'b' ? bs : cs).push(m);
    reach = Math.max(reach, m.end ?? m.start);
  }
  matchCluster(bs, cs, tolerance, out);
  const startB = new Map(b.map((m) => [m.id, m.start]));
  const startC = new Map(c.map((m) => [m.id, m.start]));
  const byB = (x: string, y: string): number => startB.get(x)! - startB.get(y)!;
  const byC = (x: string, y: string): number => startC.get(x)! - startC.get(y)!;
  out.pairs.sort((x, y) => byB(x.b, y.b));
  out.onlyB.sort(byB);
  out.onlyC.sort(byC);
  return out;
}
