import * as assert from 'node:assert/strict';
import { JSDOM, VirtualConsole } from 'jsdom';
import { BASE_EMOTION_WORDS } from '../../../src/core/analysis/emotionWords';
import type { Session } from '../../../src/core/session/model';
import type { HostMessage, ViewCommand, ViewMessage } from '../../../src/protocol/messages';
import { uiStrings } from '../../../src/protocol/uiStrings';
import { sampleSession } from '../session/sessionFixtures';

/**
 * The whole editor page (webview/app.ts) under jsdom, driven by host messages, to prove the paths
 * between its parts that used to be `kk-*` DOM events and are now typed view events: the app's
 * own wiring, not a test harness's.
 */
interface Page {
  doc: Document;
  sent: ViewMessage[];
  send(m: HostMessage): void;
  command(c: ViewCommand): void;
  $<T extends HTMLElement = HTMLElement>(sel: string): T;
  cleanup(): void;
}

function mountApp(session: Session): Page {
  // jsdom plays no media: its "not implemented" for play/pause/load is expected; any other page
  // error fails the test at cleanup.
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => void (/^Not implemented: HTMLMediaElement's/.test(e.message) || errors.push(e.message)));
  const dom = new JSDOM('<!DOCTYPE html><html><body><div id="app"></div></body></html>', { pretendToBeVisual: true, virtualConsole });
  const win = dom.window as unknown as Window & Record<string, unknown>;
  // jsdom has no matchMedia; the waveform (wavesurfer) asks it for the pixel ratio and dark mode.
  win.matchMedia = () => ({ matches: false, media: '', onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false });
  const g = globalThis as Record<string, unknown>;
  // The page's modules (lit-based elements, the DOM helpers) use browser globals: point every one
  // of them at this window for the test, and put back what was there after.
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const k of [...Object.getOwnPropertyNames(dom.window), 'window', 'document']) {
    if (k in Object.prototype || saved.has(k) || ['globalThis', 'global', 'process', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask'].includes(k)) continue;
    saved.set(k, Object.getOwnPropertyDescriptor(g, k));
    try {
      Object.defineProperty(g, k, { value: k === 'window' ? dom.window : win[k], configurable: true, writable: true });
    } catch {
      saved.delete(k);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the globals exist
  const { App } = require('../../../webview/app') as typeof import('../../../webview/app');
  const sent: ViewMessage[] = [];
  const app = new App(dom.window.document.getElementById('app')!, { postMessage: (m) => sent.push(m), getState: () => undefined, setState: () => undefined }, win);
  app.start();
  const send = (m: HostMessage) => dom.window.dispatchEvent(new dom.window.MessageEvent('message', { data: m }));
  send({ type: 'init', strings: uiStrings('nl'), settings: { lang: 'nl', typeAlongRewindSec: 2, compareToleranceSec: 3, pauseThresholdSec: 2, followTranscript: true }, emotionWords: BASE_EMOTION_WORDS });
  send({ type: 'session/state', session, revision: 1, readOnly: false, dirty: false });
  const doc = dom.window.document;
  return {
    doc,
    sent,
    send,
    command: (command) => send({ type: 'command', command }),
    $: <T extends HTMLElement>(sel: string) => {
      const el = doc.querySelector<T>(sel);
      assert.ok(el, `no ${sel}`);
      return el;
    },
    cleanup: () => {
      for (const [k, d] of saved) {
        if (d) Object.defineProperty(g, k, d);
        else delete g[k];
      }
      dom.window.close();
      assert.deepEqual(errors, []);
    },
  };
}

const selectedTab = (p: Page) => p.doc.querySelector('[role="tab"][aria-selected="true"]')?.id;

describe('webview app: typed view events between its parts', function () {
  this.timeout(20_000);
  let p: Page | null = null;
  afterEach(() => {
    p?.cleanup();
    p = null;
  });

  it('tag here (key t) shows Details and opens the form at the clock time', () => {
    p = mountApp(sampleSession());
    const form = p.$<HTMLFormElement>('#kk-form-slot form');
    assert.equal(form.hidden, true);
    p.send({ type: 'media/state', media: { status: 'ready', kind: 'audio', src: 'data:audio/wav;base64,', durationSec: 120, peaks: [], viaProxy: false, fromCache: false } });
    p.command({ kind: 'seekTo', seconds: 75.4 });
    p.command({ kind: 'tagHere' });
    assert.equal(form.hidden, false);
    assert.match(form.querySelector('.df-title')!.textContent!, /1:15/);
    assert.equal(selectedTab(p), 'tab-details');
  });

  it("a detail's marker in the transcript selects that detail in the Details panel", () => {
    p = mountApp(sampleSession());
    const markers = p.doc.querySelectorAll<HTMLElement>('.kk-tr-row[data-key="g2"] .kk-tr-detail');
    assert.equal(markers.length, 2);
    const d2 = p.$('li[data-id="d2"]');
    assert.ok(!d2.classList.contains('di-selected'));
    markers[1]!.click();
    assert.equal(selectedTab(p), 'tab-details');
    assert.ok(d2.classList.contains('di-selected'));
    assert.ok(!p.$('li[data-id="d1"]').classList.contains('di-selected'));
  });

  it('a lane marker on the waveform selects its detail too', () => {
    p = mountApp(sampleSession());
    // d1 is at 0:06, d2 at 0:14; the markers are labelled with their time.
    const marks = [...p.doc.querySelectorAll<HTMLElement>('.lanes .lane-point, .lanes .lane-range')];
    assert.equal(marks.length, 2);
    marks.find((m) => m.getAttribute('aria-label')!.startsWith('0:06'))!.click();
    assert.equal(selectedTab(p), 'tab-details');
    assert.ok(p.$('li[data-id="d1"]').classList.contains('di-selected'));
  });

  it('the type-along key opens typing along in the Transcript tab, with focus in its box', () => {
    p = mountApp(sampleSession());
    p.command({ kind: 'focus', panel: 'review' });
    const box = p.$('.kk-tr [data-typing-zone]');
    assert.equal(box.closest('[hidden]') !== null, true, 'closed at first');
    p.command({ kind: 'typeAlong', action: 'toggle' });
    assert.equal(selectedTab(p), 'tab-transcript');
    assert.equal(box.closest('[hidden]'), null);
    assert.equal(p.doc.activeElement, box.querySelector('textarea'));
  });

  it('wie is wie shows the step for the speakers the host names', () => {
    const s = sampleSession();
    s.speakers = [...s.speakers, { id: 'sp1', name: 'Spreker 1', role: 'anders', colour: '#0072B2' }, { id: 'sp2', name: 'Spreker 2', role: 'anders', colour: '#D55E00' }];
    p = mountApp(s);
    const who = p.$('.kk-tr-who');
    assert.equal(who.hidden, true);
    p.command({ kind: 'focus', panel: 'details' });
    p.command({ kind: 'whoIsWho', speakerIds: ['sp2', 'sp1'] });
    assert.equal(who.hidden, false);
    assert.equal(selectedTab(p), 'tab-transcript');
    const named = [...who.querySelectorAll('[data-action="who-play"]')].map((b) => b.getAttribute('data-speaker'));
    assert.deepEqual(named, ['sp2', 'sp1']);
  });
});
