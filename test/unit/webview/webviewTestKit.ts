import { JSDOM } from 'jsdom';
import { BASE_EMOTION_WORDS } from '../../../src/core/analysis/emotionWords';
import type { Edit } from '../../../src/core/session/edits';
import type { Session } from '../../../src/core/session/model';
import { applyCheckedEdit } from '../../../src/core/session/validateEdit';
import type { ViewMessage, ViewRequest } from '../../../src/protocol/messages';
import { uiStrings } from '../../../src/protocol/uiStrings';
import type { Clock } from '../../../webview/components/player';
import { fmt } from '../../../webview/dom';
import { HostBridge } from '../../../webview/hostBridge';
import { SessionStore } from '../../../webview/sessionStore';
import type { ViewContext } from '../../../webview/viewContext';
import { ViewEvents } from '../../../webview/viewEvents';

/**
 * A webview panel under jsdom: a real DOM, a real store, and a host that applies edits at once
 * (as the real host does after validation) and records what the panel sent.
 */
export interface Harness {
  ctx: ViewContext;
  window: Window;
  sent: ViewMessage[];
  requests: ViewRequest[];
  clock: Clock & { setTime(t: number): void };
  /** Replies to requests: set per test. */
  reply: (r: ViewRequest) => unknown;
  /** When set, the host refuses every edit request with this reason. */
  refuseEdits: string | null;
  cleanup(): void;
}

export function fakeClock(duration = 200): Clock & { setTime(t: number): void } {
  const listeners: (() => void)[] = [];
  let time = 0;
  let playing = false;
  let rate = 1;
  const emit = () => listeners.forEach((l) => l());
  return {
    get time() { return time; },
    get duration() { return duration; },
    get playing() { return playing; },
    get rate() { return rate; },
    loop: null,
    sequence: null,
    onChange: (l) => void listeners.push(l),
    play: () => { playing = true; emit(); },
    pause: () => { playing = false; emit(); },
    toggle: () => { playing = !playing; emit(); },
    seek: (t) => { time = t; emit(); },
    seekBy: (d) => { time = Math.max(0, time + d); emit(); },
    setRate: (r) => { rate = r; emit(); },
    setTime: (t) => { time = t; emit(); },
  };
}

export function mountHarness(session: Session, lang: 'nl' | 'en' = 'nl'): Harness {
  const dom = new JSDOM('<!DOCTYPE html><html><body><div id="app"></div></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  const saved: Record<string, unknown> = {};
  // Panels use the browser globals; point them at this window for the test's duration.
  for (const k of ['window', 'document', 'HTMLElement', 'CustomEvent', 'KeyboardEvent', 'MouseEvent', 'Event', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'Node']) {
    saved[k] = g[k];
    g[k] = k === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[k];
  }
  const sent: ViewMessage[] = [];
  const requests: ViewRequest[] = [];
  const strings = uiStrings(lang);
  const h: Harness = {} as Harness;
  const holder: { store?: SessionStore } = {};
  // The host's copy: edits go through the same check as in SessionDocument.apply, so an edit the
  // real host would refuse is refused here too (and the panel must cope with that).
  let hostSession = structuredClone(session);
  const hostApply = (edit: Edit): void => {
    hostSession = applyCheckedEdit(hostSession, edit).session;
    queueMicrotask(() => holder.store!.applied(edit, holder.store!.revision + 1, true));
  };
  const bridge = new HostBridge((m) => {
    sent.push(m);
    if (m.type === 'session/apply') {
      try {
        hostApply(m.edit as Edit);
      } catch {
        // The real host drops it too (and shows a banner).
      }
    }
    if (m.type === 'request') {
      requests.push(m.request);
      const answer = (): { ok: true; result: unknown } | { ok: false; error: string } => {
        try {
          if (m.request.method === 'applyEdit') {
            if (h.refuseEdits) throw new Error(h.refuseEdits);
            hostApply(m.request.edit);
            return { ok: true, result: null };
          }
          return { ok: true, result: h.reply(m.request) };
        } catch (e) {
          return { ok: false, error: String((e as Error).message) };
        }
      };
      const a = answer();
      queueMicrotask(() => queueMicrotask(() => bridge.receive({ type: 'response', id: m.id, ...a })));
    }
  });
  const store = new SessionStore(
    (edit, baseRevision) => bridge.post({ type: 'session/apply', edit, baseRevision }),
    (edit, baseRevision) => bridge.request({ method: 'applyEdit', edit, baseRevision }),
  );
  holder.store = store;
  const clock = fakeClock();
  let tab = 'transcript';
  const formSlot = dom.window.document.createElement('div');
  dom.window.document.body.append(formSlot);
  const ctx: ViewContext = {
    bridge,
    store,
    t: (k, ...a) => fmt(strings[k] ?? k, ...a),
    settings: { lang, typeAlongRewindSec: 2, compareToleranceSec: 3, pauseThresholdSec: 2, followTranscript: true },
    clock,
    author: () => session.participants[1]?.id ?? null,
    tagHere: () => undefined,
    events: new ViewEvents(),
    win: dom.window as unknown as Window,
    emotionWords: BASE_EMOTION_WORDS,
    viewState: (() => {
      const m = new Map<string, unknown>();
      return { get: <T,>(k: string) => m.get(k) as T | undefined, set: (k: string, v: unknown) => void m.set(k, v) };
    })(),
    selection: () => null,
    showTab: (id) => void (tab = id),
    formSlot,
  };
  void tab;
  store.replace(structuredClone(session), 1, false, false);
  Object.assign(h, {
    ctx,
    window: dom.window as unknown as Window,
    sent,
    requests,
    clock,
    reply: () => null,
    refuseEdits: null,
    cleanup: () => {
      for (const [k, v] of Object.entries(saved)) g[k] = v;
      dom.window.close();
    },
  });
  return h;
}

/** Waits for queued host replies (microtasks) to be applied. */
export const settle = () => new Promise((r) => setTimeout(r, 0));
