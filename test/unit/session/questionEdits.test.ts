import { strict as assert } from 'node:assert';
import { applyEdit, type Edit } from '../../../src/core/session/edits';
import type { Question } from '../../../src/core/session/model';
import { removeQuestionEdit, saveQuestionEdit, transcriptQuestionEdit, type QuestionDraft } from '../../../src/core/session/questionEdits';
import { applyCheckedEdit } from '../../../src/core/session/validateEdit';
import { sampleSession } from './sessionFixtures';

const draft = (over: Partial<QuestionDraft> = {}): QuestionDraft => ({
  text: '  Waar speelt dat nog meer?  ',
  type: 'verbredend',
  origin: 'asked',
  tags: ['u4'],
  proposedBy: 'pC',
  note: ' Opende het gesprek. ',
  time: 14.126,
  ...over,
});
const added = (e: Edit | null): Question => (e as Extract<Edit, { op: 'add' }>).item as Question;

describe('question edits for the form and the transcript popover (core)', () => {
  it('a question typed in the form: trimmed, a free question at a valid moment, passing the schema', () => {
    const s = sampleSession();
    const edit = saveQuestionEdit(draft(), null)!;
    const after = applyCheckedEdit(s, edit).session;
    const q = after.questions.find((x) => x.id === added(edit).id)!;
    assert.match(q.id, /^q[0-9a-f]{20}$/);
    assert.deepEqual([q.text, q.note, q.time, q.source, q.speakerId, q.detailId, q.origin, q.proposedBy], ['Waar speelt dat nog meer?', 'Opende het gesprek.', 14.13, 'free', null, null, 'asked', 'pC']);
    assert.ok(!Number.isNaN(Date.parse(q.createdAt)));
  });

  it('an edit of an existing question is one update that keeps id, source and creation, and undoes', () => {
    const s = sampleSession();
    const edit = saveQuestionEdit(draft({ type: 'verdiepend', time: null, proposedBy: '' }), 'q1')!;
    assert.equal(edit.op, 'update');
    const { session: after, inverse } = applyCheckedEdit(s, edit);
    const q = after.questions[0]!;
    assert.deepEqual([q.id, q.source, q.createdAt, q.type, q.time, q.proposedBy], ['q1', 'free', s.questions[0]!.createdAt, 'verdiepend', null, null]);
    // The sample question has no origin (an older file): undo puts `undefined` back, which JSON drops.
    assert.deepEqual(JSON.parse(JSON.stringify(applyEdit(after, inverse).session.questions)), s.questions);
  });

  it('refuses what is not a question: no text, only whitespace, no kind chosen', () => {
    assert.equal(saveQuestionEdit(draft({ text: '' }), null), null);
    assert.equal(saveQuestionEdit(draft({ text: ' \n\t ' }), null), null);
    assert.equal(saveQuestionEdit(draft({ type: '' }), null), null);
    assert.equal(saveQuestionEdit(draft({ type: 'retorisch' }), 'q1'), null);
  });

  it('keeps a moment valid: below 0 or not a number becomes 0:00; an unknown origin is a suggestion', () => {
    const s = sampleSession();
    for (const time of [-5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const edit = saveQuestionEdit(draft({ time }), null)!;
      assert.equal(added(edit).time, 0, String(time));
      applyCheckedEdit(s, edit);
    }
    assert.equal(added(saveQuestionEdit(draft({ origin: 'gehoord' }), null)).origin, 'suggested');
  });

  it('words selected in the transcript: asked there, by that speaker, listed by the one noting', () => {
    const s = sampleSession();
    const seg = s.transcript[1]!;
    const made = transcriptQuestionEdit(seg, ' ik moest alleen de groep draaien ', 'verdiepend', 'pB')!;
    const q = applyCheckedEdit(s, made.edit).session.questions.find((x) => x.id === made.id)!;
    assert.deepEqual([q.text, q.type, q.time, q.speakerId, q.proposedBy, q.source, q.origin, q.tags, q.note], ['ik moest alleen de groep draaien', 'verdiepend', 5, 'spS', 'pB', 'transcript', 'asked', [], '']);
    assert.equal(added(transcriptQuestionEdit(seg, 'x'.repeat(5000), 'anders', null)!.edit).text.length, 2000);
    assert.equal(transcriptQuestionEdit(seg, '   ', 'anders', null), null);
    assert.equal(transcriptQuestionEdit(seg, 'Hoe?', 'gesloten' as never, null), null);
  });

  it('removes a question, and undo brings it back in its place', () => {
    const s = sampleSession();
    const { session: after, inverse } = applyCheckedEdit(s, removeQuestionEdit('q1'));
    assert.equal(after.questions.length, 0);
    assert.deepEqual(applyEdit(after, inverse).session.questions, s.questions);
  });
});
