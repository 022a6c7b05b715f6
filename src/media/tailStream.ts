/**
 * The picture of a stream served from the background copy's growing file (copyTail.ts) instead of
 * from an ffmpeg of its own: the initialisation segment, then the fragments from the one holding
 * the requested moment (a key frame at or before it), chunk by chunk, as fast as the webview's
 * flow control allows and as far as the copy has come. Its timestamps are the recording's own,
 * so the webview places them with timestampOffset 0 (`fromCopy`).
 */
import type { CopyTail } from './copyTail';
import type { StreamEnd, TrackProducer } from './streamer';

/** Start this much before the asked moment (see the constructor). */
const TAIL_EARLY_SEC = 0.5;

/** At most this much per message to the webview. */
const CHUNK_BYTES = 512 * 1024;

export interface TailStreamOptions {
  tail: CopyTail;
  startSec: number;
  onData(chunk: Uint8Array): void;
  onEnd(end: StreamEnd): void;
}

export class TailStream implements TrackProducer {
  readonly finished: Promise<StreamEnd>;
  readonly pid = undefined;
  private paused = false;
  private ended = false;
  private pos = 0;
  private sentInit = false;
  private unsubscribe: () => void;
  private resolve!: (end: StreamEnd) => void;
  private scheduled = false;

  constructor(private readonly o: TailStreamOptions) {
    this.finished = new Promise((r) => (this.resolve = r));
    void this.finished.then((end) => o.onEnd(end));
    // Half a second early: the index has decode times, and with B-frames a fragment's key frame is
    // shown a few frames after its decode time, so the fragment starting just before `startSec`
    // might show its first picture just after it (a gap at the playhead).
    const first = o.tail.index.fragmentFor(Math.max(0, o.startSec - TAIL_EARLY_SEC)) ?? o.tail.index.fragmentFor(o.startSec);
    if (first === null) throw new Error(`the copy has no picture at ${o.startSec} s yet`);
    this.pos = o.tail.index.fragments[first]!.offset;
    this.unsubscribe = o.tail.onChange(() => this.schedule());
    this.schedule();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) this.schedule();
  }

  stop(): Promise<StreamEnd> {
    this.end({ kind: 'stopped' });
    return this.finished;
  }

  /** One chunk per turn of the event loop: the host stays responsive while 40 s of picture go out. */
  private schedule(): void {
    if (this.scheduled || this.ended) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.step();
    });
  }

  private step(): void {
    if (this.ended) return;
    const { tail } = this.o;
    // The copy stopped (cancelled, failed): the webview hears it (stream/copy) and asks for this
    // moment again, which ffmpeg then makes.
    if (tail.current === 'gone') return this.end({ kind: 'stopped' });
    if (this.paused) return;
    try {
      if (!this.sentInit) {
        this.sentInit = true;
        this.o.onData(tail.read(0, tail.index.initEnd!));
      }
      const frags = tail.index.fragments;
      const limit = frags[frags.length - 1]!.end;
      if (this.pos < limit) {
        const chunk = tail.read(this.pos, Math.min(CHUNK_BYTES, limit - this.pos));
        if (!chunk.length) throw new Error(`nothing to read at byte ${this.pos}`);
        this.pos += chunk.length;
        this.o.onData(chunk);
        this.schedule();
      } else if (tail.current === 'complete') this.end({ kind: 'done' });
      // else: at the copy's front; its next fragment calls schedule().
    } catch (e) {
      this.end({ kind: 'failed', missing: false, detail: `the copy's picture: ${(e as Error).message}` });
    }
  }

  private end(end: StreamEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.unsubscribe();
    this.resolve(end);
  }
}
