import assert from 'node:assert/strict';
import { holdsTime, isPoint, overlaps, segmentAt, segmentIdsOverlapping, segmentIndexAt } from '../../../src/core/session/timeSpan';
import { sampleSession } from './sessionFixtures';

const r = (start: number, end: number) => ({ start, end });
const p = (start: number) => ({ start, end: null });

describe('one rule for times that meet (half-open ranges, points)', () => {
  it('a range holds its start and not its end', () => {
    assert.equal(holdsTime(r(5, 12), 5), true);
    assert.equal(holdsTime(r(5, 12), 11.999), true);
    assert.equal(holdsTime(r(5, 12), 12), false);
    assert.equal(holdsTime(r(5, 12), 4.999), false);
  });

  it('a detail without an end, and an empty range, is a point that holds only its own time', () => {
    assert.equal(isPoint(p(3)), true);
    assert.equal(isPoint(r(3, 3)), true);
    assert.equal(isPoint(r(3, 2)), true);
    assert.equal(isPoint(r(3, 4)), false);
    assert.equal(holdsTime(p(3), 3), true);
    assert.equal(holdsTime(r(3, 3), 3), true);
    assert.equal(holdsTime(p(3), 3.001), false);
  });

  it('ranges that only touch do not overlap; ranges that share a moment do, either way round', () => {
    assert.equal(overlaps(r(0, 5), r(5, 9)), false);
    assert.equal(overlaps(r(5, 9), r(0, 5)), false);
    assert.equal(overlaps(r(0, 5.1), r(5, 9)), true);
    assert.equal(overlaps(r(5, 9), r(0, 5.1)), true);
    assert.equal(overlaps(r(0, 10), r(3, 4)), true);
    assert.equal(overlaps(r(3, 4), r(0, 10)), true);
  });

  it('a point touches a range from its start up to, not at, its end; two points only at the same time', () => {
    assert.equal(overlaps(p(5), r(5, 9)), true);
    assert.equal(overlaps(r(5, 9), p(5)), true);
    assert.equal(overlaps(p(9), r(5, 9)), false);
    assert.equal(overlaps(r(5, 9), p(9)), false);
    assert.equal(overlaps(p(4.99), r(5, 9)), false);
    assert.equal(overlaps(p(5), p(5)), true);
    assert.equal(overlaps(p(5), r(5, 5)), true);
    assert.equal(overlaps(p(5), p(5.01)), false);
  });
});

describe('one rule for the segment current at a time', () => {
  // g1 [0, 4.5), g2 [5, 12), g3 [13, 16)
  const list = sampleSession().transcript;

  it('finds the segment under the playhead; none in a gap, at an end, or after the last', () => {
    assert.deepEqual(
      [0, 4.4, 4.5, 4.8, 5, 12, 12.5, 13, 15.9, 16, 99, -1].map((t) => segmentIndexAt(list, t)),
      [0, 0, -1, -1, 1, -1, -1, 2, 2, -1, -1, -1],
    );
    assert.equal(segmentAt(list, 6)?.id, 'g2');
    assert.equal(segmentAt(list, 4.8), undefined);
    assert.equal(segmentIndexAt([], 3), -1);
  });

  it('of segments starting together, the later in the list is current', () => {
    const same = [{ id: 'a', ...r(5, 10) }, { id: 'b', ...r(5, 8) }];
    assert.equal(segmentAt(same, 6)?.id, 'b');
    assert.equal(segmentAt(same, 9)?.id, 'a', 'after the shorter one ends, the other still runs');
  });

  it('a short turn inside a long one is current while it lasts, then the long turn again', () => {
    const inner = [{ id: 'long', ...r(0, 20) }, { id: 'ja', ...r(3, 4) }, { id: 'next', ...r(25, 30) }];
    assert.deepEqual([1, 3, 3.5, 4, 19, 20, 26].map((t) => segmentAt(inner, t)?.id ?? null), ['long', 'ja', 'ja', 'long', 'long', null, 'next']);
  });

  it('links a detail to the segments it overlaps: a point on a boundary belongs to the segment that starts there', () => {
    assert.deepEqual(segmentIdsOverlapping(list, p(5)), ['g2']);
    assert.deepEqual(segmentIdsOverlapping(list, p(4.5)), []);
    assert.deepEqual(segmentIdsOverlapping(list, p(4.8)), []);
    assert.deepEqual(segmentIdsOverlapping(list, r(4, 13)), ['g1', 'g2']);
    assert.deepEqual(segmentIdsOverlapping(list, r(4, 13.5)), ['g1', 'g2', 'g3']);
    assert.deepEqual(segmentIdsOverlapping(list, r(12, 13)), []);
  });
});
