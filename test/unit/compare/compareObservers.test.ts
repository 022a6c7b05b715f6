import assert from 'node:assert/strict';
import { compareObservers, type CompareResult } from '../../../src/core/compare/compareObservers';
import { kappaGaps } from '../../../src/core/compare/explainComparison';
import { kappaFromTable } from '../../../src/core/compare/kappa';
import { detail, trio, withDetails } from './trioSession';

function ok(r: ReturnType<typeof compareObservers>): CompareResult {
  if (!r.ok) assert.fail(`expected a result, got: ${r.error.en}`);
  return r.value;
}

describe('compareObservers', () => {
  it('an empty session gives zero counts and no kappa, with the reason', () => {
    const r = ok(compareObservers(trio(300, { b: ['u6'], c: ['u6'] })));
    assert.deepEqual(r.observers, ['pb', 'pc']);
    assert.equal(r.overall.matched, 0);
    assert.equal(r.overall.onlyB, 0);
    assert.equal(r.overall.onlyC, 0);
    const u6 = r.perTag.u6!;
    assert.equal(u6.matched, 0);
    assert.equal(u6.kappa, null);
    assert.equal(u6.kappaNote, 'noMarks');
    assert.equal(u6.bins, 50); // 300 s in bins of 2 × 3 s
    assert.equal(r.overall.kappa, null);
  });

  it('a session where only b looked: everything is only-b, kappa null (one side empty)', () => {
    const s = withDetails(trio(), [detail('pb', 10, ['u6']), detail('pb', 40, ['u6']), detail('pb', 90, ['u3'])]);
    const r = ok(compareObservers(s));
    assert.equal(r.overall.onlyB, 3);
    assert.equal(r.overall.onlyC, 0);
    assert.equal(r.perTag.u6!.onlyB, 2);
    assert.equal(r.perTag.u6!.kappa, null);
    assert.equal(r.perTag.u6!.kappaNote, 'oneSideEmpty');
    assert.equal(r.perTag.u3!.onlyB, 1);
    assert.equal(r.overall.kappaNote, 'oneSideEmpty');
  });

  it('perfect agreement: every moment matched with the same tag, kappa 1', () => {
    const times = [5, 50, 120, 200];
    const s = withDetails(trio(), [...times.map((t) => detail('pb', t, ['u6'])), ...times.map((t) => detail('pc', t + 1, ['u6']))]);
    const r = ok(compareObservers(s));
    assert.equal(r.overall.matched, 4);
    assert.equal(r.overall.sameTag, 4);
    assert.equal(r.perTag.u6!.matched, 4);
    assert.equal(r.perTag.u6!.onlyB, 0);
    assert.equal(r.perTag.u6!.share, 1);
    assert.equal(r.perTag.u6!.kappa, 1);
    assert.equal(r.overall.kappa, 1);
  });

  /*
   * The classic 2×2 example, by hand. 300 s in bins of 6 s = 50 bins.
   * B marks bins 0–24 (25 bins), C marks bins 0–19 and 25–34 (30 bins).
   *                C yes   C no
   *   B yes         20       5     | 25
   *   B no          10      15     | 25
   *                 30      20     | 50
   * po = (20 + 15) / 50 = 0.70
   * pe = (25·30 + 25·20) / 50² = (750 + 500) / 2500 = 0.50
   * κ  = (0.70 − 0.50) / (1 − 0.50) = 0.40
   */
  it('computes the hand-worked 2×2 kappa of 0.40', () => {
    assert.equal(kappaFromTable({ both: 20, onlyB: 5, onlyC: 10, neither: 15 }).kappa!.toFixed(10), (0.4).toFixed(10));
    const bBins = Array.from({ length: 25 }, (_, k) => k);
    const cBins = [...Array.from({ length: 20 }, (_, k) => k), ...Array.from({ length: 10 }, (_, k) => 25 + k)];
    const s = withDetails(trio(), [...bBins.map((k) => detail('pb', 6 * k + 1, ['u2'])), ...cBins.map((k) => detail('pc', 6 * k + 1, ['u2']))]);
    const r = ok(compareObservers(s));
    const u2 = r.perTag.u2!;
    assert.equal(u2.bins, 50);
    assert.equal(u2.agree, 35);
    assert.equal(u2.expected, 25);
    assert.ok(Math.abs(u2.kappa! - 0.4) < 1e-12, `kappa ${u2.kappa}`);
    assert.equal(u2.matched, 20);
    assert.equal(u2.onlyB, 5);
    assert.equal(u2.onlyC, 10);
  });

  it('kappa is null when there is no variation (both mark every bin)', () => {
    const f = kappaFromTable({ both: 10, onlyB: 0, onlyC: 0, neither: 0 });
    assert.equal(f.kappa, null);
    assert.equal(f.note, 'noVariation');
  });

  it('finds the optimal matching where greedy-by-distance would find fewer pairs', () => {
    // Greedy takes B4–C3 (1 s) first and strands B0; the optimum pairs B0–C3 and B4–C6.5.
    const b0 = detail('pb', 0, ['u3']);
    const b4 = detail('pb', 4, ['u3']);
    const c3 = detail('pc', 3, ['u3']);
    const c65 = detail('pc', 6.5, ['u3']);
    const r = ok(compareObservers(withDetails(trio(), [b0, b4, c3, c65])));
    assert.equal(r.overall.matched, 2);
    const pairs = r.pairs.map((p) => `${p.b}-${p.c}`).sort();
    assert.deepEqual(pairs, [`${b0.id}-${c3.id}`, `${b4.id}-${c65.id}`].sort());
  });

  it('between equally close candidates, prefers the one with a shared tag', () => {
    const b = detail('pb', 10, ['u6']);
    const cOther = detail('pc', 9, ['u3']);
    const cSame = detail('pc', 11, ['u6']);
    const r = ok(compareObservers(withDetails(trio(), [b, cOther, cSame])));
    assert.equal(r.pairs.length, 1);
    assert.equal(r.pairs[0]!.c, cSame.id);
    assert.equal(r.pairs[0]!.sameTag, true);
    assert.deepEqual(r.onlyCIds, [cOther.id]);
  });

  it('categorises matches with different tags and respects the tolerance parameter', () => {
    const s = withDetails(trio(), [detail('pb', 20, ['u6']), detail('pc', 24, ['u7'])]);
    assert.equal(ok(compareObservers(s)).overall.matched, 0, '4 s apart is outside ±3 s');
    const r = ok(compareObservers(s, { tolerance: 5 }));
    assert.equal(r.overall.matched, 1);
    assert.equal(r.overall.differentTag, 1);
    assert.equal(r.perTag.u6!.onlyB, 1);
    assert.equal(r.perTag.u7!.onlyC, 1);
    assert.equal(r.binSize, 10);
  });

  it('ranges match by overlap', () => {
    const s = withDetails(trio(), [detail('pb', 30, ['u4'], { end: 45 }), detail('pc', 44, ['u4'])]);
    const r = ok(compareObservers(s));
    assert.equal(r.perTag.u4!.matched, 1);
    assert.equal(r.pairs[0]!.distance, 0);
  });

  it('a tag outside one lens gets no kappa, but its moments are still counted', () => {
    const s = withDetails(trio(300, { b: ['u6'], c: ['u3'] }), [detail('pb', 10, ['u6']), detail('pc', 11, ['u6'])]);
    const r = ok(compareObservers(s));
    assert.equal(r.perTag.u6!.matched, 1);
    assert.equal(r.perTag.u6!.kappa, null);
    assert.equal(r.perTag.u6!.kappaNote, 'notInBothLenses');
    assert.ok(r.perTag.u3, 'lens tags are listed even when unused');
    assert.equal(r.overall.kappaNote, 'notInBothLenses');
  });

  it('says once, in words, why kappa is missing for several uitgangspunten with the same reason', () => {
    const s = withDetails(trio(300, { b: ['u6'], c: ['u3', 'u4'] }), [detail('pb', 10, ['u6']), detail('pc', 11, ['u6'])]);
    const r = ok(compareObservers(s));
    const gaps = kappaGaps(r);
    const nl = gaps.map((g) => g.nl);
    const lensOfB = nl.filter((g) => /kijkopdracht van/.test(g));
    assert.equal(lensOfB.length, 2, nl.join(' | '));
    assert.ok(lensOfB.some((g) => /^Voor “Vraag wat er precies gebeurde \(verdiepen\)” en “Stimuleer vergelijkend leren/.test(g) && /deze uitgangspunten zaten niet in de kijkopdracht van/.test(g)), nl.join(' | '));
    assert.ok(gaps.every((g) => !/lens/.test(g.nl)));
  });

  it('limits the comparison to given ranges', () => {
    const s = withDetails(trio(), [detail('pb', 10, ['u6']), detail('pc', 11, ['u6']), detail('pb', 200, ['u6'])]);
    const r = ok(compareObservers(s, { ranges: [{ start: 0, end: 60 }] }));
    assert.equal(r.overall.detailsB, 1);
    assert.equal(r.perTag.u6!.bins, 10);
    assert.equal(r.scope.source, 'ranges');
  });

  it('without a known duration, bins span the details', () => {
    const s = withDetails(trio(null), [detail('pb', 10, ['u6']), detail('pc', 59, ['u6'])]);
    const r = ok(compareObservers(s));
    assert.equal(r.scope.source, 'details');
    assert.equal(r.perTag.u6!.bins, 10);
  });

  it('picks observers by id or name, and refuses when b or c is missing', () => {
    const s = withDetails(trio(), [detail('pa', 10, ['u6']), detail('pc', 10, ['u6'])]);
    const r = ok(compareObservers(s, { observers: ['Fatma', 'pc'] }));
    assert.deepEqual(r.observers, ['pa', 'pc']);
    assert.equal(r.overall.matched, 1);
    const noC = { ...s, participants: s.participants.filter((p) => p.role !== 'c') };
    const bad = compareObservers(noC);
    assert.equal(bad.ok, false);
    assert.equal(compareObservers(s, { observers: ['pb', 'nobody'] }).ok, false);
    assert.equal(compareObservers(s, { tolerance: -1 }).ok, false);
  });
});

describe('comparison sentences', () => {
  it('one plain sentence per figure, in Dutch and English, with counts in words', () => {
    const times = [5, 50, 120, 200];
    const s = withDetails(trio(), [
      ...times.map((t) => detail('pb', t, ['u6'])),
      ...times.map((t) => detail('pc', t + 1, ['u6'])),
      detail('pb', 250, ['u6']),
      detail('pb', 270, ['u6']),
    ]);
    const r = ok(compareObservers(s));
    const m = r.sentences.find((x) => x.about === 'u6' && x.figure === 'matching')!;
    assert.equal(m.nl, 'Bij “Leeg luisteren” markeerden Ruud en Ilse vier momenten samen; twee momenten zag alleen Ruud, nul alleen Ilse.');
    assert.match(m.en, /^For “Listen without filling in”, Ruud and Ilse marked four moments together; two moments only Ruud noticed/);
    const k = r.sentences.find((x) => x.about === 'u6' && x.figure === 'kappa')!;
    assert.match(k.nl, /kappa 0,\d\d\.$/);
    assert.match(k.en, /kappa 0\.\d\d\.$/);
    // One sentence each: a single full stop, at the end (Dutch decimals use a comma).
    for (const x of r.sentences) assert.equal(x.nl.split('. ').length, 1, x.nl);
    // Every tag and the overall get both figures explained.
    assert.equal(r.sentences.length, 2 + 2 * Object.keys(r.perTag).length);
  });

  it('explains a missing kappa instead of showing a number', () => {
    const s = withDetails(trio(), [detail('pb', 10, ['u6'])]);
    const k = ok(compareObservers(s)).sentences.find((x) => x.about === 'u6' && x.figure === 'kappa')!;
    assert.equal(k.nl, 'Geen kappa voor “Leeg luisteren”: maar één van beiden markeerde momenten, dus er valt niets te vergelijken.');
    assert.doesNotMatch(k.en, /kappa \d/);
  });
});
