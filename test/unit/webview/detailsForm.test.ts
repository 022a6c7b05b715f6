import * as assert from 'node:assert/strict';
import * as v from 'valibot';
import type { Detail } from '../../../src/core/session/model';
import { detailSchema } from '../../../src/core/session/sessionSchema';
import { shortLabel } from '../../../webview/panels/details/detailDisplay';
import { sampleSession } from '../session/sessionFixtures';
import { edits, key, mountPanel, tabbables } from './detailsTestKit';
import { settle, type Harness } from './webviewTestKit';

describe('webview details: the pause-and-tag form', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  function open(time: number) {
    ({ hs } = mountPanel(sampleSession(), 'details'));
    hs.clock.setTime(time);
    // What the app does on key t.
    hs.ctx.events.emit('tagHere', time);
    return hs.ctx.formSlot.querySelector('form') as HTMLFormElement;
  }
  const doc = () => hs.window.document;
  const active = () => doc().activeElement as HTMLElement;
  const chip = (form: Element, id: string) => form.querySelector(`.chip-group [data-id="${id}"]`) as HTMLElement;

  it('opens beside the player at the time of the tag key, with focus on the tags', () => {
    const form = open(6.2);
    assert.equal(form.hidden, false);
    assert.match(form.querySelector('.df-title')!.textContent!, /0:06/);
    assert.ok(active().classList.contains('toggle-chip'), `focus is on ${active().outerHTML}`);
    assert.match(form.querySelector('.df-author')!.textContent!, /Joost Bakker/);
    assert.equal(form.getAttribute('data-typing-zone'), 'true');
  });

  it("shows the noting observer's lens tags first, marked", () => {
    const form = open(3);
    const ids = [...form.querySelectorAll('.chip-group')[0]!.querySelectorAll('[data-id]')].map((b) => b.getAttribute('data-id'));
    assert.deepEqual(ids.slice(0, 2), ['u2', 'u6']);
    assert.match(chip(form, 'u2').getAttribute('aria-label')!, /jouw kijkopdracht/);
    assert.doesNotMatch(chip(form, 'u1').getAttribute('aria-label')!, /jouw kijkopdracht/);
    assert.equal(chip(form, 'u1').title, 'Nodig de student uit tot het vertellen van een recente ervaring');
  });

  it('number keys toggle tags and g/b/k pick the feedback; consumed keys stop there', () => {
    const form = open(3);
    let leaked = 0;
    hs.window.addEventListener('keydown', () => leaked++);
    key(hs, active(), '4');
    assert.equal(chip(form, 'u4').getAttribute('aria-pressed'), 'true');
    key(hs, active(), '9');
    key(hs, active(), '4');
    assert.equal(chip(form, 'u4').getAttribute('aria-pressed'), 'false');
    assert.equal(chip(form, 'u9').getAttribute('aria-pressed'), 'true');
    key(hs, active(), 'b');
    assert.equal(chip(form, 'best').getAttribute('aria-pressed'), 'true');
    key(hs, active(), 'k');
    assert.equal(chip(form, 'best').getAttribute('aria-pressed'), 'false');
    assert.equal(chip(form, 'beter').getAttribute('aria-pressed'), 'true');
    assert.equal(leaked, 0, 'keys reached VS Code');
  });

  it('typing in a prompt stays in the form; Ctrl/Cmd keys and F-keys go on to VS Code', () => {
    const form = open(3);
    const heard: string[] = [];
    hs.window.addEventListener('keydown', (e) => heard.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`));
    const area = form.querySelector('textarea')!;
    for (const k of ['k', 't', '1']) key(hs, area, k);
    key(hs, area, 's', { ctrlKey: true });
    key(hs, area, 'F1');
    assert.deepEqual(heard, ['Ctrl+s', 'F1']);
  });

  it('arrow keys move between tags, Space/click toggles the focused one', () => {
    const form = open(3);
    const first = active();
    key(hs, first, 'ArrowRight');
    assert.notEqual(active(), first);
    assert.equal(active().getAttribute('data-id'), 'u6');
    active().click();
    assert.equal(chip(form, 'u6').getAttribute('aria-pressed'), 'true');
  });

  it('Tab goes tags → three prompts → feedback → question → type → save → cancel', () => {
    const form = open(3);
    const describe = (el: HTMLElement) =>
      el.getAttribute('data-id') ?? (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? form.querySelector(`label[for="${el.id}"]`)!.textContent : el.tagName === 'SELECT' ? 'select' : el.textContent);
    assert.deepEqual(tabbables(form).map(describe), [
      'u2',
      'Wat zie je / wat hoor je?',
      'Wat betekent dit voor het gesprek?',
      'Wat betekent dit voor verbreden of verdiepen?',
      'goed',
      'Voorgestelde vraag (mag leeg)',
      'select',
      'Opslaan',
      'Annuleren',
    ]);
  });

  it('a refused edit keeps the form open with the typed text and says why; playback stays paused', async () => {
    const form = open(6.2);
    const area = form.querySelector('textarea')!;
    area.value = 'Noor kijkt weg.';
    hs.refuseEdits = 'Het sessiebestand is schrijfbeveiligd (alleen-lezen).';
    area.focus();
    key(hs, area, 'Enter');
    await settle();
    await settle();
    assert.equal(form.hidden, false, 'the form stays open');
    assert.equal(area.value, 'Noor kijkt weg.', 'the typed text is kept');
    const alert = form.querySelector('[role=alert]') as HTMLElement;
    assert.equal(alert.hidden, false);
    assert.match(alert.textContent!, /schrijfbeveiligd/);
    assert.equal(hs.clock.playing, false);
    assert.equal(hs.ctx.store.session!.details.length, 2, 'nothing was added');
    hs.refuseEdits = null;
    key(hs, area, 'Enter');
    await settle();
    await settle();
    assert.equal(form.hidden, true, 'once accepted the form closes');
    assert.equal(alert.hidden, true);
  });

  it('Enter saves one add edit with every field, then playback resumes', async () => {
    const form = open(6.2);
    key(hs, active(), '2');
    key(hs, active(), '3');
    key(hs, active(), 'g');
    const areas = form.querySelectorAll('textarea');
    areas[0]!.value = 'Noor kijkt weg als ze "baalde" zegt.';
    areas[1]!.value = 'Hier zit een emotie.';
    areas[2]!.value = 'Kans om door te vragen.';
    (form.querySelector('input[type=text]') as HTMLInputElement).value = 'Wat maakte dat je baalde?';
    (form.querySelector('select') as HTMLSelectElement).value = 'verdiepend';
    areas[2]!.focus();
    const e = key(hs, areas[2]!, 'Enter');
    assert.ok(e.defaultPrevented);
    const sent = edits(hs);
    assert.equal(sent.length, 1);
    const ed = sent[0]!;
    assert.ok(ed.op === 'add' && ed.coll === 'details');
    const d = ed.item as Detail;
    assert.ok(v.safeParse(detailSchema, d).success, 'the host would refuse this detail');
    assert.match(d.id, /^d[0-9a-f]{20}$/);
    assert.equal(d.start, 6.2);
    assert.equal(d.end, null);
    assert.equal(d.authorId, 'pB');
    assert.deepEqual(d.tags, ['u2', 'u3']);
    assert.equal(d.see, 'Noor kijkt weg als ze "baalde" zegt.');
    assert.equal(d.meaning, 'Hier zit een emotie.');
    assert.equal(d.deepen, 'Kans om door te vragen.');
    assert.equal(d.feedback, 'goed');
    assert.deepEqual(d.question, { text: 'Wat maakte dat je baalde?', type: 'verdiepend' });
    assert.deepEqual(d.segmentIds, ['g2']);
    assert.equal(d.createdAt, d.updatedAt);
    assert.ok(!Number.isNaN(Date.parse(d.createdAt)));
    await settle(); // the form closes when the host confirmed the edit
    assert.equal(hs.clock.playing, true);
    assert.equal(form.hidden, true);
    assert.equal(hs.ctx.store.session!.details.length, 3);
    assert.ok(hs.window.document.querySelector(`li[data-id="${d.id}"]`), 'the new detail is in the list');
  });

  it('a mouse click on Opslaan saves and stays paused; focus goes to the new detail in the list', async () => {
    const form = open(6.2);
    key(hs, active(), '2');
    form.querySelector('textarea')!.value = 'Noor lacht even.';
    const save = [...form.querySelectorAll('button')].find((b) => b.textContent === 'Opslaan')!;
    save.click();
    const sent = edits(hs);
    assert.equal(sent.length, 1);
    assert.equal(hs.clock.playing, false, 'a click does not restart playback');
    await settle(); // the form closes when the host confirmed the edit
    assert.equal(form.hidden, true);
    assert.equal(hs.clock.playing, false, 'still paused after the host confirmed');
    const id = (sent[0] as { item: Detail }).item.id;
    assert.equal(active().getAttribute('data-id'), id, `focus is on ${active().outerHTML.slice(0, 80)}`);
    assert.ok(active().classList.contains('di-selected'));
  });

  it('shows every uitgangspunt with its whole label on the chips, (verdiepen) and (verbreden) included', () => {
    const form = open(1);
    const texts = [...form.querySelectorAll('.chip-group .chip-text')].map((x) => x.textContent);
    assert.ok(texts.includes('Nodig de student uit tot het vertellen van een recente ervaring'), texts.join(' | '));
    assert.ok(texts.includes('Vraag wat er precies gebeurde (verdiepen)'));
    assert.ok(texts.includes('Stimuleer vergelijkend leren (verbreden), zodat een groter verhaal kan ontstaan'));
  });

  it('Shift+Enter in a prompt is a new line, not a save', () => {
    const form = open(3);
    const area = form.querySelector('textarea')!;
    area.focus();
    const e = key(hs, area, 'Enter', { shiftKey: true });
    assert.equal(e.defaultPrevented, false);
    assert.equal(edits(hs).length, 0);
    assert.equal(form.hidden, false);
  });

  it('Escape cancels: nothing is sent and the video stays paused', () => {
    const form = open(3);
    key(hs, active(), '1');
    key(hs, form.querySelector('textarea')!, 'Escape');
    assert.equal(form.hidden, true);
    assert.equal(edits(hs).length, 0);
    assert.equal(hs.clock.playing, false);
  });

  it('offers the waveform selection as the range, and links every overlapping segment', () => {
    ({ hs } = mountPanel(sampleSession(), 'details'));
    hs.ctx.selection = () => ({ start: 3, end: 14 });
    hs.clock.setTime(4);
    (hs.window.document.querySelector('.details-add') as HTMLButtonElement).click();
    const form = hs.ctx.formSlot.querySelector('form')!;
    const range = form.querySelector('input[type=checkbox]') as HTMLInputElement;
    assert.equal(range.checked, true);
    assert.match(range.parentElement!.textContent!, /0:03–0:14/);
    key(hs, active(), 'Enter');
    const d = (edits(hs)[0] as { item: Detail }).item;
    assert.equal(d.start, 3);
    assert.equal(d.end, 14);
    assert.deepEqual(d.segmentIds, ['g1', 'g2', 'g3']);
  });

  it('editing an existing detail reuses the form and sends one update', async () => {
    ({ hs } = mountPanel(sampleSession(), 'details'));
    (hs.window.document.querySelector('li[data-id="d2"] [data-action="edit"]') as HTMLButtonElement).click();
    const form = hs.ctx.formSlot.querySelector('form')!;
    assert.equal(form.hidden, false);
    assert.match(form.querySelector('.df-author')!.textContent!, /Fatima/);
    const areas = form.querySelectorAll('textarea');
    assert.equal(areas[0]!.value, 'Noor zucht en kijkt weg.');
    assert.equal(chip(form, 'u3').getAttribute('aria-pressed'), 'true');
    assert.equal(chip(form, 'goed').getAttribute('aria-pressed'), 'true');
    areas[0]!.value = 'Noor zucht diep.';
    key(hs, areas[0]!, 'Enter');
    const sent = edits(hs);
    assert.equal(sent.length, 1);
    const ed = sent[0]!;
    assert.ok(ed.op === 'update' && ed.coll === 'details' && ed.id === 'd2');
    assert.equal(ed.patch.see, 'Noor zucht diep.');
    assert.equal(typeof ed.patch.updatedAt, 'string');
    assert.notEqual(ed.patch.updatedAt, '2026-11-01T10:05:00.000Z');
    assert.ok(!('authorId' in ed.patch) && !('createdAt' in ed.patch));
    assert.equal(hs.clock.playing, false, 'editing does not start playback');
    await settle();
    assert.match(hs.window.document.querySelector('li[data-id="d2"]')!.textContent!, /Noor zucht diep\./);
  });

  it('a read-only session opens no form', () => {
    ({ hs } = mountPanel(sampleSession(), 'details'));
    hs.ctx.store.replace(hs.ctx.store.session!, 2, true, false);
    hs.ctx.events.emit('tagHere', 2);
    assert.equal(hs.ctx.formSlot.querySelector('form')!.hidden, true);
    assert.equal((hs.window.document.querySelector('.details-add') as HTMLButtonElement).disabled, true);
  });
});

describe('webview details: short labels in lists', () => {
  it('cuts a long label at a word and keeps its (verdiepen)/(verbreden) marker', () => {
    assert.equal(shortLabel('Vraag wat er precies gebeurde (verdiepen)', 18), 'Vraag wat er… (verdiepen)');
    assert.equal(shortLabel('Stimuleer vergelijkend leren (verbreden), zodat een groter verhaal kan ontstaan', 18), 'Stimuleer… (verbreden)');
    assert.equal(shortLabel('(H)erken emoties', 18), '(H)erken emoties');
    assert.equal(shortLabel('Nodig de student uit tot het vertellen van een recente ervaring', 18), 'Nodig de student…');
  });
});
