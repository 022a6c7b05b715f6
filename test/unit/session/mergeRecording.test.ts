import assert from 'node:assert/strict';
import { applyEdit } from '../../../src/core/session/edits';
import { mergeAsEdit, mergeSessions } from '../../../src/core/session/merge';
import type { Session } from '../../../src/core/session/model';
import { sampleSession } from './sessionFixtures';

const withRecording = (s: Session, path: string | null): Session => ({ ...s, recording: path === null ? null : { path, size: 10, quickHash: 'h', durationSec: 60 } });

describe("merging a colleague's copy and the recording", () => {
  it('keeps my recording when theirs names another path, and says so', () => {
    const mine = withRecording(sampleSession(), 'gesprek.mp4');
    const theirs = withRecording(sampleSession(), '/etc/passwd');
    const r = mergeSessions(null, mine, theirs);
    assert.equal(r.session.recording?.path, 'gesprek.mp4');
    assert.deepEqual(
      r.conflicts.filter((c) => c.id === 'recording').map((c) => c.reason),
      ['recordingNotTaken'],
    );
    const edit = mergeAsEdit(mine, r.session);
    assert.equal(applyEdit(mine, edit).session.recording?.path, 'gesprek.mp4');
  });

  it('does not fill in a recording I do not have from their copy', () => {
    const mine = withRecording(sampleSession(), null);
    const theirs = withRecording(sampleSession(), '../outside.mp4');
    const r = mergeSessions(null, mine, theirs);
    assert.equal(r.session.recording, null);
    assert.ok(r.conflicts.some((c) => c.id === 'recording' && c.reason === 'recordingNotTaken'));
  });

  it('a three-way merge where only I changed the recording keeps mine without a conflict', () => {
    const base = withRecording(sampleSession(), 'oud.mp4');
    const mine = withRecording(sampleSession(), 'nieuw.mp4');
    const theirs = withRecording(sampleSession(), 'oud.mp4');
    const r = mergeSessions(base, mine, theirs);
    assert.equal(r.session.recording?.path, 'nieuw.mp4');
    assert.equal(r.conflicts.filter((c) => c.id === 'recording').length, 0);
  });

  it('a three-way merge where they changed the recording still keeps mine', () => {
    const base = withRecording(sampleSession(), 'oud.mp4');
    const theirs = withRecording(sampleSession(), '\\\\host\\share\\x.mp4');
    const r = mergeSessions(base, base, theirs);
    assert.equal(r.session.recording?.path, 'oud.mp4');
    assert.ok(r.conflicts.some((c) => c.id === 'recording'));
  });
});
