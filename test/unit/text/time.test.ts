import assert from 'node:assert/strict';
import { formatClock, formatPaddedClock, formatSrtTime, formatVttTime, parseClock, parseTimestampMs } from '../../../src/core/text/time';

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

  it('cuts rather than rounds in every form, so a label names the second that is playing', () => {
    assert.equal(formatClock(75.5), '1:15');
    assert.equal(formatClock(75.999), '1:15');
    assert.equal(formatPaddedClock(75.999), '01:15');
    assert.equal(formatClock(3599.9), '59:59');
  });

  it('writes the padded clock of exports and [mm:ss] transcript lines', () => {
    assert.equal(formatPaddedClock(0), '00:00');
    assert.equal(formatPaddedClock(65.9), '01:05');
    assert.equal(formatPaddedClock(3725), '1:02:05');
    assert.equal(formatPaddedClock(-4), '00:00');
    assert.equal(formatPaddedClock(Number.NaN), '00:00');
  });

  it('writes WebVTT cue times with a point and SRT cue times with a comma, rounded to the millisecond', () => {
    assert.equal(formatVttTime(0), '00:00:00.000');
    assert.equal(formatVttTime(65.9), '00:01:05.900');
    assert.equal(formatSrtTime(65.9), '00:01:05,900');
    assert.equal(formatVttTime(59.9996), '00:01:00.000');
    assert.equal(formatVttTime(360000.25), '100:00:00.250');
    assert.equal(formatVttTime(-1), '00:00:00.000');
    assert.equal(formatSrtTime(Number.POSITIVE_INFINITY), '00:00:00,000');
  });

  it('reads file stamps with a point or a comma, hours optional, minutes past 59 only without hours', () => {
    assert.equal(parseTimestampMs('00:01:05.900'), 65900);
    assert.equal(parseTimestampMs('00:01:05,900'), 65900);
    assert.equal(parseTimestampMs('01:05'), 65000);
    assert.equal(parseTimestampMs('75:10.000'), 4510000);
    assert.equal(parseTimestampMs('100:00:00.250'), 360000250);
    assert.equal(parseTimestampMs('01:05', true), null);
    for (const bad of ['', '5', '1:60', '1:75:00', '1:2:3:4', 'a:05', '01:05.x', '1:05.', '0:0:0:0', ' 1:05']) assert.equal(parseTimestampMs(bad), null, bad);
  });

  it('reads back the cue times it writes', () => {
    for (const t of [0, 0.001, 65.9, 3599.999, 3600, 360000.25]) {
      assert.equal(parseTimestampMs(formatVttTime(t), true), Math.round(t * 1000));
      assert.equal(parseTimestampMs(formatSrtTime(t), true), Math.round(t * 1000));
    }
  });
});
