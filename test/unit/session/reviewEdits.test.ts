import { strict as assert } from 'node:assert';
import { applyEdit, type Edit } from '../../../src/core/session/edits';
import { contextEdit, leervraagEdit, toggleFocusEdit } from '../../../src/core/session/reviewEdits';
import { applyCheckedEdit } from '../../../src/core/session/validateEdit';
import { sampleSession } from './sessionFixtures';

const patch = (e: Edit | null) => (e as Extract<Edit, { op: 'review' }>).patch;

describe('review edits for the set-up and the focus (core)', () => {
  it('a context field changes that field only, as typed (lines kept), and undoes', () => {
    const s = sampleSession();
    const edit = contextEdit(s, 'aanleiding', 'Stage liep mis.\nWil verder met zorg.')!;
    const { session: after, inverse } = applyCheckedEdit(s, edit);
    assert.deepEqual(after.review.context, { ...s.review.context, aanleiding: 'Stage liep mis.\nWil verder met zorg.' });
    assert.deepEqual(applyEdit(after, inverse).session.review, s.review);
  });

  it('no edit for the stored value or a field the context does not have', () => {
    const s = sampleSession();
    assert.equal(contextEdit(s, 'opleiding', s.review.context.opleiding), null);
    assert.equal(contextEdit(s, 'toString' as never, 'x'), null);
    // The file's limit for a short field is the host's to enforce: the edit is refused there, not cut here.
    assert.throws(() => applyCheckedEdit(s, contextEdit(s, 'opleiding', 'x'.repeat(2001))!), /review\.context\.opleiding/);
  });

  it('a new leervraag puts the earlier wording into the history in the same step', () => {
    const s = sampleSession();
    const edit = leervraagEdit(s, 'Hoe vraag ik door naar wat er precies gebeurde?', '2026-11-29T10:00:00.000Z')!;
    assert.deepEqual(patch(edit), { leervraag: 'Hoe vraag ik door naar wat er precies gebeurde?', leervraagHistory: [{ text: 'Hoe vraag ik door zonder in te vullen?', at: '2026-11-29T10:00:00.000Z' }] });
    const { session: after, inverse } = applyCheckedEdit(s, edit);
    assert.deepEqual(applyEdit(after, inverse).session.review, s.review);
    assert.ok(!Number.isNaN(Date.parse((patch(leervraagEdit(s, 'Anders')).leervraagHistory ?? [])[0]!.at)), 'a timestamp by default');
  });

  it('a first or blank earlier leervraag leaves no history; an unchanged one gives no edit', () => {
    const s = sampleSession();
    assert.equal(leervraagEdit(s, s.review.leervraag), null);
    s.review.leervraag = '  ';
    assert.deepEqual(leervraagEdit(s, 'Hoe luister ik leeg?'), { op: 'review', patch: { leervraag: 'Hoe luister ik leeg?' } });
    applyCheckedEdit(s, leervraagEdit(s, '')!);
  });

  it('a focus chip adds the tag to the trio\'s focus, or takes it off', () => {
    const s = sampleSession();
    s.review.focus = ['u2', 'u6'];
    assert.deepEqual(patch(toggleFocusEdit(s, 'u3')), { focus: ['u2', 'u6', 'u3'] });
    assert.deepEqual(patch(toggleFocusEdit(s, 'u2')), { focus: ['u6'] });
    applyCheckedEdit(s, toggleFocusEdit(s, 'u3'));
    assert.throws(() => applyCheckedEdit(s, toggleFocusEdit(s, 'geen tag')), /review\.focus/);
  });
});
