import { strict as assert } from 'node:assert';
import { strFromU8, unzipSync } from 'fflate';
import { reviewReportDocx } from '../../../src/core/export/reviewReportDocx';
import { reviewReportHtml } from '../../../src/core/export/reviewReportHtml';
import { reviewReportMarkdown } from '../../../src/core/export/reviewReportMarkdown';
import type { NoteKind } from '../../../src/core/session/model';
import { createReviewPanel } from '../../../webview/panels/reviewPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

/** Types a note into a note field and presses Enter, as someone at the keyboard would. */
function typeNote(hs: Harness, box: Element, text: string): void {
  const input = box.querySelector<HTMLInputElement>('.review-note-text')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
}

function mount() {
  const hs = mountHarness(sampleSession());
  const panel = createReviewPanel(hs.ctx, { now: () => 0, beep: () => undefined });
  hs.ctx.store.subscribe((c) => panel.update(c));
  hs.window.document.body.append(panel.element);
  return { hs, doc: hs.window.document };
}

/** The note field of a kind in a section of the review panel (not the copy under the round's timer). */
const boxIn = (doc: Document, section: string, kind: NoteKind) => doc.querySelector(`.review-${section} .review-notebox-${kind}`)!;

describe('review panel: every step of the round recordable by keyboard', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('notes each kind where it happens, with its author and (first viewing) its moment, and the reports carry them', async () => {
    const m = mount();
    hs = m.hs;
    const doc = m.doc;
    // Context: a clarifying question by b (the default author of the field is the observer noting now).
    typeNote(hs, boxIn(doc, 'setup', 'verduidelijking'), 'Kende je Noor al van vorig jaar?');
    await settle();
    // Eerste keer kijken: c notes what she saw at 0:42 (the moment typing began).
    const obs = boxIn(doc, 'firstview', 'observation');
    obs.querySelector<HTMLSelectElement>('.review-note-author')!.value = 'pC';
    obs.querySelector<HTMLSelectElement>('.review-note-author')!.dispatchEvent(new Event('change'));
    hs.clock.setTime(42);
    const input = obs.querySelector<HTMLInputElement>('.review-note-text')!;
    input.value = 'N';
    input.dispatchEvent(new Event('input'));
    hs.clock.setTime(47);
    typeNote(hs, obs, 'Noor zucht en kijkt naar de grond');
    await settle();
    // Feedback: a's reply (defaults to a), and the feedforward b gives a (defaults to the observer noting now).
    typeNote(hs, boxIn(doc, 'feedback', 'reactie'), 'Het doorvragen bij baalde herken ik.');
    await settle();
    typeNote(hs, boxIn(doc, 'feedback', 'feedforward'), 'Volgende keer eerst vragen wat er precies gebeurde.');
    await settle();

    const s = hs.ctx.store.session!;
    const by = (kind: NoteKind) => s.notes.filter((n) => n.kind === kind);
    assert.deepEqual(by('verduidelijking').map((n) => [n.authorId, n.text, n.time]), [['pB', 'Kende je Noor al van vorig jaar?', null]]);
    assert.deepEqual(by('observation').map((n) => [n.authorId, n.text, n.time]), [['pC', 'Noor zucht en kijkt naar de grond', 42]]);
    assert.deepEqual(by('reactie').map((n) => [n.authorId, n.text]), [['pA', 'Het doorvragen bij baalde herken ik.']]);
    assert.deepEqual(by('feedforward').map((n) => [n.authorId, n.text]), [['pB', 'Volgende keer eerst vragen wat er precies gebeurde.']]);
    // The note shows in its list, and the field is empty and keeps focus for the next one.
    assert.match(boxIn(doc, 'firstview', 'observation').querySelector('.review-notes')!.textContent!, /0:42.*Fatima El Amrani: Noor zucht/);
    assert.equal(input.value, '');

    const md = reviewReportMarkdown(s);
    assert.match(md, /## Verduidelijkende vragen\n\n- \*\*Joost Bakker\*\*: Kende je Noor al van vorig jaar\?/);
    assert.match(md, /## Eerste keer kijken: wat zie je, wat hoor je\n\n- 00:42 \*\*Fatima El Amrani\*\*: Noor zucht en kijkt naar de grond/);
    assert.match(md, /## Reactie van a op de feedback\n\n- \*\*Marieke de Vries\*\*: Het doorvragen bij baalde herken ik\./);
    assert.match(md, /## Vervolgstap \(feedforward\)\n\n- \*\*Joost Bakker\*\*: Volgende keer eerst vragen/);
    const html = reviewReportHtml(s);
    const xml = strFromU8(unzipSync(await reviewReportDocx(s))['word/document.xml']!);
    for (const text of ['Kende je Noor al van vorig jaar?', 'Noor zucht en kijkt naar de grond', 'Het doorvragen bij baalde herken ik.', 'Volgende keer eerst vragen wat er precies gebeurde.', 'Reactie van a op de feedback', 'Verduidelijkende vragen']) {
      assert.ok(html.includes(text), `html: ${text}`);
      assert.ok(xml.includes(text), `docx: ${text}`);
    }
  });

  it('shows the field of the current step under the timer while a round runs', async () => {
    const m = mount();
    hs = m.hs;
    const doc = m.doc;
    doc.querySelector<HTMLButtonElement>('.review-rounds .review-toggle')!.click();
    const start = [...doc.querySelectorAll<HTMLButtonElement>('.review-rounds button')].find((b) => b.textContent === 'Ronde starten')!;
    start.click();
    const visible = () => [...doc.querySelectorAll<HTMLElement>('.review-rounds .review-notebox')].filter((b) => !b.hidden).map((b) => b.dataset.kind);
    assert.deepEqual(visible(), ['verduidelijking']);
    const next = [...doc.querySelectorAll<HTMLButtonElement>('.review-rounds button')].find((b) => b.textContent?.trim() === 'Volgende stap')!;
    next.click();
    assert.deepEqual(visible(), ['observation']);
    typeNote(hs, doc.querySelector('.review-rounds .review-notebox-observation')!, 'Ze lacht als ze over haar stage praat');
    await settle();
    assert.equal(hs.ctx.store.session!.notes.filter((n) => n.kind === 'observation').length, 1);
    next.click();
    assert.deepEqual(visible(), [], 'reactie en leervraag has no note field of its own');
  });

  it('typing in a note field stays there; Ctrl/Cmd keys, F-keys and Escape in an empty field go on to VS Code', () => {
    const m = mount();
    hs = m.hs;
    // The webview forwards keys that reach its window to VS Code's keybindings (save, and the player's k, t, 1…).
    const heard: string[] = [];
    hs.window.addEventListener('keydown', (e) => heard.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.metaKey ? 'Cmd+' : ''}${e.key}`));
    const press = (el: Element, key: string, init: KeyboardEventInit = {}) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
    const boxes = [...m.doc.querySelectorAll('.review-notebox')];
    assert.ok(boxes.length >= 4, 'every kind of note has a field');
    for (const box of boxes) {
      const input = box.querySelector<HTMLInputElement>('.review-note-text')!;
      const who = box.querySelector<HTMLSelectElement>('.review-note-author')!;
      input.focus();
      for (const key of ['i', 'k', 't', '1', ' ', 'Backspace']) press(input, key);
      press(input, 's', { ctrlKey: true });
      press(input, 'z', { metaKey: true });
      press(input, 'F1');
      press(who, 'k');
      press(who, 's', { ctrlKey: true });
      input.value = 'half getypt';
      press(input, 'Escape');
      assert.equal(input.value, '', 'Escape clears what was typed');
      press(input, 'Escape');
    }
    assert.deepEqual(heard, boxes.flatMap(() => ['Ctrl+s', 'Cmd+z', 'F1', 'Ctrl+s', 'Escape']));
  });
});
