import assert from 'node:assert/strict';
import { DEMO_TURNS, LONG_SILENCE_MS } from '../../../scripts/demo/dialogue';
import { stableId } from '../../../scripts/demo/demoSession';
import { buildTimeline, gridMsFor, mixTrack } from '../../../scripts/demo/timeline';
import { buildVtt, formatVttTime } from '../../../scripts/demo/vtt';
import { encodeWav, frameCount, parseWav, trimSilence, type PcmWav } from '../../../scripts/demo/wav';

/** The pure helpers of scripts/make-demo.ts. */

function mono(samples: number[], sampleRate = 22050): PcmWav {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => data.writeInt16LE(v, i * 2));
  return { sampleRate, channels: 1, bitsPerSample: 16, data };
}

describe('demo helpers', () => {
  it('round-trips a WAV and clamps a streaming data size', () => {
    const wav = mono([0, 1000, -1000, 5]);
    const bytes = encodeWav(wav);
    const back = parseWav(bytes);
    assert.ok(back.ok);
    assert.equal(back.wav.sampleRate, 22050);
    assert.deepEqual([...back.wav.data], [...wav.data]);
    bytes.writeUInt32LE(0x7fffffff, 40);
    const clamped = parseWav(bytes);
    assert.ok(clamped.ok);
    assert.equal(frameCount(clamped.wav), 4);
    assert.deepEqual(parseWav(Buffer.from('not a wav at all')), { ok: false, error: 'not a RIFF/WAVE file' });
  });

  it('trims leading and trailing silence, keeping a margin', () => {
    const wav = mono([...Array(1000).fill(0), 5000, -5000, ...Array(1000).fill(3)], 1000);
    const t = trimSilence(wav, 300, 10);
    assert.equal(frameCount(t), 10 + 2 + 10);
    assert.equal(frameCount(trimSilence(mono([0, 1, -2]))), 0);
  });

  it('puts every boundary on a whole millisecond that is a whole sample', () => {
    assert.equal(gridMsFor(22050), 20);
    assert.equal(gridMsFor(48000), 1);
    const tl = buildTimeline({ samples: [1000, 441, 1], gapsBeforeMs: [0, 310, 3600], leadInMs: 700, tailMs: 900, sampleRate: 22050 });
    for (const c of tl.cues) {
      assert.ok(Number.isInteger(c.startMs) && Number.isInteger(c.endMs));
      assert.equal(c.startSample, (c.startMs * 22050) / 1000);
      assert.equal(c.paddedSamples % 441, 0);
    }
    assert.equal(tl.cues[0]!.startMs, 700);
    assert.equal(tl.cues[1]!.startMs - tl.cues[0]!.endMs, 320, 'a gap off the grid is rounded up to it');
    assert.equal(tl.cues[2]!.startMs - tl.cues[1]!.endMs, 3600);
    assert.equal(tl.totalMs, tl.cues[2]!.endMs + 900);
    const track = mixTrack(tl, [Buffer.alloc(2000, 1), Buffer.alloc(882, 2), Buffer.alloc(2, 3)]);
    assert.equal(track.length, tl.totalSamples * 2);
    assert.equal(track[tl.cues[1]!.startSample * 2], 2);
    assert.equal(track[tl.cues[1]!.startSample * 2 - 1], 0);
  });

  it('formats VTT times and voice tags', () => {
    assert.equal(formatVttTime(0), '00:00:00.000');
    assert.equal(formatVttTime(3_723_045), '01:02:03.045');
    assert.throws(() => formatVttTime(1.5));
    const vtt = buildVtt([{ id: 'g1', startMs: 700, endMs: 1500, voice: 'Milan', text: 'A < B & C' }], 'test');
    assert.equal(vtt, 'WEBVTT\n\nNOTE test\n\ng1\n00:00:00.700 --> 00:00:01.500\n<v Milan>A &lt; B &amp; C\n');
  });

  it('has a dialogue of 25–40 turns with short gaps and one long silence', () => {
    assert.ok(DEMO_TURNS.length >= 25 && DEMO_TURNS.length <= 40);
    assert.equal(new Set(DEMO_TURNS.map((t) => t.key)).size, DEMO_TURNS.length, 'turn keys are unique');
    const gaps = DEMO_TURNS.slice(1).map((t) => t.gapBeforeMs);
    assert.deepEqual(gaps.filter((g) => g > 800), [LONG_SILENCE_MS]);
    assert.ok(gaps.every((g) => g >= 300));
  });

  it('derives stable ids in the shape of newId', () => {
    assert.equal(stableId('g', 't01'), stableId('g', 't01'));
    assert.notEqual(stableId('g', 't01'), stableId('g', 't02'));
    assert.match(stableId('d', 'x'), /^d[0-9a-f]{20}$/);
  });
});
