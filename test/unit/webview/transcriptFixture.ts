import type { Session } from '../../../src/core/session/model';
import type { Panel } from '../../../webview/panels/panel';
import { createTranscriptPanel } from '../../../webview/panels/transcriptPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, type Harness } from './webviewTestKit';

/** A transcript panel mounted in the page, wired to the harness store as app.ts does. */
export interface Mounted extends Harness {
  panel: Panel;
  el: HTMLElement;
  tabs: string[];
  $(sel: string): HTMLElement | null;
  $$(sel: string): HTMLElement[];
  row(id: string): HTMLElement | undefined;
  /** The edits sent to the host, in order. */
  edits(): unknown[];
}

export function mountPanel(session: Session = sampleSession()): Mounted {
  const hs = mountHarness(session);
  const tabs: string[] = [];
  hs.ctx.showTab = (id) => void tabs.push(id);
  const panel = createTranscriptPanel(hs.ctx);
  hs.window.document.getElementById('app')!.append(panel.element);
  hs.ctx.store.subscribe((c) => panel.update(c));
  panel.update({ kind: 'replace' });
  const el = panel.element;
  return Object.assign(hs, {
    panel,
    el,
    tabs,
    $: (sel: string) => el.querySelector<HTMLElement>(sel),
    $$: (sel: string) => [...el.querySelectorAll<HTMLElement>(sel)],
    row: (id: string) => el.querySelector<HTMLElement>(`.kk-tr-row[data-key="${id}"]`) ?? undefined,
    edits: () => hs.sent.filter((m) => m.type === 'session/apply').map((m) => (m as { edit: unknown }).edit),
  });
}

/** A session with n segments of varied length, alternating begeleider and student. */
export function longSession(n: number): Session {
  const s = sampleSession();
  const words = ['ik', 'baalde', 'toen', 'de', 'stage', 'begon', 'en', 'wist', 'niet', 'wat', 'ik', 'moest', 'zeggen'];
  s.transcript = Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    start: i * 3,
    end: i * 3 + 2.5,
    speakerId: i % 2 ? 'spS' : 'spB',
    text: Array.from({ length: 4 + (i % 23) }, (_, k) => words[(i + k) % words.length]).join(' '),
  }));
  s.details = [];
  return s;
}

export function key(target: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}

export function click(target: Element | null | undefined, type = 'click'): void {
  if (!target) throw new Error('nothing to click');
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
