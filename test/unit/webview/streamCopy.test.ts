// The streamed picture and the background copy in the webview (mseTrack.ts, msePlayer.ts): data
// from the copy carries the recording's own timestamps (timestampOffset 0) where ffmpeg's starts
// at 0 (timestampOffset = from); `stream/copy` makes the video track ask again from where its data
// ends, to the copy when it is far enough ahead and back to ffmpeg when it is gone. The sound
// never moves. A fake MediaSource records what the track does to its SourceBuffer.
import * as assert from 'node:assert/strict';
import { JSDOM, VirtualConsole } from 'jsdom';
import { COPY_LEAD_SEC, STREAM_MIME, type StreamTrack } from '../../../src/core/media/streamPlan';
import type { HostMessage, MediaState, ViewMessage } from '../../../src/protocol/messages';
import { PlayerClock } from '../../../webview/components/player';

/** A SourceBuffer that records every call, and whose updates the test completes. */
class FakeSourceBuffer extends EventTarget {
  updating = false;
  private ranges: [number, number][] = [];
  private offset = 0;
  /** Every call in order: `abort`, `offset=N`, `append@N` (N the timestampOffset then), `remove`. */
  readonly calls: string[] = [];
  /** The timestampOffset at each appendBuffer. */
  readonly appendedAt: number[] = [];

  constructor(readonly mime: string) {
    super();
  }

  get timestampOffset(): number {
    return this.offset;
  }
  set timestampOffset(v: number) {
    if (this.updating) throw new Error('timestampOffset set while updating');
    this.offset = v;
    this.calls.push(`offset=${v}`);
  }

  get buffered(): TimeRanges {
    const r = this.ranges;
    return {
      length: r.length,
      start: (i: number) => r[i]![0],
      end: (i: number) => r[i]![1],
    };
  }

  appendBuffer(_data: BufferSource): void {
    if (this.updating) throw new Error('appendBuffer while updating');
    this.updating = true;
    this.appendedAt.push(this.offset);
    this.calls.push(`append@${this.offset}`);
  }

  remove(start: number, end: number): void {
    this.updating = true;
    this.calls.push(`remove ${start}-${end}`);
  }

  abort(): void {
    this.updating = false;
    this.calls.push('abort');
  }

  /** The browser finished the append or remove: now `ranges` are buffered. */
  complete(ranges: [number, number][]): void {
    assert.ok(this.updating, 'nothing was updating');
    this.ranges = ranges;
    this.updating = false;
    this.dispatchEvent(new Event('updateend'));
  }
}

class FakeMediaSource extends EventTarget {
  static readonly made: FakeMediaSource[] = [];
  static isTypeSupported(): boolean {
    return true;
  }
  readyState: 'closed' | 'open' | 'ended' = 'closed';
  duration = NaN;
  buffer: FakeSourceBuffer | null = null;

  constructor() {
    super();
    FakeMediaSource.made.push(this);
  }

  addSourceBuffer(mime: string): FakeSourceBuffer {
    this.buffer = new FakeSourceBuffer(mime);
    return this.buffer;
  }

  endOfStream(): void {
    this.readyState = 'ended';
  }

  /** The element attached the source. */
  open(): void {
    this.readyState = 'open';
    this.dispatchEvent(new Event('sourceopen'));
  }
}

const streamed: MediaState = { status: 'ready', kind: 'video', src: 'https://file+.vscode-resource/x/iphone.mov', durationSec: 1200, peaks: [], viaProxy: true, fromCache: false, stream: { audio: true, video: true } };

type StreamMessage = Extract<HostMessage, { type: 'stream/data' | 'stream/end' | 'stream/copy' }>;

/** A PlayerClock streaming `streamed` through FakeMediaSources, both sources open. */
function page() {
  FakeMediaSource.made.length = 0;
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { virtualConsole: new VirtualConsole() });
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window };
  g.document = dom.window.document;
  g.window = dom.window;
  const win = dom.window as unknown as Record<string, unknown>;
  win.MediaSource = FakeMediaSource;
  let urls = 0;
  Object.assign(dom.window.URL, { createObjectURL: () => `blob:fake/${++urls}`, revokeObjectURL: () => undefined });
  const sent: ViewMessage[] = [];
  const clock = new PlayerClock(() => undefined, (m) => sent.push(m));
  dom.window.document.body.append(clock.element);
  clock.setMedia(streamed);
  assert.deepEqual(sent, [{ type: 'stream/open', missing: [] }]);
  assert.equal(FakeMediaSource.made.length, 2);
  for (const s of FakeMediaSource.made) s.open();
  const buffer = (track: StreamTrack) => {
    const b = FakeMediaSource.made.map((s) => s.buffer).find((x) => x?.mime === STREAM_MIME[track]);
    assert.ok(b, `a SourceBuffer for the ${track}`);
    return b;
  };
  const fetches = (track: StreamTrack) => sent.filter((m): m is Extract<ViewMessage, { type: 'stream/fetch' }> => m.type === 'stream/fetch' && m.track === track);
  const lastFetch = (track: StreamTrack) => {
    const f = fetches(track);
    assert.ok(f.length, `a stream/fetch for the ${track}`);
    return f[f.length - 1]!;
  };
  return {
    clock,
    sent,
    audio: buffer('audio'),
    video: buffer('video'),
    fetches,
    lastFetch,
    receive: (m: StreamMessage) => clock.receiveStream(m),
    /** One chunk of the track's current generation, appended by the browser up to `end`. */
    deliver(track: StreamTrack, fromCopy: boolean, ranges: [number, number][]) {
      const f = lastFetch(track);
      const b = buffer(track);
      const before = b.appendedAt.length;
      clock.receiveStream({ type: 'stream/data', track, gen: f.gen, from: f.from, data: new Uint8Array([1, 2, 3]), ...(fromCopy ? { fromCopy: true } : {}) });
      assert.equal(b.appendedAt.length, before + 1, `the ${track} chunk of generation ${f.gen} was appended`);
      b.complete(ranges);
      return b.appendedAt[b.appendedAt.length - 1]!;
    },
    done() {
      // A whole-file recording replaces the stream: the player disposes its MediaSources.
      clock.setMedia({ status: 'ready', kind: 'video', src: 'https://file+.vscode-resource/x/other.mp4', durationSec: 1200, peaks: [], viaProxy: true, fromCache: false });
      g.document = saved.document;
      g.window = saved.window;
      dom.window.close();
    },
  };
}

/** The sound has data (the picture starts after it), and the picture's first ffmpeg from 0 has some. */
function startBoth(p: ReturnType<typeof page>) {
  assert.deepEqual(p.fetches('audio').map((f) => f.from), [0]);
  assert.equal(p.fetches('video').length, 0, 'the picture waits for the sound');
  p.deliver('audio', false, [[0, 30]]);
  assert.deepEqual(p.fetches('video').map((f) => [f.gen, f.from]), [[1, 0]], 'sound is there: the picture starts');
  p.deliver('video', false, [[0, 4]]);
}

describe('the streamed picture and the background copy in the webview', () => {
  it('places ffmpeg data at `from` and the copy\'s data at its own timestamps (timestampOffset 0)', () => {
    const p = page();
    try {
      startBoth(p);
      // The copy is far ahead: the picture is asked for again from where it ends (4 s).
      p.receive({ type: 'stream/copy', frontSec: 4 + COPY_LEAD_SEC + 20, state: 'growing' });
      const toCopy = p.lastFetch('video');
      assert.deepEqual([toCopy.gen, toCopy.from], [2, 4]);
      const atCopy = p.deliver('video', true, [[0, 14]]);
      assert.equal(atCopy, 0, 'the copy\'s fragment from the key frame before 4 s carries its own time');
      // The copy is gone: back to ffmpeg from where the picture ends (14 s), placed at 14.
      p.receive({ type: 'stream/copy', frontSec: 0, state: 'gone' });
      const back = p.lastFetch('video');
      assert.deepEqual([back.gen, back.from], [3, 14]);
      const atFfmpeg = p.deliver('video', false, [[0, 20]]);
      assert.equal(atFfmpeg, 14, 'ffmpeg\'s output starts at 0 and is placed at `from`');
      // Each new generation resets the parser before its timestamps move; the copy's first chunk moves them to 0.
      const v = p.video.calls;
      const appends = v.map((c, i) => [c, i] as const).filter(([c]) => c.startsWith('append'));
      assert.deepEqual(appends.map(([c]) => c), ['append@0', 'append@0', 'append@14']);
      const copyAppend = appends[1]![1];
      assert.deepEqual(v.slice(copyAppend - 2, copyAppend), ['abort', 'offset=0'], v.join(', '));
    } finally {
      p.done();
    }
  });

  it('moves the picture to the copy only when it is far enough ahead and ffmpeg has delivered', () => {
    const p = page();
    try {
      assert.deepEqual(p.fetches('audio').map((f) => f.from), [0]);
      p.deliver('audio', false, [[0, 30]]);
      assert.equal(p.fetches('video').length, 1);
      // Nothing delivered yet: a new fetch would only delay the first picture.
      p.receive({ type: 'stream/copy', frontSec: 500, state: 'growing' });
      assert.equal(p.fetches('video').length, 1);
      p.deliver('video', false, [[0, 4]]);
      // Not far enough ahead of what ffmpeg has delivered.
      p.receive({ type: 'stream/copy', frontSec: 4 + COPY_LEAD_SEC - 1, state: 'growing' });
      assert.equal(p.fetches('video').length, 1, 'the copy is not far enough ahead yet');
      p.receive({ type: 'stream/copy', frontSec: 4 + COPY_LEAD_SEC, state: 'growing' });
      assert.deepEqual(p.fetches('video').map((f) => [f.gen, f.from]), [[1, 0], [2, 4]], 'from the buffered end, to the copy');
      // The copy-fed producer stays while the copy grows ahead of the playhead.
      p.deliver('video', true, [[0, 30]]);
      p.receive({ type: 'stream/copy', frontSec: 60, state: 'growing' });
      p.receive({ type: 'stream/copy', frontSec: 1200, state: 'complete' });
      assert.equal(p.fetches('video').length, 2);
      // Gone: the picture goes back to ffmpeg from where it ends.
      p.receive({ type: 'stream/copy', frontSec: 60, state: 'gone' });
      assert.deepEqual(p.fetches('video').map((f) => [f.gen, f.from]), [[1, 0], [2, 4], [3, 30]]);
    } finally {
      p.done();
    }
  });

  it('a copy that goes away: ffmpeg again from where the picture ends, and a late chunk of the copy is dropped', () => {
    const p = page();
    try {
      startBoth(p);
      p.receive({ type: 'stream/copy', frontSec: 100, state: 'growing' });
      assert.equal(p.lastFetch('video').gen, 2);
      p.receive({ type: 'stream/data', track: 'video', gen: 2, from: 4, data: new Uint8Array([9]), fromCopy: true });
      p.video.complete([[0, 6]]);
      p.receive({ type: 'stream/copy', frontSec: 100, state: 'gone' });
      const back = p.lastFetch('video');
      assert.deepEqual([back.gen, back.from], [3, 6]);
      const appended = p.video.appendedAt.length;
      p.receive({ type: 'stream/data', track: 'video', gen: 2, from: 4, data: new Uint8Array([9]), fromCopy: true });
      assert.equal(p.video.appendedAt.length, appended, 'a chunk of the replaced generation is not appended');
      assert.equal(p.deliver('video', false, [[0, 9]]), 6);
    } finally {
      p.done();
    }
  });

  it('the sound never reacts to stream/copy', () => {
    const p = page();
    try {
      startBoth(p);
      const audioBefore = p.fetches('audio').length;
      const audioCalls = p.audio.calls.length;
      p.receive({ type: 'stream/copy', frontSec: 1000, state: 'growing' });
      p.deliver('video', true, [[0, 20]]);
      p.receive({ type: 'stream/copy', frontSec: 1200, state: 'complete' });
      p.receive({ type: 'stream/copy', frontSec: 0, state: 'gone' });
      // The picture did move (to the copy, then back): the messages arrived.
      assert.equal(p.fetches('video').length, 3);
      assert.equal(p.fetches('audio').length, audioBefore, 'no new fetch for the sound');
      assert.deepEqual(p.audio.calls.slice(audioCalls), [], 'nothing done to the sound\'s buffer');
      assert.ok(p.sent.every((m) => !('track' in m) || m.track === 'video' || m.type !== 'stream/fetch' || m.gen === 1));
    } finally {
      p.done();
    }
  });
});
