import { strict as assert } from 'node:assert';
import { computeTalkStats, UNKNOWN_SPEAKER, wholePercents } from '../../../src/core/analysis/talkStats';
import { seg, SPEAKERS } from './helpers';

describe('talkStats', () => {
  // b 0-10 | s 12-15 | s 15-20 (same turn) | b 19-21 (starts 1 s before s ends) | s 30-31
  const segments = [seg('1', 0, 10, 'b'), seg('2', 12, 15, 's'), seg('3', 15, 20, 's'), seg('4', 19, 21, 'b'), seg('5', 30, 31, 's')];
  const t = computeTalkStats(segments, SPEAKERS);
  const b = t.speakers.find((s) => s.speakerId === 'b')!;
  const s = t.speakers.find((s) => s.speakerId === 's')!;

  it('speaking time and share per speaker', () => {
    assert.equal(b.speakingSec, 12);
    assert.equal(s.speakingSec, 9);
    assert.equal(t.totalSpeakingSec, 21);
    // Whole percentages (57.1 % and 42.9 %), adding up to 100.
    assert.equal(b.share, 0.57);
    assert.equal(s.share, 0.43);
  });
  it('consecutive segments by one speaker are one turn', () => {
    assert.equal(b.turns, 2);
    assert.equal(s.turns, 2);
    assert.deepEqual(t.turns[1]!.segmentIds, ['2', '3']);
  });
  it('longest monologue with its start', () => {
    assert.deepEqual(b.longestTurn, { start: 0, end: 10, durationSec: 10 });
    assert.deepEqual(s.longestTurn, { start: 12, end: 20, durationSec: 8 });
  });
  it('an overlap: a turn that starts before the previous speaker has finished', () => {
    assert.equal(t.overlaps.length, 1);
    assert.deepEqual(t.overlaps[0], { segmentId: '4', speakerId: 'b', start: 19, overSegmentId: '3', overSpeakerId: 's', overlapSec: 1 });
    assert.equal(b.interruptions, 1);
    assert.equal(s.interruptions, 0);
  });
  it('a backchannel inside a long turn counts once, and order of input does not matter', () => {
    const r = computeTalkStats([seg('c', 4, 5, 's'), seg('a', 0, 10, 'b'), seg('d', 6, 7, 's')], SPEAKERS);
    assert.equal(r.overlaps.length, 1);
    assert.equal(r.overlaps[0]!.segmentId, 'c');
    assert.equal(r.overlaps[0]!.overlapSec, 3); // s's turn 4..7 inside b's 0..10
  });
  it('segments without a speaker are counted under one unknown speaker', () => {
    const r = computeTalkStats([seg('x', 0, 2, null), seg('y', 2, 3, null)], []);
    assert.equal(r.speakers.length, 1);
    assert.equal(r.speakers[0]!.speakerId, UNKNOWN_SPEAKER);
    assert.equal(r.speakers[0]!.turns, 1);
  });
  it('empty transcript gives zeros, not NaN', () => {
    const r = computeTalkStats([], SPEAKERS);
    assert.equal(r.totalSpeakingSec, 0);
    assert.deepEqual(r.speakers, []);
  });
});

describe('talk shares as whole percentages', () => {
  it('always add up to exactly 100 (largest remainder)', () => {
    assert.deepEqual(wholePercents([0.404, 0.596]), [40, 60]);
    assert.equal(wholePercents([0.405, 0.595]).reduce((a, b) => a + b, 0), 100);
    assert.deepEqual(wholePercents([1 / 3, 1 / 3, 1 / 3]).reduce((a, b) => a + b, 0), 100);
    assert.deepEqual(wholePercents([0, 0]), [0, 0]);
    for (let k = 0; k < 200; k++) {
      const xs = Array.from({ length: 1 + (k % 5) }, (_, i) => ((k * 7919 + i * 104729) % 97) + 1);
      assert.equal(wholePercents(xs).reduce((a, b) => a + b, 0), 100);
    }
  });
});
