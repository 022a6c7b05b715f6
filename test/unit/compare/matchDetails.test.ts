import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hungarian, matchMoments, momentDistance, type Moment } from '../../../src/core/compare/matchDetails';
import { makeBins, markBins, unionRanges } from '../../../src/core/compare/kappa';

/** The best matching by exhaustive search: most pairs, then the smallest total distance. */
function bruteForce(b: Moment[], c: Moment[], tol: number): { count: number; cost: number } {
  let best = { count: 0, cost: 0 };
  const usedC = new Set<number>();
  const go = (i: number, count: number, cost: number): void => {
    if (i === b.length) {
      if (count > best.count || (count === best.count && cost < best.cost - 1e-9)) best = { count, cost };
      return;
    }
    go(i + 1, count, cost);
    c.forEach((y, j) => {
      const d = momentDistance(b[i]!, y);
      if (usedC.has(j) || d > tol) return;
      usedC.add(j);
      go(i + 1, count + 1, cost + d);
      usedC.delete(j);
    });
  };
  go(0, 0, 0);
  return best;
}

const momentArb = (prefix: string): fc.Arbitrary<Moment[]> =>
  fc
    .array(fc.record({ start: fc.integer({ min: 0, max: 40 }), len: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }) }), { maxLength: 6 })
    .map((xs) => xs.map((x, i) => ({ id: `${prefix}${i}`, start: x.start, end: x.len === null ? null : x.start + x.len, tags: [] })));

describe('matchMoments', () => {
  it('is one-to-one, within tolerance, and as good as exhaustive search', () => {
    fc.assert(
      fc.property(momentArb('b'), momentArb('c'), fc.integer({ min: 0, max: 6 }), (b, c, tol) => {
        const m = matchMoments(b, c, tol);
        const bIds = m.pairs.map((p) => p.b);
        const cIds = m.pairs.map((p) => p.c);
        assert.equal(new Set(bIds).size, bIds.length);
        assert.equal(new Set(cIds).size, cIds.length);
        assert.deepEqual([...bIds, ...m.onlyB].sort(), b.map((x) => x.id).sort());
        assert.deepEqual([...cIds, ...m.onlyC].sort(), c.map((x) => x.id).sort());
        for (const p of m.pairs) assert.ok(p.distance <= tol);
        const best = bruteForce(b, c, tol);
        assert.equal(m.pairs.length, best.count);
        const cost = m.pairs.reduce((s, p) => s + p.distance, 0);
        assert.ok(Math.abs(cost - best.cost) < 1e-6, `cost ${cost} vs optimum ${best.cost}`);
      }),
      { numRuns: 300 },
    );
  });

  it('the Hungarian method solves a small assignment by hand', () => {
    // Rows → columns: the optimum is 0→1, 1→0, 2→2 with cost 1 + 2 + 2 = 5.
    const cost = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    assert.deepEqual(hungarian(cost, 3, 3), [1, 0, 2]);
  });
});

describe('time bins', () => {
  it('joins overlapping ranges and cuts them into bins', () => {
    assert.deepEqual(unionRanges([{ start: 10, end: 20 }, { start: 0, end: 5 }, { start: 15, end: 25 }]), [
      { start: 0, end: 5 },
      { start: 10, end: 25 },
    ]);
    const bins = makeBins([{ start: 0, end: 13 }], 6);
    assert.deepEqual(bins, [
      { start: 0, end: 6 },
      { start: 6, end: 12 },
      { start: 12, end: 13 },
    ]);
    // A point on a bin edge belongs to the later bin; one at the very end to the last bin.
    assert.deepEqual(markBins(bins, [{ start: 6, end: null }]), [false, true, false]);
    assert.deepEqual(markBins(bins, [{ start: 13, end: null }]), [false, false, true]);
    assert.deepEqual(markBins(bins, [{ start: 5, end: 7 }]), [true, true, false]);
  });
});
