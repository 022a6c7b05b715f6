import assert from 'node:assert/strict';
import type { ViewMessage } from '../../../src/protocol/messages';
import { createDetailsPanel } from '../../../webview/panels/detailsPanel';
import type { Panel } from '../../../webview/panels/panel';
import { createQuestionsPanel } from '../../../webview/panels/questionsPanel';
import { createReviewPanel } from '../../../webview/panels/reviewPanel';
import { createTranscriptPanel } from '../../../webview/panels/transcriptPanel';
import type { ViewContext } from '../../../webview/viewContext';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

// A read-only session (newer version, write-protected file) as the host sends it: every panel is
// driven like an impatient user — every button clicked, every field typed in and confirmed, every
// key of the shortcuts pressed — and not a single edit may leave the webview.
const PANELS: [string, (ctx: ViewContext) => Panel][] = [
  ['transcript', createTranscriptPanel],
  ['details', createDetailsPanel],
  ['questions', createQuestionsPanel],
  ['review', (ctx) => createReviewPanel(ctx)],
];

function editsSent(sent: ViewMessage[]): ViewMessage[] {
  return sent.filter((m) => m.type === 'session/apply' || (m.type === 'request' && m.request.method === 'applyEdit'));
}

async function pokeEverything(hs: Harness, root: HTMLElement): Promise<number> {
  const win = hs.window as unknown as typeof globalThis;
  let pokes = 0;
  for (let round = 0; round < 2; round++) {
    for (const el of [...root.querySelectorAll<HTMLElement>('button, [role=button], [role=option], [role=tab], input, textarea, select, [tabindex], li, [contenteditable]')]) {
      if (!el.isConnected) continue;
      pokes++;
      if (el instanceof win.HTMLInputElement || el instanceof win.HTMLTextAreaElement) {
        if (el.type === 'checkbox' || el.type === 'radio') el.click();
        else {
          el.value = 'getypt';
          el.dispatchEvent(new win.Event('input', { bubbles: true }));
          el.dispatchEvent(new win.Event('change', { bubbles: true }));
        }
      } else if (el instanceof win.HTMLSelectElement) {
        if (el.options.length > 1) el.selectedIndex = el.options.length - 1;
        el.dispatchEvent(new win.Event('change', { bubbles: true }));
      } else {
        el.click();
        el.dispatchEvent(new win.MouseEvent('dblclick', { bubbles: true }));
      }
      for (const key of ['Enter', 'Delete', 'Backspace', ' ', 't', 'g', '1']) {
        el.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        el.dispatchEvent(new win.KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true }));
      }
      for (const form of [...root.querySelectorAll('form')]) form.dispatchEvent(new win.Event('submit', { bubbles: true, cancelable: true }));
    }
    await settle();
  }
  return pokes;
}

describe('webview: a read-only session cannot be edited from any panel', function () {
  this.timeout(60_000);
  for (const [name, create] of PANELS) {
    it(`${name}: every control poked, no edit sent`, async () => {
      const hs = mountHarness(sampleSession());
      try {
        hs.ctx.store.replace(structuredClone(sampleSession()), 2, true, false);
        const panel = create(hs.ctx);
        hs.window.document.getElementById('app')!.append(panel.element, hs.ctx.formSlot);
        hs.ctx.store.subscribe((c) => panel.update(c));
        panel.update({ kind: 'replace' });
        const pokes = await pokeEverything(hs, hs.window.document.body as unknown as HTMLElement);
        assert.ok(pokes > 5, `only ${pokes} controls found`);
        assert.deepEqual(editsSent(hs.sent), []);
      } finally {
        hs.cleanup();
      }
    });
  }

  for (const [name, create] of PANELS) {
    it(`${name}: the same poking on an editable session does send edits (so the test above can fail)`, async () => {
      const hs = mountHarness(sampleSession());
      try {
        const panel = create(hs.ctx);
        hs.window.document.getElementById('app')!.append(panel.element, hs.ctx.formSlot);
        hs.ctx.store.subscribe((c) => panel.update(c));
        panel.update({ kind: 'replace' });
        await pokeEverything(hs, hs.window.document.body as unknown as HTMLElement);
        assert.ok(editsSent(hs.sent).length > 0);
      } finally {
        hs.cleanup();
      }
    });
  }
});
