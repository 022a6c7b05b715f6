import { strict as assert } from 'node:assert';
import { applyEdit, type Edit } from '../../../src/core/session/edits';
import type { Note } from '../../../src/core/session/model';
import { addNoteEdit, removeNoteEdit } from '../../../src/core/session/noteEdits';
import { applyCheckedEdit } from '../../../src/core/session/validateEdit';
import { sampleSession } from './sessionFixtures';

const note = (e: Edit): Note => (e as Extract<Edit, { op: 'add' }>).item as Note;

describe('note edits for the steps of a round (core)', () => {
  it('an observation keeps the moment in tenths and passes the schema; the text is trimmed', () => {
    const s = sampleSession();
    const made = addNoteEdit('observation', '  Ze kijkt weg.  ', 'pB', 12.345)!;
    const n = applyCheckedEdit(s, made.edit).session.notes.find((x) => x.id === made.id)!;
    assert.match(n.id, /^n[0-9a-f]{20}$/);
    assert.deepEqual([n.kind, n.text, n.time, n.authorId], ['observation', 'Ze kijkt weg.', 12.3, 'pB']);
  });

  it('notes about the round carry no moment; nobody chosen is null', () => {
    for (const kind of ['verduidelijking', 'reactie', 'feedforward'] as const) {
      const n = note(addNoteEdit(kind, 'Volgende keer eerst doorvragen.', '', 30)!.edit);
      assert.deepEqual([n.time, n.authorId], [null, null], kind);
      applyCheckedEdit(sampleSession(), addNoteEdit(kind, 'x', null, 30)!.edit);
    }
  });

  it('bad input: no text or only whitespace gives no note; a moment below 0 is 0, one that is not a number none', () => {
    assert.equal(addNoteEdit('observation', '', 'pB', 3), null);
    assert.equal(addNoteEdit('feedforward', ' \n ', 'pB', 3), null);
    assert.equal(note(addNoteEdit('observation', 'Zucht', null, -4)!.edit).time, 0);
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY, null]) {
      const made = addNoteEdit('observation', 'Zucht', null, t)!;
      assert.equal(note(made.edit).time, null, String(t));
      applyCheckedEdit(sampleSession(), made.edit);
    }
  });

  it('removes a note; undo brings it back', () => {
    const s0 = sampleSession();
    const made = addNoteEdit('reactie', 'Dat herken ik.', 'pA', null)!;
    const s1 = applyCheckedEdit(s0, made.edit).session;
    const { session: s2, inverse } = applyCheckedEdit(s1, removeNoteEdit(made.id));
    assert.equal(s2.notes.length, 0);
    assert.deepEqual(applyEdit(s2, inverse).session.notes, s1.notes);
  });
});
