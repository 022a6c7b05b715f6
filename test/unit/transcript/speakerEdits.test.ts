import { strict as assert } from 'node:assert';
import { PALETTE } from '../../../src/core/framework/builtinFrameworks';
import { applyEdit } from '../../../src/core/session/edits';
import { addSpeakersEdit, newSpeaker, speakerEdit } from '../../../src/core/transcript/speakerEdits';
import { sampleSession } from '../session/sessionFixtures';

describe('speaker edits for the transcript panel (core)', () => {
  it('updates only what differs, name trimmed and at most 200 characters', () => {
    const s = sampleSession();
    const sp = s.speakers[0]!;
    assert.deepEqual(speakerEdit(s, sp.id, { name: `  Anouk de Vries  `, role: sp.role }), { op: 'update', coll: 'speakers', id: sp.id, patch: { name: 'Anouk de Vries' } });
    const long = speakerEdit(s, sp.id, { name: 'x'.repeat(300) });
    assert.equal(long?.op === 'update' && (long.patch as { name: string }).name.length, 200);
    assert.deepEqual(speakerEdit(s, sp.id, { role: 'anders', colour: '#ABCDEF' }), { op: 'update', coll: 'speakers', id: sp.id, patch: { role: 'anders', colour: '#ABCDEF' } });
  });

  it('gives no edit for a blank name, an unchanged value, a colour that is not #rrggbb, or an unknown speaker', () => {
    const s = sampleSession();
    const sp = s.speakers[0]!;
    assert.equal(speakerEdit(s, sp.id, { name: '   ' }), null);
    assert.equal(speakerEdit(s, sp.id, { name: sp.name, role: sp.role, colour: sp.colour.toLowerCase() }), null);
    assert.equal(speakerEdit(s, sp.id, { colour: 'red' }), null);
    assert.equal(speakerEdit(s, 'nope', { name: 'Ria' }), null);
  });

  it('makes a new speaker in the first colour nobody has, and adds several in one undo step', () => {
    const s = sampleSession();
    const made = newSpeaker(s.speakers, 'Spreker 3');
    assert.equal(made.role, 'anders');
    assert.ok(!s.speakers.some((x) => x.colour.toLowerCase() === made.colour.toLowerCase()));
    assert.ok(PALETTE.includes(made.colour));
    assert.equal(newSpeaker([], 'A', 'student', '#123456').colour, '#123456');
    const two = [newSpeaker(s.speakers, 'A'), newSpeaker(s.speakers, 'B')];
    const e = addSpeakersEdit(two);
    assert.equal(e.op, 'batch');
    const { session: after, inverse } = applyEdit(s, e);
    assert.equal(after.speakers.length, s.speakers.length + 2);
    assert.equal(applyEdit(after, inverse).session.speakers.length, s.speakers.length);
    assert.equal(addSpeakersEdit([two[0]!]).op, 'add');
  });
});
