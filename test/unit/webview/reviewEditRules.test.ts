import { strict as assert } from 'node:assert';
import type { Edit } from '../../../src/core/session/edits';
import type { ViewMessage } from '../../../src/protocol/messages';
import { createReviewPanel } from '../../../webview/panels/reviewPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

// The review panel's fields and buttons follow the rules of the core edit builders
// (src/core/session/participantEdits.ts, fragmentEdits.ts), also where they differ from before.

const edits = (sent: ViewMessage[]): Edit[] => sent.flatMap((m) => (m.type === 'session/apply' ? [m.edit] : []));

function mount(selection: { start: number; end: number } | null = null) {
  const hs = mountHarness(sampleSession());
  hs.ctx.selection = () => selection;
  const panel = createReviewPanel(hs.ctx, { now: () => 0, beep: () => undefined });
  hs.ctx.store.subscribe((c) => panel.update(c));
  hs.window.document.body.append(panel.element);
  return { hs, doc: hs.window.document };
}

function button(doc: Document, text: string): HTMLButtonElement {
  const b = [...doc.querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  assert.ok(b, `no button ${text}`);
  return b;
}

describe('review panel: edits by the core\'s rules', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('a participant\'s name is stored trimmed; a blank name keeps the old one and the field shows it again', async () => {
    const m = mount();
    hs = m.hs;
    const field = () => m.doc.querySelector<HTMLInputElement>('.review-participant[data-id="pB"] input')!;
    field().focus();
    field().value = '   ';
    field().blur();
    await settle();
    assert.deepEqual(edits(hs.sent), [], 'a blank name is not sent');
    assert.equal(field().value, 'Joost Bakker');
    field().focus();
    field().value = '  Joost B.  ';
    field().blur();
    await settle();
    assert.deepEqual(edits(hs.sent), [{ op: 'update', coll: 'participants', id: 'pB', patch: { name: 'Joost B.' } }]);
    assert.equal(hs.ctx.store.session!.participants.find((p) => p.id === 'pB')!.name, 'Joost B.');
  });

  it('a fragment with nothing of the recording in it is not added, and the panel says why', async () => {
    let m = mount({ start: 250, end: 300 });
    hs = m.hs;
    const status = () => m.doc.querySelector('.review-fragments')!.parentElement!.querySelector('.review-status')!.textContent;
    button(m.doc, 'Uit selectie').click();
    await settle();
    assert.deepEqual(edits(hs.sent), [], 'a selection after the end of the 200 s recording');
    assert.match(status()!, /Sleep eerst over de golfvorm/);
    hs.cleanup();

    m = mount();
    hs = m.hs;
    hs.clock.setTime(Number.NaN);
    button(m.doc, 'Rond nu (± 1 minuut)').click();
    await settle();
    assert.deepEqual(edits(hs.sent), []);
    assert.match(status()!, /Rond dit moment ligt geen stuk van de opname/);
  });
});
