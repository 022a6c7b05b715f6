import { strict as assert } from 'node:assert';
import type { Edit } from '../../../src/core/session/edits';
import type { Question } from '../../../src/core/session/model';
import { settle } from './webviewTestKit';
import { click, mountPanel, type, type Mounted } from './transcriptFixture';

/** A DOM range over the first occurrence of `words` in `el`, across its text nodes. */
function rangeOf(el: Element, words: string): Range {
  const doc = el.ownerDocument;
  const from = el.textContent!.indexOf(words);
  const to = from + words.length;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(el, 4 /* text nodes */);
  let pos = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent!.length;
    if (from >= pos && from < pos + len) range.setStart(n, from - pos);
    if (to > pos && to <= pos + len) range.setEnd(n, to - pos);
    pos += len;
  }
  return range;
}

describe('transcript panel: speakers and good questions', () => {
  let m: Mounted;
  afterEach(() => m.cleanup());

  function openSpeakers(): HTMLElement {
    click(m.$$('.kk-tr-tool').find((b) => b.textContent === 'Sprekers'));
    const ed = m.$('.kk-tr-speakers')!;
    assert.equal(ed.hidden, false);
    return ed;
  }

  it('changes a speaker role with one update, and the rows follow', async () => {
    m = mountPanel();
    const ed = openSpeakers();
    const role = ed.querySelector<HTMLSelectElement>('[data-speaker="spS"][data-field="role"]')!;
    assert.equal(role.value, 'student');
    role.value = 'anders';
    role.dispatchEvent(new Event('change'));
    assert.deepEqual(m.edits(), [{ op: 'update', coll: 'speakers', id: 'spS', patch: { role: 'anders' } }]);
    await settle();
    assert.match(m.row('g2')!.querySelector('.kk-tr-speaker')!.textContent!, /anders/);
    // Emotion words are marked for students only.
    assert.equal(m.row('g2')!.querySelectorAll('.kk-tr-emotion').length, 0);
  });

  it('renames a speaker and changes a colour', async () => {
    m = mountPanel();
    const ed = openSpeakers();
    const name = ed.querySelector<HTMLInputElement>('[data-speaker="spB"][data-field="name"]')!;
    type(name, '  Marieke V. ');
    name.dispatchEvent(new Event('change'));
    const colour = ed.querySelector<HTMLInputElement>('[data-speaker="spB"][data-field="colour"]')!;
    colour.value = '#009e73';
    colour.dispatchEvent(new Event('change'));
    assert.deepEqual(m.edits(), [
      { op: 'update', coll: 'speakers', id: 'spB', patch: { name: 'Marieke V.' } },
      { op: 'update', coll: 'speakers', id: 'spB', patch: { colour: '#009e73' } },
    ]);
    await settle();
    assert.match(m.row('g1')!.textContent!, /Marieke V\./);
  });

  it('turns selected words into a good question once its kind is chosen, keeping who asked it apart from who listed it', async () => {
    m = mountPanel();
    const range = rangeOf(m.row('g2')!.querySelector('.kk-tr-text')!, 'ik moest alleen de groep draaien');
    const sel = m.window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    m.$('.kk-tr-viewport')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    const pop = m.$('.kk-tr-qpop')!;
    assert.equal(pop.hidden, false);
    click(pop.querySelector('[data-action="good-question"]'));
    assert.deepEqual(m.edits(), [], 'nothing is added before the kind is chosen');
    const deepen = pop.querySelector<HTMLButtonElement>('[data-type="verdiepend"]')!;
    deepen.dispatchEvent(new Event('focus'));
    assert.match(pop.textContent!, /wat gebeurde er precies\? Speelde dit eerder in je leven\?/);
    click(deepen);
    const add = m.edits()[0] as Extract<Edit, { op: 'add' }>;
    const q = add.item as Question;
    assert.equal(add.coll, 'questions');
    assert.equal(q.text, 'ik moest alleen de groep draaien');
    assert.deepEqual([q.type, q.origin, q.source, q.time, q.speakerId, q.proposedBy, q.detailId, q.note], ['verdiepend', 'asked', 'transcript', 5, 'spS', 'pB', null, '']);
    assert.match(q.id, /^q[0-9a-f]{20}$/);
    assert.equal(m.edits().length, 1);
    await settle();
    assert.equal(m.ctx.store.session!.questions.find((x) => x.id === q.id)!.type, 'verdiepend');
  });
});
