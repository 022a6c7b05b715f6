import { strict as assert } from 'node:assert';
import { combinePauses, findTranscriptPauses, waitTimes } from '../../../src/core/analysis/pauses';
import { seg } from './helpers';

describe('pauses', () => {
  const segments = [seg('1', 0, 4, 'b'), seg('2', 7, 15, 's'), seg('3', 16, 18, 'b'), seg('4', 17, 22, 's'), seg('5', 22, 25, 'b'), seg('6', 25, 27, 'b'), seg('7', 30, 34, 's')];

  it('gaps of at least N seconds between segments', () => {
    const p = findTranscriptPauses(segments, 2);
    assert.deepEqual(p.map((x) => [x.start, x.end, x.durationSec, x.afterSegmentId, x.beforeSegmentId]), [
      [4, 7, 3, '1', '2'],
      [27, 30, 3, '6', '7'],
    ]);
    assert.equal(findTranscriptPauses(segments, 3.5).length, 0);
    assert.equal(findTranscriptPauses(segments, 1).length, 3); // 15→16 as well
  });
  it('a segment inside a longer one does not create a false gap', () => {
    const p = findTranscriptPauses([seg('a', 0, 20, 'b'), seg('b', 2, 3, 's'), seg('c', 21, 22, 's')], 2);
    assert.equal(p.length, 0);
  });
  it('wachttijd after a question: until the other speaker starts', () => {
    const w = waitTimes(segments, new Set(['1', '3', '5', '7']));
    assert.deepEqual(w.map((x) => [x.segmentId, x.waitSec, x.answerSegmentId, x.askerContinued]), [
      ['1', 3, '2', false],
      ['3', -1, '4', false], // the student spoke into the question
      ['5', 5, '7', true], // the begeleider went on (segment 6) before the student answered
      ['7', null, null, false],
    ]);
  });
  it('combinePauses: overlapping sources become one pause with the audio times', () => {
    const t = findTranscriptPauses(segments, 2);
    const c = combinePauses(t, [{ start: 4.2, end: 6.9 }, { start: 10, end: 12.5 }, { start: 40, end: 41 }], 2);
    assert.deepEqual(c.map((x) => [x.start, x.end, x.source]), [
      [4.2, 6.9, 'beide'],
      [10, 12.5, 'audio'],
      [27, 30, 'transcript'],
    ]);
  });
});
