import { strict as assert } from 'node:assert';
import { newSession } from '../../../src/core/session/newSession';
import { recordingName, summariseSession } from '../../../src/host/views/sessionSummary';

describe('session summary (Gesprekken view)', () => {
  it('shows title, recording, Dutch date and the counts', () => {
    const s = newSession({ path: 'opnames/gesprek-lotte.mov', size: 1, quickHash: 'x', durationSec: 600 }, 'Lotte, tweede gesprek');
    // Midday, so the local calendar date is the same in every time zone the tests run in.
    s.createdAt = '2025-03-04T12:00:00.000Z';
    s.details = [{ id: 'd1' }, { id: 'd2' }] as never;
    s.questions = [{ id: 'q1' }] as never;
    const sum = summariseSession(s, '/w/opnames/gesprek-lotte.mov.kleinkijken.json', 'nl');
    assert.equal(sum.title, 'Lotte, tweede gesprek');
    assert.equal(sum.recordingName, 'gesprek-lotte.mov');
    assert.equal(sum.date, '4 maart 2025');
    assert.equal(sum.description, 'gesprek-lotte.mov · 4 maart 2025 · 2 details · 1 vraag');
    assert.equal(summariseSession(s, 'x', 'en').description, 'gesprek-lotte.mov · 4 March 2025 · 2 details · 1 question');
  });

  it('falls back to the recording name as title and to the file name for the recording', () => {
    const s = newSession(null, '  ');
    s.createdAt = 'niet een datum';
    const sum = summariseSession(s, 'C:\\map\\interview.m4a.kleinkijken.json', 'nl');
    assert.equal(sum.title, 'interview.m4a');
    assert.equal(sum.date, '');
    assert.equal(sum.description, 'interview.m4a · 0 details · 0 vragen');
    assert.equal(recordingName(null, '/w/los.json'), 'los.json');
    s.createdAt = '2024-12-31T12:00:00Z';
    assert.equal(summariseSession(s, 'x', 'nl').date, '31 december 2024');
    s.createdAt = '';
    assert.equal(summariseSession(s, 'x', 'nl').date, '');
  });
});
