import assert from 'node:assert/strict';
import { formatClock, parseClock } from '../../../src/core/text/time';

describe('times as people read and type them (one module)', () => {
  it('formats m:ss, h:mm:ss and rounded tenths', () => {
    assert.equal(formatClock(0), '0:00');
    assert.equal(formatClock(65.9), '1:05');
    assert.equal(formatClock(3725), '1:02:05');
    assert.equal(formatClock(65.94, true), '1:05.9');
    assert.equal(formatClock(59.96, true), '1:00.0');
    assert.equal(formatClock(-3), '0:00');
    assert.equal(formatClock(Number.NaN), '0:00');
  });

  it('accepts the Dutch decimal comma everywhere, also in go-to-time forms', () => {
    assert.equal(parseClock('1:05,3'), 65.3);
    assert.equal(parseClock('65,5'), 65.5);
    assert.equal(parseClock('1m30,5s'), 90.5);
    assert.equal(parseClock('1:02:03,25'), 3723.25);
    assert.equal(parseClock(' 2:03.5 '), 123.5);
  });

  it('reads minutes past 59 without hours, and 1m30s', () => {
    assert.equal(parseClock('62:03'), 3723);
    assert.equal(parseClock('1m30s'), 90);
    assert.equal(parseClock('2m'), 120);
    assert.equal(parseClock('95'), 95);
  });

  it('refuses what is not a time instead of guessing', () => {
    for (const bad of ['', 'abc', '1:75', '1:60:00', '1:2:3:4', '-3', '1:05.', '1,2,3', '1:05,3,4', ':30', '1::2']) assert.equal(parseClock(bad), null, bad);
  });

  it('reads back what it writes', () => {
    for (const t of [0, 4.5, 61.2, 3599.9, 3600, 7322.4]) assert.equal(parseClock(formatClock(t, true)), t);
  });
});
