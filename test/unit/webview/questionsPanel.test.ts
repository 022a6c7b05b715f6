import * as assert from 'node:assert/strict';
import * as v from 'valibot';
import type { Question } from '../../../src/core/session/model';
import { questionSchema } from '../../../src/core/session/sessionSchema';
import { sampleSession } from '../session/sessionFixtures';
import { edits, key, mountPanel } from './detailsTestKit';
import { settle, type Harness } from './webviewTestKit';

describe('webview questions: the Goede-vragen panel', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());
  const doc = () => hs.window.document;
  const headings = () => [...doc().querySelectorAll('.question-group:not([hidden]) .qg-title')].map((x) => x.textContent);

  it('groups by kind with counts, including suggestions from details not yet on the list', () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    assert.deepEqual(headings(), ['Verbredend (1)', 'Verdiepend (2)']);
    const drafts = doc().querySelectorAll('.qg-verdiepend .question-draft');
    assert.equal(drafts.length, 2);
    assert.match(drafts[0]!.textContent!, /Wat maakte dat je baalde\?/);
    assert.match(drafts[0]!.textContent!, /nog niet op de lijst/);
    assert.match(doc().querySelector('.qg-verbredend li')!.textContent!, /door Fatima El Amrani/);
  });

  it('puts a suggestion from a detail on the list, after which it is no longer a suggestion', async () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    (doc().querySelector('li[data-id="d:d1"] [data-action="capture"]') as HTMLButtonElement).click();
    const ed = edits(hs)[0]!;
    assert.ok(ed.op === 'add' && ed.coll === 'questions');
    const q = ed.item as Question;
    assert.equal(q.source, 'detail');
    assert.equal(q.detailId, 'd1');
    assert.equal(q.proposedBy, 'pB');
    assert.deepEqual(q.tags, ['u2']);
    await settle();
    assert.equal(doc().querySelector('li[data-id="d:d1"]'), null);
    assert.ok(doc().querySelector(`li[data-id="${q.id}"]`));
    assert.deepEqual(headings(), ['Verbredend (1)', 'Verdiepend (2)']);
  });

  it('adds a free question with kind, uitgangspunten, proposer, note and moment', async () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    hs.clock.setTime(13.5);
    (doc().querySelector('.questions-add') as HTMLButtonElement).click();
    const form = doc().querySelector('.question-form') as HTMLFormElement;
    assert.equal(form.hidden, false);
    assert.equal(doc().activeElement, form.querySelector('textarea'));
    form.querySelector('textarea')!.value = '  Waar in je leven speelt dit nog meer?  ';
    const [type, by] = [...form.querySelectorAll('select')] as HTMLSelectElement[];
    type!.value = 'verbredend';
    by!.value = 'pA';
    const chips = form.querySelector('.chip-group [data-id="u4"]') as HTMLElement;
    chips.focus();
    key(hs, chips, '4');
    assert.equal(chips.getAttribute('aria-pressed'), 'true');
    form.querySelectorAll('textarea')[1]!.value = 'Noor ging zelf vergelijken.';
    key(hs, form.querySelector('textarea')!, 'Enter', { ctrlKey: true });
    const sent = edits(hs);
    assert.equal(sent.length, 1);
    const ed = sent[0]!;
    assert.ok(ed.op === 'add' && ed.coll === 'questions');
    const q = ed.item as Question;
    assert.ok(v.safeParse(questionSchema, q).success, 'the host would refuse this question');
    assert.match(q.id, /^q[0-9a-f]{20}$/);
    assert.equal(q.text, 'Waar in je leven speelt dit nog meer?');
    assert.equal(q.type, 'verbredend');
    assert.equal(q.proposedBy, 'pA');
    assert.deepEqual(q.tags, ['u4']);
    assert.equal(q.note, 'Noor ging zelf vergelijken.');
    assert.equal(q.time, 13.5);
    assert.equal(q.source, 'free');
    assert.equal(q.detailId, null);
    await settle(); // the form closes when the host confirmed the edit
    assert.equal(form.hidden, true);
    assert.deepEqual(headings(), ['Verbredend (2)', 'Verdiepend (2)']);
  });

  it('refuses an empty question and says why; Escape cancels', () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    (doc().querySelector('.questions-add') as HTMLButtonElement).click();
    const form = doc().querySelector('.question-form') as HTMLFormElement;
    (form.querySelector('button[type=submit]') as HTMLButtonElement).click();
    assert.equal(edits(hs).length, 0);
    assert.equal(form.querySelector('textarea')!.getAttribute('aria-invalid'), 'true');
    assert.match(form.querySelector('[role=alert]')!.textContent!, /Schrijf eerst de vraag op/);
    key(hs, form.querySelector('textarea')!, 'Escape');
    assert.equal(form.hidden, true);
    assert.equal(edits(hs).length, 0);
  });

  it('edits and deletes a question; a click on its time seeks', () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    (doc().querySelector('li[data-id="q1"] .qi-time') as HTMLButtonElement).click();
    assert.equal(hs.clock.time, 14);
    (doc().querySelector('li[data-id="q1"] [data-action="edit"]') as HTMLButtonElement).click();
    const form = doc().querySelector('.question-form') as HTMLFormElement;
    assert.equal(form.querySelector('textarea')!.value, 'Waar speelt dat nog meer?');
    form.querySelectorAll('textarea')[1]!.value = 'Hij opende het gesprek.';
    (form.querySelector('button[type=submit]') as HTMLButtonElement).click();
    (doc().querySelector('li[data-id="q1"] [data-action="delete"]') as HTMLButtonElement).click();
    const sent = edits(hs);
    assert.equal(sent.length, 2);
    assert.ok(sent[0]!.op === 'update' && sent[0]!.id === 'q1' && sent[0]!.patch.note === 'Hij opende het gesprek.');
    assert.equal(sent[0]!.patch.time, 14);
    assert.deepEqual(sent[1], { op: 'remove', coll: 'questions', id: 'q1' });
  });

  it('while hidden it waits, and redraws when its tab is shown', async () => {
    let panel;
    ({ hs, panel } = mountPanel(sampleSession(), 'questions'));
    panel.element.hidden = true;
    hs.ctx.store.edit({ op: 'remove', coll: 'questions', id: 'q1' });
    await settle();
    assert.ok(doc().querySelector('li[data-id="q1"]'), 'no redraw while hidden');
    panel.element.hidden = false;
    panel.shown!();
    assert.equal(doc().querySelector('li[data-id="q1"]'), null);
    assert.deepEqual(headings(), ['Verdiepend (2)']);
  });

  it('redraws only what changed, and moves a question whose kind changed', async () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    const draft = doc().querySelector('li[data-id="d:d2"]');
    hs.ctx.store.edit({ op: 'update', coll: 'questions', id: 'q1', patch: { type: 'anders' } });
    await settle();
    assert.equal(doc().querySelector('li[data-id="d:d2"]'), draft, 'an unchanged item is kept');
    assert.ok(doc().querySelector('.qg-anders li[data-id="q1"]'));
    assert.deepEqual(headings(), ['Verdiepend (2)', 'Anders (1)']);
    hs.ctx.store.edit({ op: 'update', coll: 'details', id: 'd2', patch: { question: { text: 'Hoe voelde dat?', type: 'verdiepend' } } });
    await settle();
    assert.notEqual(doc().querySelector('li[data-id="d:d2"]'), draft);
    assert.match(doc().querySelector('li[data-id="d:d2"]')!.textContent!, /Hoe voelde dat\?/);
  });

  it('keeps hostile text inert', () => {
    const s = sampleSession();
    s.questions[0]!.text = '<img src=x onerror="globalThis.pwnedQ=1">';
    s.questions[0]!.note = '<script>globalThis.pwnedQ=2</script>';
    ({ hs } = mountPanel(s, 'questions'));
    const groups = doc().querySelector('.question-groups')!;
    assert.equal(groups.querySelectorAll('img, script').length, 0);
    assert.ok(groups.textContent!.includes('<img src=x onerror="globalThis.pwnedQ=1">'));
    assert.equal((globalThis as Record<string, unknown>).pwnedQ, undefined);
  });

  it('each export choice sends its request and reports where it was saved', async () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    hs.reply = (r) => `/tmp/uit.${'format' in r ? r.format : ''}`;
    const sel = doc().querySelector('.export-menu select') as HTMLSelectElement;
    const button = doc().querySelector('.export-menu button') as HTMLButtonElement;
    assert.match(doc().querySelector('.export-privacy')!.textContent!, /alleen tekst/);
    const values = [...sel.querySelectorAll('option')].map((o) => o.value);
    assert.equal(values.length, 11);
    for (const value of values) {
      sel.value = value;
      button.click();
      await settle();
      await settle();
    }
    assert.deepEqual(
      hs.requests.map((r) => `${r.method}:${'format' in r ? r.format : ''}`),
      ['exportQuestions:md', 'exportQuestions:csv', 'exportQuestions:html', 'exportQuestions:docx', 'exportReport:md', 'exportReport:html', 'exportReport:docx', 'exportExchange:eaf', 'exportExchange:qdpx', 'exportExchange:qdc', 'exportExchange:detailsVtt'],
    );
    assert.match(doc().querySelector('.export-status')!.textContent!, /Opgeslagen: \/tmp\/uit\.detailsVtt/);
    hs.reply = () => null;
    button.click();
    await settle();
    await settle();
    assert.match(doc().querySelector('.export-status')!.textContent!, /afgebroken/);
  });
});
