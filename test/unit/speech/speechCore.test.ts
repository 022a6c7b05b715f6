import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { planChunks, totalSeconds } from '../../../src/core/speech/chunkPlan';
import { assignSpeakers, countSpeakers, mergeSegments, normaliseTurns, speakerFor } from '../../../src/core/speech/speakerTurns';
import { TimeLeftEstimator } from '../../../src/core/speech/timeLeft';
import { tokensToWords } from '../../../src/core/speech/tokenWords';

describe('speech core: chunk planning', () => {
  it('keeps short regions whole, padded but never overlapping a neighbour', () => {
    const c = planChunks([{ start: 1, end: 4 }, { start: 4.2, end: 6 }], { maxSec: 30, durationSec: 10 });
    assert.equal(c.length, 2);
    assert.ok(Math.abs(c[0]!.start - 0.85) < 1e-9);
    assert.ok(c[0]!.end <= c[1]!.start);
    assert.ok(Math.abs(c[0]!.end - 4.1) < 1e-9);
  });

  it('cuts a 70-second region into three equal chunks of at most 30 s (Whisper) and drops clicks', () => {
    const c = planChunks([{ start: 0, end: 0.05 }, { start: 10, end: 80 }], { maxSec: 30, durationSec: 100, padSec: 0 });
    assert.deepEqual(c.map((x) => +(x.end - x.start).toFixed(3)), [23.333, 23.333, 23.333]);
    assert.equal(c[0]!.start, 10);
    assert.equal(c[2]!.end, 80);
  });

  it('any regions: chunks are ordered, disjoint, ≤ max, inside the recording, and cover all speech', () => {
    const region = fc.tuple(fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0.2, max: 120, noNaN: true })).map(([s, l]) => ({ start: s, end: s + l }));
    fc.assert(
      fc.property(fc.array(region, { maxLength: 20 }), (rs) => {
        // The VAD never gives overlapping regions: make them disjoint first.
        const sorted = [...rs].sort((a, b) => a.start - b.start);
        const disjoint: { start: number; end: number }[] = [];
        for (const r of sorted) if (!disjoint.length || r.start >= disjoint[disjoint.length - 1]!.end) disjoint.push(r);
        const dur = 700;
        const c = planChunks(disjoint, { maxSec: 30, durationSec: dur });
        for (let i = 0; i < c.length; i++) {
          assert.ok(c[i]!.end - c[i]!.start <= 30 + 1e-6);
          assert.ok(c[i]!.start >= 0 && c[i]!.end <= dur);
          if (i > 0) assert.ok(c[i]!.start >= c[i - 1]!.end - 1e-9);
        }
        assert.ok(totalSeconds(c) >= totalSeconds(disjoint) - 1e-6);
      }),
    );
  });
});

describe('speech core: token times → words', () => {
  it('joins SentencePiece pieces into words with times from the chunk start', () => {
    const w = tokensToWords({ tokens: ['▁wat', '▁ge', 'beur', 'de', '▁er'], timestamps: [0, 0.4, 0.6, 0.8, 1.2] }, 10, 12);
    assert.deepEqual(w.map((x) => x.text), ['wat', 'gebeurde', 'er']);
    assert.deepEqual(w.map((x) => x.start), [10, 10.4, 11.2]);
    assert.deepEqual(w.map((x) => x.end), [10.4, 11.2, 12]);
  });

  it('uses token durations where the model gives them, and leaves out markers', () => {
    const w = tokensToWords({ tokens: ['<|nl|>', ' ik', ' baal', 'de'], timestamps: [0, 0.1, 0.5, 0.7], durations: [0, 0.2, 0.2, 0.1] }, 0, 5);
    assert.deepEqual(w, [
      { start: 0.1, end: 0.30000000000000004, text: 'ik' },
      { start: 0.5, end: 0.7999999999999999, text: 'baalde' },
    ]);
  });

  it('gives no words rather than invented ones when times are missing', () => {
    assert.deepEqual(tokensToWords({ tokens: ['▁ja'], timestamps: [] }, 0, 1), []);
  });

  it('any tokens: words are ordered and inside the chunk', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('▁ja', 'nee', ' wel', 'x'), fc.double({ min: 0, max: 40, noNaN: true })), { maxLength: 40 }), fc.double({ min: 0, max: 100, noNaN: true }), (toks, s) => {
        const w = tokensToWords({ tokens: toks.map((t) => t[0]), timestamps: toks.map((t) => t[1]) }, s, s + 30);
        for (let i = 0; i < w.length; i++) {
          assert.ok(w[i]!.start >= s && w[i]!.end <= s + 30 && w[i]!.start <= w[i]!.end);
          if (i > 0) assert.ok(w[i]!.start >= w[i - 1]!.start);
        }
      }),
    );
  });
});

describe('speech core: speakers', () => {
  const turns = normaliseTurns([
    { start: 5, end: 9, speaker: 7 },
    { start: 0, end: 5, speaker: 3 },
  ]);

  it('numbers speakers by first appearance', () => {
    assert.deepEqual(turns, [
      { start: 0, end: 5, speaker: 0 },
      { start: 5, end: 9, speaker: 1 },
    ]);
  });

  it('gives a chunk to the speaker it overlaps most, or the nearest one', () => {
    assert.equal(speakerFor({ start: 3, end: 8 }, turns), 1);
    assert.equal(speakerFor({ start: 12, end: 13 }, turns), 1);
    assert.equal(speakerFor({ start: 1, end: 2 }, []), 0);
  });

  it('splits a chunk at the speaker change when its words have times', () => {
    const words = [
      { start: 3, end: 3.5, text: 'ja' },
      { start: 4, end: 4.5, text: 'precies' },
      { start: 5.5, end: 6, text: 'en' },
      { start: 6.5, end: 7, text: 'toen' },
    ];
    const segs = assignSpeakers({ start: 2.9, end: 7.2, text: 'ja precies en toen', words }, turns);
    assert.deepEqual(
      segs.map((s) => [s.start, s.end, s.speaker, s.text, s.words!.length]),
      [
        [2.9, 5.5, 0, 'ja precies', 2],
        [5.5, 7.2, 1, 'en toen', 2],
      ],
    );
  });

  it('without word times the whole chunk goes to one speaker', () => {
    const segs = assignSpeakers({ start: 3, end: 8, text: ' hallo ' }, turns);
    assert.deepEqual(segs, [{ start: 3, end: 8, speaker: 1, text: 'hallo' }]);
  });

  it('merges pieces of one region cut for the recogniser, not separate turns', () => {
    const m = mergeSegments([{ start: 0, end: 20, speaker: 0, text: 'een' }], [
      { start: 20, end: 25, speaker: 0, text: 'twee' },
      { start: 26, end: 27, speaker: 0, text: 'drie' },
      { start: 27, end: 28, speaker: 1, text: 'vier' },
      { start: 28, end: 29, speaker: 1, text: '' },
    ]);
    assert.deepEqual(m.map((s) => [s.start, s.end, s.text]), [
      [0, 25, 'een twee'],
      [26, 27, 'drie'],
      [27, 28, 'vier'],
    ]);
    assert.equal(countSpeakers(m), 2);
  });
});

describe('speech core: time left', () => {
  it('says nothing until there is a pace, then extrapolates from the first report', () => {
    const e = new TimeLeftEstimator();
    assert.equal(e.update(100, 0), null);
    assert.equal(e.update(101, 0.1), null);
    assert.equal(e.update(110, 0.25), 30);
    assert.equal(e.update(120, 1), 0);
  });
});

describe('speech core: merging out of order', () => {
  it('gives the same list whether chunks arrive in order or not', () => {
    const segs = [
      { start: 0, end: 2, speaker: 0, text: 'a' },
      { start: 2, end: 3, speaker: 0, text: 'b' },
      { start: 4, end: 5, speaker: 1, text: 'c' },
      { start: 6, end: 7, speaker: 0, text: 'd' },
    ];
    const inOrder = segs.reduce<ReturnType<typeof mergeSegments>>((l, s) => mergeSegments(l, [s]), []);
    const shuffled = [segs[2]!, segs[0]!, segs[3]!, segs[1]!].reduce<ReturnType<typeof mergeSegments>>((l, s) => mergeSegments(l, [s]), []);
    assert.deepEqual(inOrder.map((s) => s.text), ['a b', 'c', 'd']);
    assert.deepEqual(shuffled, inOrder);
  });
});
