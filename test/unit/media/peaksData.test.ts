import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildLevels, deserializePeaks, PeaksAccumulator, pickLevel, serializePeaks, toWavesurferPeaks } from '../../../src/core/media/peaksData';

/** s16le bytes for the given samples. */
function pcm(samples: number[]): Uint8Array {
  const b = new Uint8Array(samples.length * 2);
  const dv = new DataView(b.buffer);
  samples.forEach((s, i) => dv.setInt16(2 * i, s, true));
  return b;
}

function naivePairs(samples: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < samples.length; i += 80) {
    const part = samples.slice(i, i + 80);
    out.push([Math.min(...part), Math.max(...part)]);
  }
  return out;
}

describe('peaksData', () => {
  it('gives the same peaks whatever the chunking, including odd lengths and misaligned offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -32768, max: 32767 }), { minLength: 1, maxLength: 700 }),
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 20 }),
        (samples, cuts) => {
          const bytes = pcm(samples);
          const acc = new PeaksAccumulator();
          let o = 0;
          let k = 0;
          while (o < bytes.length) {
            const n = cuts[k++ % cuts.length]!;
            // Copy into a buffer at an odd offset so the Int16Array view path must copy.
            const holder = new Uint8Array(n + 1);
            const part = bytes.subarray(o, o + n);
            holder.set(part, 1);
            acc.push(holder.subarray(1, 1 + part.length));
            o += n;
          }
          const p = acc.finish();
          const expected = naivePairs(samples);
          const peakAbs = Math.max(...samples.map((s) => Math.abs(s)));
          assert.equal(p.levels[0]!.min.length, expected.length);
          assert.equal(p.durationSec, samples.length / 8000);
          expected.forEach(([mn, mx], i) => {
            const f = peakAbs ? 127 / peakAbs : 0;
            assert.equal(p.levels[0]!.min[i], Math.max(-127, Math.round(mn * f)) || 0);
            assert.equal(p.levels[0]!.max[i], Math.min(127, Math.round(mx * f)) || 0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('decodes amplitude through scale: a 0.5 sine gives max ≈ 0.5, min ≈ -0.5', () => {
    const samples = Array.from({ length: 8000 }, (_, i) => Math.round(16384 * Math.sin((2 * Math.PI * 440 * i) / 8000)));
    const acc = new PeaksAccumulator();
    acc.push(pcm(samples));
    const ws = toWavesurferPeaks(acc.finish());
    assert.equal(ws.duration, 1);
    assert.equal(ws.peaks[0].length, 100);
    for (const v of ws.peaks[0]) assert.ok(Math.abs(v - 0.5) < 0.01, `max ${v}`);
    for (const v of ws.peaks[1]) assert.ok(Math.abs(v + 0.5) < 0.01, `min ${v}`);
  });

  it('builds levels by 4 until fewer than 2,000 peaks remain', () => {
    const n = 10_000;
    const min = Int8Array.from({ length: n }, (_, i) => -(i % 100));
    const max = Int8Array.from({ length: n }, (_, i) => i % 120);
    const levels = buildLevels({ peaksPerSec: 100, min, max });
    assert.deepEqual(levels.map((l) => [l.peaksPerSec, l.min.length]), [[100, 10000], [25, 2500], [6.25, 625]]);
    assert.equal(levels[1]!.max[0], 3);
    assert.equal(levels[1]!.min[0], -3);
    assert.equal(Math.max(...levels[2]!.max), 119);
    assert.equal(Math.min(...levels[2]!.min), -99);
    assert.equal(buildLevels({ peaksPerSec: 100, min: new Int8Array(1999), max: new Int8Array(1999) }).length, 1);
  });

  it('picks the coarsest level that still has the wanted density', () => {
    const levels = buildLevels({ peaksPerSec: 100, min: new Int8Array(40_000), max: new Int8Array(40_000) });
    const p = { version: 1, durationSec: 400, sampleRate: 8000, scale: 1, levels };
    assert.equal(pickLevel(p, 20).peaksPerSec, 25);
    assert.equal(pickLevel(p, 1).peaksPerSec, 1.5625);
    assert.equal(pickLevel(p, 500).peaksPerSec, 100);
  });

  it('serialises and reads back exactly', () => {
    const acc = new PeaksAccumulator();
    acc.push(pcm(Array.from({ length: 300_000 }, (_, i) => Math.round(20000 * Math.sin(i / 37)) - (i % 5000))));
    const p = acc.finish();
    const bytes = serializePeaks(p);
    // Read from a Node Buffer that is a view into a larger pool, as fs.readFile may give.
    const pool = Buffer.alloc(bytes.length + 7);
    pool.set(bytes, 3);
    const back = deserializePeaks(pool.subarray(3, 3 + bytes.length));
    assert.ok(back.ok);
    assert.equal(back.peaks.durationSec, p.durationSec);
    assert.equal(back.peaks.scale, Math.fround(p.scale));
    assert.equal(back.peaks.levels.length, p.levels.length);
    p.levels.forEach((l, i) => {
      assert.deepEqual(back.peaks.levels[i]!.min, l.min);
      assert.deepEqual(back.peaks.levels[i]!.max, l.max);
      assert.equal(back.peaks.levels[i]!.peaksPerSec, l.peaksPerSec);
    });
  });

  it('rejects damaged peaks data with a reason instead of throwing', () => {
    const acc = new PeaksAccumulator();
    acc.push(pcm([1, 2, 3, 4]));
    const bytes = serializePeaks(acc.finish());
    for (const bad of [new Uint8Array(0), bytes.subarray(0, bytes.length - 1), Uint8Array.from([...bytes, 0]), Uint8Array.from(bytes, (b, i) => (i === 0 ? 0 : b))]) {
      const r = deserializePeaks(bad);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.message.en, /Invalid peaks file/);
    }
  });

  it('silence gives zeros, not NaN', () => {
    const acc = new PeaksAccumulator();
    acc.push(new Uint8Array(1600));
    const p = acc.finish();
    assert.equal(p.scale, 0);
    assert.deepEqual([...toWavesurferPeaks(p).peaks[0]], new Array(10).fill(0));
  });
});
