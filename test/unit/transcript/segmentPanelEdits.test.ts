import { strict as assert } from 'node:assert';
import { applyEdit, type Edit } from '../../../src/core/session/edits';
import type { Segment } from '../../../src/core/session/model';
import { deleteSegmentEdit, insertAtEdit, saveSegmentEdit, splitAtEdit, splitPoint } from '../../../src/core/transcript/segmentEdits';
import { sampleSession } from '../session/sessionFixtures';

/** The transcript panel's actions, built in the core: the webview only sends what they return. */
describe('segment edits for the transcript panel (core)', () => {
  it('splits at the playhead inside a segment, else proportionally at a word boundary', () => {
    const seg = { id: 'g', start: 10, end: 20, speakerId: null, text: 'een twee drie vier' };
    assert.deepEqual(splitPoint(seg, seg.text, 4, 15), { atSec: 15, atChar: 4 });
    const mid = splitPoint(seg, seg.text, null, 30);
    assert.equal(seg.text[mid.atChar], ' ');
    assert.ok(mid.atSec > 10 && mid.atSec < 20);
    assert.deepEqual(splitPoint(seg, seg.text, 0, 30), { atSec: 10, atChar: 0 });
  });

  it('moves a segment whose new start changes the order, keeping the new text', () => {
    const s = sampleSession();
    const e = saveSegmentEdit(s, 'g1', { text: 'Later gezegd.', speakerId: 'spB', start: 14, end: 15 }) as Extract<Edit, { op: 'batch' }>;
    assert.equal(e.op, 'batch');
    const after = applyEdit(s, e).session.transcript;
    assert.deepEqual(after.map((x) => x.id), ['g2', 'g3', 'g1']);
    assert.equal(after[2]!.text, 'Later gezegd.');
    assert.equal(saveSegmentEdit(s, 'g2', { text: s.transcript[1]!.text, speakerId: 'spS', start: 5, end: 12 }), null);
  });

  it('saves text, speaker and times as one update; nothing changed gives no edit; an unknown id gives none', () => {
    const s = sampleSession();
    const e = saveSegmentEdit(s, 'g2', { text: 'Nou, ik baalde.', speakerId: 'spB', start: 5.5, end: 11 });
    assert.deepEqual(e, { op: 'update', coll: 'transcript', id: 'g2', patch: { text: 'Nou, ik baalde.', speakerId: 'spB', start: 5.5, end: 11 } });
    assert.equal(saveSegmentEdit(s, 'nope', { text: '', speakerId: null, start: 0, end: 1 }), null);
  });

  it('splits with the text as typed in the editor (unsaved), at the playhead inside the segment', () => {
    const s = sampleSession();
    const e = splitAtEdit(s, 'g2', 'Nou, ik baalde. Ik moest alleen.', 16, 8)!;
    const after = applyEdit(s, e).session.transcript;
    assert.deepEqual(after.map((x) => [x.start, x.end, x.text]), [
      [0, 4.5, s.transcript[0]!.text],
      [5, 8, 'Nou, ik baalde.'],
      [8, 12, 'Ik moest alleen.'],
      [13, 16, s.transcript[2]!.text],
    ]);
    assert.equal(after[1]!.id, 'g2');
    assert.equal(splitAtEdit(s, 'nope', 'x', 0, 0), null);
  });

  it('deletes a segment and the details’ links to it in one step, and undo brings both back', () => {
    const s = sampleSession();
    const e = deleteSegmentEdit(s, 'g2') as Extract<Edit, { op: 'batch' }>;
    assert.equal(e.op, 'batch');
    const { session: after, inverse } = applyEdit(s, e);
    assert.deepEqual(after.transcript.map((x) => x.id), ['g1', 'g3']);
    assert.ok(after.details.every((d) => !d.segmentIds.includes('g2')));
    const back = applyEdit(after, inverse).session;
    assert.deepEqual(back.transcript, s.transcript);
    assert.deepEqual(back.details.map((d) => d.segmentIds), s.details.map((d) => d.segmentIds));
    assert.deepEqual(deleteSegmentEdit(s, 'g1'), { op: 'remove', coll: 'transcript', id: 'g1' }, 'no links: a plain remove');
  });

  it('inserts an empty segment at the playhead (tenths), 3 s long within the recording, spoken by who spoke before', () => {
    const s = sampleSession();
    const e = insertAtEdit(s, 12.46, 14) as Extract<Edit, { op: 'add' }> & { item: Segment };
    assert.deepEqual({ ...e.item, id: '' }, { id: '', start: 12.5, end: 14, speakerId: 'spS', text: '' });
    const first = insertAtEdit({ ...s, transcript: [] }, 0, 0) as Extract<Edit, { op: 'add' }> & { item: Segment };
    assert.deepEqual([first.item.start, first.item.end, first.item.speakerId], [0, 3, null]);
  });
});
