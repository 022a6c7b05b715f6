import { strict as assert } from 'node:assert';
import { cleanTime, detailQuestionEdit, removeDetailEdit, saveDetailEdit, type DetailDraft } from '../../../src/core/session/detailEdits';
import { applyEdit } from '../../../src/core/session/edits';
import type { Detail, Question } from '../../../src/core/session/model';
import { sampleSession } from './sessionFixtures';

const draft = (over: Partial<DetailDraft> = {}): DetailDraft => ({
  start: 5,
  end: null,
  tags: ['u2'],
  see: '  Ze zucht.  ',
  meaning: ' Emotie. ',
  deepen: '',
  feedback: 'goed',
  question: { text: '  Wat maakte dat je baalde?  ', type: 'verdiepend' },
  ...over,
});

describe('detail edits for the form, the list and the questions tab (core)', () => {
  it('a new detail: one add with its id, the author, trimmed text, and the segment its moment lies in', () => {
    const s = sampleSession();
    const { edit, id } = saveDetailEdit(draft(), null, 'pB', s.transcript);
    assert.equal(edit.op, 'add');
    const after = applyEdit(s, edit).session;
    const d = after.details.find((x) => x.id === id)!;
    assert.equal(d.authorId, 'pB');
    assert.deepEqual([d.see, d.meaning, d.question], ['Ze zucht.', 'Emotie.', { text: 'Wat maakte dat je baalde?', type: 'verdiepend' }]);
    assert.deepEqual(d.segmentIds, ['g2'], 'a point at 0:05 lies in g2 [5, 12), not in g1 which ended at 4.5');
    assert.equal(d.createdAt, d.updatedAt);
  });

  it('cleans times: two decimals, never below 0, an end never before the start', () => {
    const s = sampleSession();
    const add = (over: Partial<DetailDraft>) => (saveDetailEdit(draft(over), null, null, s.transcript).edit as { item: Detail }).item;
    assert.deepEqual([add({ start: 6.12345, end: 7.5555 }).start, add({ start: 6.12345, end: 7.5555 }).end], [6.12, 7.56]);
    assert.equal(add({ start: -3 }).start, 0);
    assert.equal(add({ start: Number.NaN }).start, 0);
    assert.equal(add({ start: 8, end: 2 }).end, 8);
    assert.deepEqual(add({ start: 4, end: 13.5 }).segmentIds, ['g1', 'g2', 'g3']);
    assert.equal(add({ question: { text: '   ', type: 'verdiepend' } }).question, null);
    assert.equal(cleanTime(Number.POSITIVE_INFINITY), 0);
  });

  it('an edit of an existing detail: one update that keeps its id, author and creation time, and undoes', () => {
    const s = sampleSession();
    const { edit, id } = saveDetailEdit(draft({ start: 14, tags: ['u3'] }), 'd1', 'pC', s.transcript);
    assert.equal(id, 'd1');
    assert.equal(edit.op, 'update');
    const patch = (edit as { patch: Record<string, unknown> }).patch;
    for (const k of ['id', 'authorId', 'createdAt']) assert.ok(!(k in patch), k);
    const { session: after, inverse } = applyEdit(s, edit);
    const d = after.details.find((x) => x.id === 'd1')!;
    assert.deepEqual([d.authorId, d.createdAt, d.start, d.segmentIds], ['pB', s.details[0]!.createdAt, 14, ['g3']]);
    assert.deepEqual(applyEdit(after, inverse).session.details, s.details);
  });

  it('removes a detail, and puts its suggested question on the list (none without a question)', () => {
    const s = sampleSession();
    assert.deepEqual(removeDetailEdit('d1'), { op: 'remove', coll: 'details', id: 'd1' });
    const d = s.details[0]!;
    const q = (detailQuestionEdit(d) as { item: Question }).item;
    assert.deepEqual([q.text, q.type, q.proposedBy, q.time, q.source, q.detailId, q.tags], [d.question!.text, d.question!.type, d.authorId, d.start, 'detail', d.id, d.tags]);
    assert.equal(detailQuestionEdit({ ...d, question: null }), null);
    assert.equal(detailQuestionEdit({ ...d, question: { text: '  ', type: 'verdiepend' } }), null);
  });
});
