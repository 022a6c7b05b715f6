import { strict as assert } from 'node:assert';
import { PALETTE } from '../../../src/core/framework/builtinFrameworks';
import { applyEdit, type Edit } from '../../../src/core/session/edits';
import type { Participant } from '../../../src/core/session/model';
import { addParticipantEdit, nextColourEdit, participantEdit, removeParticipantEdit, toggleLensEdit } from '../../../src/core/session/participantEdits';
import { applyCheckedEdit } from '../../../src/core/session/validateEdit';
import { sampleSession } from './sessionFixtures';

const defaultName = (role: string) => `Deelnemer ${role}`;
const item = (e: Edit): Participant => (e as Extract<Edit, { op: 'add' }>).item as Participant;

describe('participant edits for the set-up and the lenses (core)', () => {
  it('a new participant takes the first free role of a, b, c and a colour nobody has; the name is trimmed', () => {
    const s = sampleSession();
    s.participants = s.participants.filter((p) => p.role !== 'b');
    const edit = addParticipantEdit(s, '  Sem  ', defaultName);
    const p = applyCheckedEdit(s, edit).session.participants.at(-1)!;
    assert.match(p.id, /^p[0-9a-f]{20}$/);
    assert.deepEqual([p.name, p.role, p.lens], ['Sem', 'b', []]);
    assert.ok(!s.participants.some((x) => x.colour.toLowerCase() === p.colour.toLowerCase()), p.colour);
  });

  it('a blank name becomes the default for the role; when a, b and c are taken the role is "other"', () => {
    const s = sampleSession();
    const p = item(addParticipantEdit(s, ' \t ', defaultName));
    assert.deepEqual([p.name, p.role], ['Deelnemer other', 'other']);
    applyCheckedEdit(s, addParticipantEdit(s, '', defaultName));
  });

  it('a rename or a new role is one update with what differs, and undoes', () => {
    const s = sampleSession();
    const edit = participantEdit(s, 'pB', { name: '  Joost B. ', role: 'trainer' })!;
    assert.deepEqual(edit, { op: 'update', coll: 'participants', id: 'pB', patch: { name: 'Joost B.', role: 'trainer' } });
    const { session: after, inverse } = applyCheckedEdit(s, edit);
    assert.deepEqual(applyEdit(after, inverse).session.participants, s.participants);
  });

  it('bad input changes nothing: a blank name keeps the old one, an unknown role or person is ignored', () => {
    const s = sampleSession();
    assert.equal(participantEdit(s, 'pB', { name: '   ' }), null);
    assert.equal(participantEdit(s, 'pB', { name: ' Joost Bakker ' }), null);
    assert.equal(participantEdit(s, 'pB', { role: 'observer' }), null);
    assert.equal(participantEdit(s, 'pX', { name: 'Sem' }), null);
    assert.equal(participantEdit(s, 'pB', { name: 'x'.repeat(500) })!.op, 'update');
    applyCheckedEdit(s, participantEdit(s, 'pB', { name: 'x'.repeat(5000) })!);
  });

  it('the colour button goes round the palette; a colour from outside it starts at the first', () => {
    const s = sampleSession();
    const next = nextColourEdit(s, 'pA')!;
    assert.deepEqual((next as Extract<Edit, { op: 'update' }>).patch, { colour: PALETTE[1] });
    applyCheckedEdit(s, next);
    s.participants[0]!.colour = PALETTE.at(-1)!.toLowerCase();
    assert.deepEqual((nextColourEdit(s, 'pA') as Extract<Edit, { op: 'update' }>).patch, { colour: PALETTE[0] });
    s.participants[0]!.colour = '#123456';
    assert.deepEqual((nextColourEdit(s, 'pA') as Extract<Edit, { op: 'update' }>).patch, { colour: PALETTE[0] });
    assert.equal(nextColourEdit(s, 'pX'), null);
  });

  it('a lens chip adds the tag to the observer\'s lens, or takes it off', () => {
    const s = sampleSession();
    assert.deepEqual(toggleLensEdit(s, 'pB', 'u3'), { op: 'update', coll: 'participants', id: 'pB', patch: { lens: ['u2', 'u6', 'u3'] } });
    assert.deepEqual(toggleLensEdit(s, 'pB', 'u2'), { op: 'update', coll: 'participants', id: 'pB', patch: { lens: ['u6'] } });
    applyCheckedEdit(s, toggleLensEdit(s, 'pB', 'u3')!);
    assert.equal(toggleLensEdit(s, 'pX', 'u3'), null);
  });

  it('removes a participant; undo brings them back in their place', () => {
    const s = sampleSession();
    const { session: after, inverse } = applyCheckedEdit(s, removeParticipantEdit('pB'));
    assert.deepEqual(after.participants.map((p) => p.id), ['pA', 'pC']);
    assert.deepEqual(applyEdit(after, inverse).session.participants, s.participants);
  });
});
