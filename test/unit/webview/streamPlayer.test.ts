import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { STREAM_MIME } from '../../../src/core/media/streamPlan';
import type { MediaState, ViewMessage } from '../../../src/protocol/messages';
import { validateViewMessage } from '../../../src/protocol/viewMessageSchema';
import { PlayerClock } from '../../../webview/components/player';

const streamed: MediaState = { status: 'ready', kind: 'video', src: 'https://file+.vscode-resource/x/iphone.mov', durationSec: 1200, peaks: [], viaProxy: true, fromCache: false, stream: { audio: true, video: true } };

/** A PlayerClock in a jsdom page whose MediaSource is `mediaSource` (undefined: none at all). */
function page(mediaSource: unknown): { clock: PlayerClock; sent: ViewMessage[]; done(): void } {
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window };
  g.document = dom.window.document;
  g.window = dom.window;
  (dom.window as unknown as Record<string, unknown>).MediaSource = mediaSource;
  const sent: ViewMessage[] = [];
  const clock = new PlayerClock(() => undefined, (m) => sent.push(m));
  dom.window.document.body.append(clock.element);
  return {
    clock,
    sent,
    done() {
      g.document = saved.document;
      g.window = saved.window;
      dom.window.close();
    },
  };
}

describe('streamed playback in the webview: the Media Source check', () => {
  it('reports both stream types missing where there is no MediaSource, and plays nothing itself', () => {
    const p = page(undefined);
    try {
      p.clock.setMedia(streamed);
      assert.deepEqual(p.sent, [{ type: 'stream/open', missing: [STREAM_MIME.audio, STREAM_MIME.video] }]);
      assert.equal(p.clock.media, null, 'the host answers with a whole-file copy; no element yet');
      assert.equal(p.clock.element.querySelectorAll('audio, video').length, 0);
    } finally {
      p.done();
    }
  });

  it('asks MediaSource.isTypeSupported for exactly the tracks the recording has', () => {
    const asked: string[] = [];
    const p = page({ isTypeSupported: (m: string) => (asked.push(m), m === STREAM_MIME.audio) });
    try {
      p.clock.setMedia({ ...streamed, stream: { audio: true, video: true } });
      assert.deepEqual(asked, [STREAM_MIME.audio, STREAM_MIME.video]);
      assert.deepEqual(p.sent, [{ type: 'stream/open', missing: [STREAM_MIME.video] }]);
    } finally {
      p.done();
    }
  });
});

describe('stream messages from the webview are validated', () => {
  it('accepts the stream requests and refuses bad tracks, generations and positions', () => {
    assert.ok(validateViewMessage({ type: 'stream/fetch', track: 'video', gen: 3, from: 12.5 }).ok);
    assert.ok(validateViewMessage({ type: 'stream/flow', track: 'audio', gen: 1, pause: true }).ok);
    assert.ok(validateViewMessage({ type: 'stream/open', missing: [] }).ok);
    assert.equal(validateViewMessage({ type: 'stream/fetch', track: 'subtitles', gen: 3, from: 1 }).ok, false);
    assert.equal(validateViewMessage({ type: 'stream/fetch', track: 'audio', gen: 1.5, from: 1 }).ok, false);
    assert.equal(validateViewMessage({ type: 'stream/fetch', track: 'audio', gen: 1, from: -4 }).ok, false);
    assert.equal(validateViewMessage({ type: 'stream/fetch', track: 'audio', gen: 1, from: Infinity }).ok, false);
    assert.equal(validateViewMessage({ type: 'stream/open', missing: Array(50).fill('x') }).ok, false);
    assert.ok(validateViewMessage({ type: 'stream/milestone', track: 'video', gen: 2, what: 'playable', ms: 850 }).ok);
    assert.equal(validateViewMessage({ type: 'stream/milestone', track: 'video', gen: 2, what: 'done', ms: 850 }).ok, false);
    assert.equal(validateViewMessage({ type: 'stream/milestone', track: 'video', gen: 2, what: 'filled', ms: -1 }).ok, false);
  });
});
