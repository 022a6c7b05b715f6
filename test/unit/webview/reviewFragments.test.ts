import { strict as assert } from 'node:assert';
import * as v from 'valibot';
import type { Edit } from '../../../src/core/session/edits';
import type { Fragment } from '../../../src/core/session/model';
import { fragmentSchema } from '../../../src/core/session/sessionSchema';
import type { ViewMessage } from '../../../src/protocol/messages';
import { createReviewPanel } from '../../../webview/panels/reviewPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

const edits = (sent: ViewMessage[]): Edit[] => sent.flatMap((m) => (m.type === 'session/apply' ? [m.edit] : []));
const button = (doc: Document, text: string) => {
  const b = [...doc.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  assert.ok(b, `no button ${text}`);
  return b;
};

function mount(session = sampleSession(), selection: { start: number; end: number } | null = null) {
  const hs = mountHarness(session);
  hs.ctx.selection = () => selection;
  const panel = createReviewPanel(hs.ctx, { now: () => 0, beep: () => undefined });
  hs.ctx.store.subscribe((c) => panel.update(c));
  hs.window.document.body.append(panel.element);
  return { hs, doc: hs.window.document };
}

describe('review panel: fragments', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('adds a fragment from the waveform selection, and explains when there is none', async () => {
    let m = mount(sampleSession(), null);
    hs = m.hs;
    button(m.doc, 'Uit selectie').click();
    await settle();
    assert.equal(edits(hs.sent).length, 0);
    assert.match(m.doc.querySelector('.review-fragments')!.parentElement!.textContent!, /Sleep eerst over de golfvorm/);
    hs.cleanup();

    m = mount(sampleSession(), { start: 12.34, end: 40.06 });
    hs = m.hs;
    button(m.doc, 'Uit selectie').click();
    await settle();
    const e = edits(hs.sent);
    assert.equal(e.length, 1);
    const f = (e[0] as Extract<Edit, { op: 'add' }>).item as Fragment;
    assert.equal(e[0]!.op === 'add' && e[0]!.coll, 'fragments');
    assert.ok(v.safeParse(fragmentSchema, f).success);
    assert.deepEqual([f.start, f.end, f.name], [12.3, 40.1, 'Fragment 1']);
    assert.match(m.doc.querySelector('.review-fragment .review-range')!.textContent!, /0:12–0:40/);
  });

  it('adds around the current time (± 60 s, clamped to the recording) and the three presets as one batch', async () => {
    const m = mount();
    hs = m.hs;
    hs.clock.setTime(30);
    button(m.doc, 'Rond nu (± 1 minuut)').click();
    await settle();
    const f = (edits(hs.sent)[0] as Extract<Edit, { op: 'add' }>).item as Fragment;
    // The fake clock's recording is 200 s long.
    assert.deepEqual([f.start, f.end], [0, 90]);
    button(m.doc, 'Begin, midden en eind (3 × 2 min)').click();
    await settle();
    const batch = edits(hs.sent)[1]!;
    assert.equal(batch.op, 'batch');
    const items = (batch as Extract<Edit, { op: 'batch' }>).edits.map((x) => (x as Extract<Edit, { op: 'add' }>).item as Fragment);
    const len = 200 / 3;
    assert.deepEqual(items.map((x) => x.name), ['Begin', 'Midden', 'Eind']);
    assert.deepEqual(items.map((x) => [x.start, x.end]), [[0, Math.round(len * 10) / 10], [Math.round((100 - len / 2) * 10) / 10, Math.round((100 + len / 2) * 10) / 10], [Math.round((200 - len) * 10) / 10, 200]]);
    for (const x of items) assert.ok(v.safeParse(fragmentSchema, x).success);
    assert.equal(m.doc.querySelectorAll('.review-fragment').length, 4);
  });

  it('renames and deletes a fragment', async () => {
    const s = sampleSession();
    s.fragments = [{ id: 'f1', name: 'Stage', start: 10, end: 50 }];
    const m = mount(s);
    hs = m.hs;
    const name = m.doc.querySelector<HTMLInputElement>('.review-fragment input')!;
    name.focus();
    name.value = 'De stage';
    name.blur();
    await settle();
    assert.deepEqual(edits(hs.sent).at(-1), { op: 'update', coll: 'fragments', id: 'f1', patch: { name: 'De stage' } });
    m.doc.querySelector<HTMLButtonElement>('[aria-label="Fragment De stage verwijderen"]')!.click();
    await settle();
    assert.deepEqual(edits(hs.sent).at(-1), { op: 'remove', coll: 'fragments', id: 'f1' });
    assert.equal(m.doc.querySelectorAll('.review-fragment').length, 0);
  });

  it('"Alleen fragmenten afspelen" sets the clock sequence (sorted), seeks to the first, follows changes, and clears it', async () => {
    const s = sampleSession();
    s.fragments = [
      { id: 'f2', name: 'Later', start: 80, end: 100 },
      { id: 'f1', name: 'Eerder', start: 10, end: 30 },
    ];
    const m = mount(s);
    hs = m.hs;
    const box = m.doc.getElementById('review-frag-only') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    assert.deepEqual(hs.clock.sequence, [{ start: 10, end: 30 }, { start: 80, end: 100 }]);
    assert.equal(hs.clock.time, 10);
    m.doc.querySelector<HTMLButtonElement>('[aria-label="Fragment Eerder verwijderen"]')!.click();
    await settle();
    assert.deepEqual(hs.clock.sequence, [{ start: 80, end: 100 }]);
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    assert.equal(hs.clock.sequence, null);
  });
});
