import { BUFFER_POLICY, copySwitch, evictRanges, fetchFrom, KEEP_SEC, shouldPause, STREAM_MIME, type CopyProgress, type ProducerState, type StreamTrack, type TimeRange } from '../../src/core/media/streamPlan';
import type { ViewMessage } from '../../src/protocol/messages';

/** Seconds ahead of the playhead after which a (re)started track counts as filled. */
const FILLED_SEC = 3;

/**
 * One streamed track in the page: a media element fed by its own MediaSource and SourceBuffer.
 * It asks the host to (re)start ffmpeg where the playhead needs data (streamPlan.fetchFrom),
 * appends the chunks in order, throttles the host when far enough ahead, and evicts far ranges
 * so the browser's quota is never hit (and recovers when it is).
 */
export class MseTrack {
  private readonly source: MediaSource;
  private readonly url: string;
  private buffer: SourceBuffer | null = null;
  private gen = 0;
  private producer: (ProducerState & { fromCopy: boolean }) | null = null;
  /** How far the background copy's picture has come (video only; host stream/copy). */
  private copy: CopyProgress | null = null;
  private queue: Uint8Array[] = [];
  /** Before the next append of a new generation: abort the parser and move the timestamps. */
  private resetPending = false;
  private paused = false;
  private failed = false;
  /** Called after every append: tests and the status line watch how far the track has come. */
  onProgress: (() => void) | null = null;
  /** While false, the track does not start its producer (the picture waits for the sound). */
  mayStart: () => boolean = () => true;
  /** While false, received data waits in the queue (the sound waits for the picture after a seek). */
  mayAppend: () => boolean = () => true;
  /** When the current producer was asked for (Date.now()), and which milestones were reported. */
  private askedAt = 0;
  private readonly reported = new Set<'appended' | 'playable' | 'filled'>();
  private everAppended = false;

  constructor(
    readonly track: StreamTrack,
    readonly element: HTMLMediaElement,
    private readonly durationSec: number,
    private readonly post: (m: ViewMessage) => void,
    /** The playhead all tracks follow (the audio element's time when there is sound). */
    private readonly clockTime: () => number,
    MediaSourceCtor: typeof MediaSource,
    createUrl: (o: MediaSource) => string,
  ) {
    this.source = new MediaSourceCtor();
    this.url = createUrl(this.source);
    this.source.addEventListener('sourceopen', () => this.open(), { once: true });
    element.src = this.url;
  }

  private open(): void {
    if (this.durationSec > 0) this.source.duration = this.durationSec;
    const buffer = this.source.addSourceBuffer(STREAM_MIME[this.track]);
    this.buffer = buffer;
    buffer.addEventListener('updateend', () => this.afterUpdate());
    buffer.addEventListener('error', () => this.fail('SourceBuffer error'));
    this.tick();
  }

  /** Buffered ranges of this track, in seconds. */
  ranges(): TimeRange[] {
    const b = this.buffer;
    if (!b || this.source.readyState === 'closed') return [];
    const out: TimeRange[] = [];
    for (let i = 0; i < b.buffered.length; i++) out.push({ start: b.buffered.start(i), end: b.buffered.end(i) });
    return out;
  }

  /** What the running producer has delivered so far (for tests and the status line). */
  get produced(): ProducerState | null {
    return this.producer;
  }

  /** Something of this track is buffered: it can play. */
  get started(): boolean {
    return !!this.producer && this.producer.at > this.producer.from;
  }

  /** Re-evaluates after the playhead moved: restart the producer where needed, or throttle it. */
  tick(): void {
    if (!this.buffer || this.failed) return;
    if (!this.producer && !this.mayStart()) return;
    // The copy is well ahead: its picture replaces this track's own ffmpeg (or the other way round).
    if (this.producer && copySwitch(this.producer, this.copy, this.clockTime())) {
      this.fetch(this.producer.at);
      return;
    }
    const from = fetchFrom(this.ranges(), this.clockTime(), this.producer, this.durationSec, BUFFER_POLICY[this.track]);
    if (from !== null) this.fetch(from);
    else this.flow();
  }

  private fetch(from: number): void {
    this.gen++;
    this.producer = { from, at: from, done: false, fromCopy: false };
    this.queue = [];
    this.resetPending = true;
    this.paused = false;
    this.askedAt = Date.now();
    this.reported.clear();
    this.post({ type: 'stream/fetch', track: this.track, gen: this.gen, from, waiting: !this.holds(this.clockTime()) });
    this.pump();
  }

  data(gen: number, chunk: Uint8Array, restart = false, fromCopy = false): void {
    if (gen !== this.gen) return; // a chunk of a producer that was replaced by a seek
    if (fromCopy && this.producer && !this.producer.fromCopy) {
      // The copy's picture carries the recording's own timestamps (the first chunk of a generation).
      this.producer.fromCopy = true;
      this.resetPending = true;
    }
    // Where this track's data comes from now (the status for tests and a look in the devtools).
    this.element.dataset.source = this.producer?.fromCopy ? 'copy' : 'ffmpeg';
    if (restart && this.producer) {
      // The host's producer started over at `from` (software after a failed hardware encoder).
      this.queue = [];
      this.resetPending = true;
      this.producer.at = this.producer.from;
    }
    this.queue.push(chunk);
    this.pump();
  }

  /** Appends what waits, e.g. when `mayAppend` may have turned true. */
  kick(): void {
    this.pump();
  }

  /** Is `t` inside what this track has buffered? */
  holds(t: number): boolean {
    return this.ranges().some((r) => t >= r.start - 0.05 && t < r.end - 0.05);
  }

  /** Some producer of this track has appended data (since the element was made). */
  get appendedOnce(): boolean {
    return this.everAppended;
  }

  /** Tells the host how far this producer got (it logs where a start's time goes). */
  private milestones(): void {
    const p = this.producer;
    if (!p || !this.askedAt) return;
    const report = (what: 'appended' | 'playable' | 'filled') => {
      if (this.reported.has(what)) return;
      this.reported.add(what);
      this.post({ type: 'stream/milestone', track: this.track, gen: this.gen, what, ms: Date.now() - this.askedAt });
    };
    if (p.at > p.from) {
      this.everAppended = true;
      report('appended');
    }
    if (this.holds(this.element.currentTime)) report('playable');
    if (p.done || p.at - this.clockTime() >= FILLED_SEC) report('filled');
  }

  /** How far the background copy's picture has come. */
  copyProgress(copy: CopyProgress): void {
    this.copy = copy;
    this.tick();
  }

  end(gen: number): void {
    if (gen !== this.gen || !this.producer) return;
    this.producer.done = true;
    this.pump();
  }

  private pump(): void {
    const b = this.buffer;
    if (!b || b.updating || this.failed || this.source.readyState === 'closed') return;
    if (this.resetPending && this.producer) {
      if (this.source.readyState === 'open') b.abort();
      b.timestampOffset = this.producer.fromCopy ? 0 : this.producer.from;
      this.resetPending = false;
    }
    const evict = evictRanges(this.ranges(), this.clockTime(), KEEP_SEC[this.track])[0];
    if (evict) {
      b.remove(evict.start, evict.end);
      return;
    }
    if (this.queue.length && !this.mayAppend()) return;
    const chunk = this.queue.shift();
    if (!chunk) {
      // Everything up to the end is in: let the element fire `ended` instead of waiting forever.
      if (this.producer?.done && this.producer.at >= this.durationSec - 0.5 && this.source.readyState === 'open') this.source.endOfStream();
      return;
    }
    try {
      b.appendBuffer(chunk as Uint8Array<ArrayBuffer>);
    } catch (e) {
      if ((e as DOMException)?.name === 'QuotaExceededError') {
        // Over the browser's quota after all: keep only a short window around the playhead.
        this.queue.unshift(chunk);
        const far = evictRanges(this.ranges(), this.clockTime(), 30)[0];
        if (far) b.remove(far.start, far.end);
        else this.setPaused(true);
        return;
      }
      this.fail(String((e as Error)?.message ?? e));
    }
  }

  private afterUpdate(): void {
    const p = this.producer;
    if (p) {
      const r = this.ranges().find((x) => x.start <= p.at + 0.5 && x.end >= p.at - 0.01);
      if (r) p.at = Math.max(p.at, r.end);
    }
    this.flow();
    this.pump();
    this.milestones();
    this.onProgress?.();
  }

  private flow(): void {
    const p = this.producer;
    if (!p || p.done) return;
    this.setPaused(shouldPause(p, this.clockTime(), BUFFER_POLICY[this.track], this.paused));
  }

  private setPaused(pause: boolean): void {
    if (pause === this.paused) return;
    this.paused = pause;
    this.post({ type: 'stream/flow', track: this.track, gen: this.gen, pause });
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.post({ type: 'stream/failed', track: this.track, message });
  }

  dispose(revoke: (url: string) => void): void {
    this.failed = true;
    this.element.removeAttribute('src');
    this.element.load();
    revoke(this.url);
  }
}
