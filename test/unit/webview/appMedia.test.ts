// The editor page's handling of `media/state` under jsdom: a page VS Code rebuilt goes back to
// the coach's last moment once, and a recording that replaces the playing one (the whole-file
// copy after a stream fault) plays on from where the coach is, not from that restored moment.
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { BASE_EMOTION_WORDS } from '../../../src/core/analysis/emotionWords';
import type { HostMessage, PeakLevel, ViewMessage } from '../../../src/protocol/messages';
import { uiStrings } from '../../../src/protocol/uiStrings';
import type { App as AppClass } from '../../../webview/app';
import { sampleSession } from '../session/sessionFixtures';

interface Page {
  app: AppClass;
  win: Window;
  sent: ViewMessage[];
  host(m: HostMessage): void;
  media(): HTMLMediaElement;
  done(): void;
}

/**
 * The whole page in jsdom, as VS Code shows it after rebuilding a hidden editor: the webview state
 * remembers the playhead at `savedTime`. The page's web components (lit) need the window's
 * globals while the module loads and runs; they are put back afterwards.
 */
function mountApp(savedTime: number): Page {
  const dom = new JSDOM('<!DOCTYPE html><html><body><div id="app"></div></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  const w = dom.window as unknown as Record<string, unknown>;
  // What jsdom lacks and the waveform (wavesurfer) asks for: no media query ever matches here.
  w.matchMedia = (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined });
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const names = [...Object.getOwnPropertyNames(w).filter((k) => !(k in g) && !k.startsWith('_')), 'window', 'document', 'Event', 'CustomEvent', 'EventTarget', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle'];
  for (const k of names) {
    let value: unknown;
    try {
      value = w[k];
    } catch {
      continue; // a getter the page does not use (localStorage on an opaque origin)
    }
    saved.set(k, Object.getOwnPropertyDescriptor(g, k));
    Object.defineProperty(g, k, { value, configurable: true, writable: true });
  }
  // Loaded only now: its web components read `HTMLElement` and `customElements` at load time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { App } = require('../../../webview/app') as typeof import('../../../webview/app');
  // jsdom's media elements cannot play: this one plays and pauses as far as the page can tell.
  const media = dom.window.HTMLMediaElement.prototype as HTMLMediaElement & { kkPlaying?: boolean };
  Object.defineProperty(media, 'paused', { configurable: true, get(this: { kkPlaying?: boolean }) { return !this.kkPlaying; } });
  media.play = function (this: HTMLMediaElement & { kkPlaying?: boolean }) {
    this.kkPlaying = true;
    this.dispatchEvent(new dom.window.Event('play'));
    return Promise.resolve();
  };
  media.pause = function (this: HTMLMediaElement & { kkPlaying?: boolean }) {
    this.kkPlaying = false;
    this.dispatchEvent(new dom.window.Event('pause'));
  };
  const sent: ViewMessage[] = [];
  const win = dom.window as unknown as Window;
  const app = new App(win.document.getElementById('app')!, { postMessage: (m) => sent.push(m), getState: () => ({ time: savedTime }), setState: () => undefined }, win);
  app.start();
  const host = (m: HostMessage) => app.bridge.receive(m);
  host({ type: 'init', strings: uiStrings('nl'), settings: { lang: 'nl', typeAlongRewindSec: 2, compareToleranceSec: 3, pauseThresholdSec: 2, followTranscript: true }, emotionWords: BASE_EMOTION_WORDS });
  host({ type: 'session/state', session: sampleSession(), revision: 1, readOnly: false, dirty: false });
  return {
    app,
    win,
    sent,
    host,
    media: () => win.document.querySelector('.player video, .player audio') as HTMLMediaElement,
    done() {
      dom.window.close();
      for (const [k, d] of saved) {
        if (d) Object.defineProperty(g, k, d);
        else delete g[k];
      }
    },
  };
}

const ready = (src: string, peaks: PeakLevel[] = []): HostMessage => ({
  type: 'media/state',
  media: { status: 'ready', kind: 'video', src, durationSec: 180, peaks, viaProxy: true, fromCache: false },
});

/** As the browser does once it knows the recording's length. */
const metadataLoaded = (m: HTMLMediaElement) => m.dispatchEvent(new m.ownerDocument.defaultView!.Event('loadedmetadata'));

/** Waits for `get` to return something, one animation frame at a time (2 s at most). */
async function nextFrames<T>(win: Window, what: string, get: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 120; i++) {
    const v = get();
    if (v) return v;
    await new Promise((r) => win.requestAnimationFrame(r));
  }
  throw new Error(`never: ${what}`);
}

describe('the editor page and media/state', function () {
  // Loading the page's modules with its web components takes a few seconds the first time.
  this.timeout(60000);

  it('goes back to the remembered moment once, however many media states arrive for the recording', () => {
    const p = mountApp(5);
    try {
      // The host sends the state again for every change: the waveform's peaks, then the finer ones.
      p.host(ready('https://x/gesprek.mov'));
      p.host(ready('https://x/gesprek.mov', [{ peaksPerSec: 10, min: Int8Array.of(-1, -2), max: Int8Array.of(1, 2) }]));
      p.host(ready('https://x/gesprek.mov', [{ peaksPerSec: 100, min: Int8Array.of(-1, -2), max: Int8Array.of(1, 2) }]));
      const first = p.media();
      const before = p.sent.length;
      metadataLoaded(first);
      assert.equal(first.currentTime, 5, 'the page is back at the remembered moment');
      // One seek: the playhead was reported at the restored time exactly once.
      const atRestored = p.sent.slice(before).filter((m) => m.type === 'playback/state' && m.time === 5);
      assert.equal(atRestored.length, 1, `seeks to the remembered moment: ${atRestored.length}`);
    } finally {
      p.done();
    }
  });

  it('a recording that replaces the playing one (the whole-file copy) starts where the coach is', () => {
    const p = mountApp(5);
    try {
      p.host(ready('https://x/gesprek.mov'));
      p.host(ready('https://x/gesprek.mov', [{ peaksPerSec: 10, min: Int8Array.of(-1, -2), max: Int8Array.of(1, 2) }]));
      metadataLoaded(p.media());
      // The coach goes on to 40 s; then the host swaps in the whole-file copy.
      p.host({ type: 'command', command: { kind: 'seekTo', seconds: 40 } });
      assert.equal(p.media().currentTime, 40);
      p.host(ready('https://x/cache/abc.proxy.mp4'));
      const copy = p.media();
      assert.equal(copy.getAttribute('src'), 'https://x/cache/abc.proxy.mp4');
      metadataLoaded(copy);
      assert.equal(copy.currentTime, 40, 'the copy starts where the coach was, not at the moment the page was rebuilt');
    } finally {
      p.done();
    }
  });

  it('the waveform moves its cursor when the playhead has moved a pixel, not on every animation frame', async () => {
    const p = mountApp(0);
    try {
      const win = p.win as Window & typeof globalThis;
      // jsdom has no layout: here the waveform is 600 pixels wide, so a pixel is 0.3 s of 180 s.
      Object.defineProperty(win.HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
      Object.defineProperty(win.HTMLElement.prototype, 'scrollWidth', { configurable: true, get: () => 600 });
      const n = 180;
      p.host(ready('https://x/gesprek.mov', [{ peaksPerSec: 1, min: Int8Array.from({ length: n }, () => -60), max: Int8Array.from({ length: n }, () => 60) }]));
      const media = p.media();
      metadataLoaded(media);
      const cursor = await nextFrames(p.win, 'the waveform cursor', () => p.win.document.querySelector('.waveform > div')?.shadowRoot?.querySelector<HTMLElement>('[part~="cursor"]'));
      const positions: string[] = [];
      new win.MutationObserver(() => {
        if (positions[positions.length - 1] !== cursor.style.left) positions.push(cursor.style.left);
      }).observe(cursor, { attributes: true, attributeFilter: ['style'] });
      p.host({ type: 'command', command: { kind: 'playPause' } });
      assert.equal(media.paused, false);
      // 60 animation frames of playing, the playhead 0.01 s further each: 0.6 s, two pixels.
      for (let i = 1; i <= 60; i++) {
        media.currentTime = i * 0.01;
        media.dispatchEvent(new win.Event('timeupdate'));
        await new Promise((r) => p.win.requestAnimationFrame(r));
      }
      assert.ok(positions.length >= 1 && positions.length <= 3, `the cursor moved ${positions.length} times: ${positions.join(' ')}`);
      const shownPx = (parseFloat(positions[positions.length - 1]!) / 100) * 600;
      assert.ok(Math.abs(shownPx - (0.6 / 180) * 600) <= 1, `the cursor is within a pixel of the playhead (2 px): ${positions.join(' ')}`);
      // A jump moves it at once, also when paused.
      p.host({ type: 'command', command: { kind: 'playPause' } });
      p.host({ type: 'command', command: { kind: 'seekTo', seconds: 90 } });
      assert.equal(cursor.style.left, '50%');
    } finally {
      p.done();
    }
  });

  it('a copy that replaces a playing recording plays on; one that replaces a paused one stays paused', () => {
    const p = mountApp(0);
    try {
      p.host(ready('https://x/gesprek.mov'));
      metadataLoaded(p.media());
      p.host({ type: 'command', command: { kind: 'seekTo', seconds: 12 } });
      p.host({ type: 'command', command: { kind: 'playPause' } });
      assert.equal(p.media().paused, false);
      p.host(ready('https://x/cache/abc.proxy.mp4'));
      const copy = p.media();
      metadataLoaded(copy);
      assert.equal(copy.currentTime, 12);
      assert.equal(copy.paused, false, 'the copy plays on');
      p.host({ type: 'command', command: { kind: 'playPause' } });
      p.host(ready('https://x/cache/def.proxy.mp4'));
      metadataLoaded(p.media());
      assert.equal(p.media().paused, true, 'paused stays paused');
    } finally {
      p.done();
    }
  });
});
