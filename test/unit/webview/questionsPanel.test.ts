import * as assert from 'node:assert/strict';
import * as v from 'valibot';
import type { Question } from '../../../src/core/session/model';
import { questionSchema } from '../../../src/core/session/sessionSchema';
import { sampleSession } from '../session/sessionFixtures';
import { edits, key, mountPanel } from './detailsTestKit';
import { settle, type Harness } from './webviewTestKit';
import { validateViewMessage } from '../../../src/protocol/viewMessageSchema';

describe('webview questions: the Goede-vragen panel', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());
  const doc = () => hs.window.document;
  const headings = () => [...doc().querySelectorAll('.question-group:not([hidden]) .qg-title')].map((x) => x.textContent);

  it('groups by origin and kind with counts; suggestions from details not yet on the list stand apart', () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    assert.deepEqual(headings(), ['Verbredend (1)', 'Nog niet op de lijst (gaat niet mee in een export) (2)']);
    const origins = () => [...doc().querySelectorAll<HTMLElement>('.qg-origin')].filter((x) => !x.hidden).map((x) => x.textContent);
    assert.deepEqual(origins(), ['Voorgesteld door observatoren']);
    const drafts = doc().querySelectorAll('.qg-unlisted .question-draft');
    assert.equal(drafts.length, 2);
    assert.match(drafts[0]!.textContent!, /Wat maakte dat je baalde\?/);
    assert.match(drafts[0]!.textContent!, /nog niet op de lijst/);
    assert.match(doc().querySelector('.qg-suggested-verbredend li')!.textContent!, /voorgesteld door Fatima El Amrani/);
  });

  it('names who asked a question in the recording apart from who put it on the list', async () => {
    const s = sampleSession();
    s.questions.push({ id: 'q2', text: 'Wat gebeurde er precies toen je binnenkwam?', type: 'verdiepend', proposedBy: 'pB', time: 13, speakerId: 'spB', source: 'transcript', detailId: null, tags: [], note: '', createdAt: '2026-11-01T10:07:00.000Z', origin: 'asked' });
    ({ hs } = mountPanel(s, 'questions'));
    const li = doc().querySelector('.qg-asked-verdiepend li[data-id="q2"]')!;
    assert.match(li.textContent!, /gesteld door Marieke/);
    assert.match(li.textContent!, /op de lijst gezet door Joost Bakker/);
    assert.doesNotMatch(li.textContent!, /voorgesteld door Joost/);
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
    assert.ok(doc().querySelector(`.qg-suggested-verdiepend li[data-id="${q.id}"]`));
    assert.deepEqual(headings(), ['Verbredend (1)', 'Verdiepend (1)', 'Nog niet op de lijst (gaat niet mee in een export) (1)']);
  });

  it('adds a free question with kind, uitgangspunten, proposer, note and moment', async () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    hs.clock.setTime(13.5);
    (doc().querySelector('.questions-add') as HTMLButtonElement).click();
    const form = doc().querySelector('.question-form') as HTMLFormElement;
    assert.equal(form.hidden, false);
    assert.equal(doc().activeElement, form.querySelector('textarea'));
    form.querySelector('textarea')!.value = '  Waar in je leven speelt dit nog meer?  ';
    const [type, by, origin] = [...form.querySelectorAll('select')] as HTMLSelectElement[];
    // No kind is chosen for you: saving without one asks for it.
    assert.equal(type!.value, '');
    key(hs, form.querySelector('textarea')!, 'Enter', { ctrlKey: true });
    assert.equal(edits(hs).length, 0);
    assert.match(form.querySelector('[role=alert]')!.textContent!, /Kies eerst de soort vraag/);
    type!.value = 'verbredend';
    type!.dispatchEvent(new Event('change'));
    assert.match(form.querySelector('.qf-meaning')!.textContent!, /speelt dit nu ook elders in je leven\?/);
    assert.equal(origin!.value, 'suggested');
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
    assert.equal(q.origin, 'suggested');
    assert.equal(q.detailId, null);
    await settle(); // the form closes when the host confirmed the edit
    assert.equal(form.hidden, true);
    await settle();
    assert.deepEqual(headings(), ['Verbredend (2)', 'Nog niet op de lijst (gaat niet mee in een export) (2)']);
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
    assert.deepEqual(headings(), ['Nog niet op de lijst (gaat niet mee in een export) (2)']);
  });

  it('redraws only what changed, and moves a question whose kind changed', async () => {
    ({ hs } = mountPanel(sampleSession(), 'questions'));
    const draft = doc().querySelector('li[data-id="d:d2"]');
    hs.ctx.store.edit({ op: 'update', coll: 'questions', id: 'q1', patch: { type: 'anders' } });
    await settle();
    assert.equal(doc().querySelector('li[data-id="d:d2"]'), draft, 'an unchanged item is kept');
    assert.ok(doc().querySelector('.qg-suggested-anders li[data-id="q1"]'));
    assert.deepEqual(headings(), ['Anders (1)', 'Nog niet op de lijst (gaat niet mee in een export) (2)']);
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
    assert.match(doc().querySelector('.export-status')!.textContent!, /Opgeslagen: uit\.detailsVtt/);
    assert.equal(doc().querySelector('.export-file')!.getAttribute('title'), '/tmp/uit.detailsVtt', 'the whole path on hover');
    hs.reply = () => null;
    button.click();
    await settle();
    await settle();
    assert.match(doc().querySelector('.export-status')!.textContent!, /afgebroken/);
  });

  it('asks about names beside the export button, offers the other names found, and opens what was saved', async () => {
    const session = sampleSession();
    session.transcript[0]!.text = 'Toen kwam Ria binnen en mevrouw Bos keek.';
    ({ hs } = mountPanel(session, 'questions'));
    hs.reply = (r) => (r.method === 'openExported' ? true : '/tmp/vragen.md');
    const menu = doc().querySelector('.export-menu')!;
    const radios = [...menu.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    assert.deepEqual(radios.map((r) => r.value), ['roles', 'initials', 'keep']);
    assert.equal(radios[0]!.checked, true, 'roles is the safe default');
    const boxes = [...menu.querySelectorAll<HTMLInputElement>('.export-others input[type=checkbox]')];
    assert.deepEqual(boxes.map((b) => b.value).sort(), ['Bos', 'Ria']);
    assert.ok(boxes.every((b) => b.checked), 'other names start ticked');
    assert.match(menu.querySelector('.export-others')!.textContent!, /mevrouw Bos \(1×\)/);
    boxes.find((b) => b.value === 'Bos')!.click();
    (menu.querySelector('.export-row button') as HTMLButtonElement).click();
    await settle();
    await settle();
    assert.deepEqual(hs.requests[0], { method: 'exportQuestions', format: 'md', names: 'roles', others: ['Ria'] });
    const open = menu.querySelector('.export-open') as HTMLButtonElement;
    assert.equal(open.textContent, 'Openen');
    open.click();
    await settle();
    assert.deepEqual(hs.requests[1], { method: 'openExported', path: '/tmp/vragen.md' });
    radios[2]!.click();
    assert.equal((menu.querySelector('.export-others') as HTMLElement).hidden, true, 'keeping names: nothing to tick');
    (menu.querySelector('.export-row button') as HTMLButtonElement).click();
    await settle();
    assert.deepEqual(hs.requests[2], { method: 'exportQuestions', format: 'md', names: 'keep' });
  });
});

describe('protocol: the export name choice and opening an export', () => {
  it('accepts the name choice and openExported, and drops malformed ones', () => {
    const req = (request: unknown) => validateViewMessage({ type: 'request', id: 1, request });
    assert.ok(req({ method: 'exportQuestions', format: 'md', names: 'roles', others: ['Ria'] }).ok);
    assert.ok(req({ method: 'exportReport', format: 'docx' }).ok, 'without a choice the host asks');
    assert.ok(req({ method: 'openExported', path: '/tmp/x.md' }).ok);
    assert.ok(!req({ method: 'exportQuestions', format: 'md', names: 'everyone' }).ok);
    assert.ok(!req({ method: 'exportExchange', format: 'eaf', names: 'roles', others: [42] }).ok);
    assert.ok(!req({ method: 'exportQuestions', format: 'md', names: 'roles', others: Array.from({ length: 201 }, (_, i) => `N${i}`) }).ok);
    assert.ok(!req({ method: 'openExported' }).ok);
  });
});
