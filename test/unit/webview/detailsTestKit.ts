import type { Session } from '../../../src/core/session/model';
import { createDetailsPanel } from '../../../webview/panels/detailsPanel';
import type { Panel } from '../../../webview/panels/panel';
import { createQuestionsPanel } from '../../../webview/panels/questionsPanel';
import { mountHarness, type Harness } from './webviewTestKit';

/** A panel mounted in a harness and wired to the store the way the app wires it. */
export function mountPanel(session: Session, which: 'details' | 'questions'): { hs: Harness; panel: Panel } {
  const hs = mountHarness(session);
  const panel = which === 'details' ? createDetailsPanel(hs.ctx) : createQuestionsPanel(hs.ctx);
  hs.window.document.body.append(panel.element);
  hs.ctx.store.subscribe((c) => panel.update(c));
  panel.update({ kind: 'replace' });
  return { hs, panel };
}

/** The harness points the global event constructors at its window. */
export function key(hs: Harness, target: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}

/** The edits the panel sent to the host, in order. */
export function edits(hs: Harness) {
  return hs.sent.flatMap((m) => (m.type === 'session/apply' ? [m.edit] : m.type === 'request' && m.request.method === 'applyEdit' ? [m.request.edit] : []));
}

/** Elements reachable with Tab, in DOM order (jsdom does not move focus on Tab itself). */
export function tabbables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled);
}
