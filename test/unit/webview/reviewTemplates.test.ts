import { strict as assert } from 'node:assert';
import type { Question } from '../../../src/core/session/model';
import type { ViewRequest } from '../../../src/protocol/messages';
import { createReviewPanel } from '../../../webview/panels/reviewPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

function mount(saved: Record<string, Record<string, number>> = {}) {
  const hs = mountHarness(sampleSession());
  const store: Record<string, Record<string, number>> = { ...saved };
  // The host keeps the trio's own durations per workspace; here a plain object plays that part.
  hs.reply = (r: ViewRequest) => {
    if (r.method !== 'roundDurations') return null;
    if (r.save) store[r.template] = r.save;
    return store[r.template] ?? {};
  };
  const panel = createReviewPanel(hs.ctx, { now: () => 0, beep: () => undefined });
  hs.ctx.store.subscribe((c) => panel.update(c));
  hs.window.document.body.append(panel.element);
  const doc = hs.window.document;
  doc.querySelector<HTMLButtonElement>('.review-rounds .review-toggle')!.click();
  const steps = () => [...doc.querySelectorAll('.review-steps li')].map((li) => li.textContent);
  const minutes = () => [...doc.querySelectorAll<HTMLInputElement>('.review-durations input')].map((i) => i.value);
  const choose = (id: string) => {
    const sel = doc.getElementById('review-round-template') as HTMLSelectElement;
    sel.value = id;
    sel.dispatchEvent(new Event('change'));
  };
  return { hs, doc, steps, minutes, choose, store };
}

describe('review panel: round templates', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('offers the 20-minute round and the 7 + 8 drill, and keeps the trio\'s own durations per template', async () => {
    const m = mount();
    hs = m.hs;
    await settle();
    assert.equal(m.steps().length, 7);
    m.choose('oefening7plus8');
    await settle();
    assert.deepEqual(m.steps(), ['Gesprek opnemen', 'Terugkijken']);
    assert.deepEqual(m.minutes(), ['7', '8']);
    const first = m.doc.getElementById('review-round-dur-0') as HTMLInputElement;
    first.value = '10';
    first.dispatchEvent(new Event('change'));
    await settle();
    assert.deepEqual(m.store.oefening7plus8, { opnemen: 600, terugkijken: 480 }, 'saved for this template');
    hs.cleanup();
    // A new editor in the same workspace finds them again.
    const again = mount(m.store);
    hs = again.hs;
    again.choose('oefening7plus8');
    await settle();
    assert.deepEqual(again.minutes(), ['10', '8']);
  });

  it('in the drill\'s review b\'s thought-provoking questions go on the list as asked questions', async () => {
    const m = mount();
    hs = m.hs;
    m.choose('oefening7plus8');
    await settle();
    const btn = (label: string) => [...m.doc.querySelectorAll<HTMLButtonElement>('.review-rounds button')].find((b) => b.textContent?.trim() === label)!;
    btn('Ronde starten').click();
    const drill = m.doc.querySelector<HTMLElement>('.review-drill')!;
    assert.equal(drill.hidden, true, 'not while recording');
    btn('Volgende stap').click();
    assert.equal(drill.hidden, false);
    btn('Vraag die b aan het denken zette…').click();
    const form = drill.querySelector<HTMLFormElement>('.question-form')!;
    form.querySelector('textarea')!.value = 'Wat maakte dat je toen stopte?';
    const type = form.querySelector('select') as HTMLSelectElement;
    type.value = 'verdiepend';
    type.dispatchEvent(new Event('change'));
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    const q = hs.ctx.store.session!.questions.find((x) => x.text === 'Wat maakte dat je toen stopte?') as Question;
    assert.ok(q, 'on the list');
    assert.deepEqual([q.origin, q.type, q.proposedBy], ['asked', 'verdiepend', 'pB']);
  });
});
