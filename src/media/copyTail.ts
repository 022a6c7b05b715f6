/**
 * The picture of a background copy while ffmpeg writes it (proxy.ts `videoTail`): a growing
 * fragmented MP4 in the cache folder, read back by the stream (tailStream.ts) so the recording is
 * transcoded once. This side watches the file (a look every quarter second; file-change events
 * differ per system and are not needed for that) and keeps its FragmentIndex up to date.
 */
import * as fs from 'node:fs';
import { FragmentIndex, type CopyTailState } from '../core/media/fragmentIndex';

const POLL_MS = 250;

export class CopyTail {
  readonly index = new FragmentIndex();
  private fd: number | null = null;
  private size = 0;
  private state: CopyTailState = 'growing';
  private readonly timer: NodeJS.Timeout;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly file: string,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.timer = setInterval(() => this.look(), POLL_MS);
  }

  get current(): CopyTailState {
    return this.state;
  }

  /**
   * Whether a stream from `t` can be served from the copy: its fragment is on disk and the copy is
   * done or at least `leadSec` further (it makes the picture faster than it plays, so it stays ahead).
   */
  covers(t: number, leadSec: number): boolean {
    if (this.state === 'gone' || this.index.initEnd === null || this.index.fragmentFor(t) === null) return false;
    return this.state === 'complete' || this.index.frontSec >= t + leadSec;
  }

  /** Calls `fn` after each change (new fragments, complete, gone); returns the unsubscribe. */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Bytes of the file (only ranges the index found complete are asked for). */
  read(offset: number, length: number): Uint8Array {
    if (this.fd === null) throw new Error('the copy\'s picture file is not open');
    const out = new Uint8Array(length);
    const n = fs.readSync(this.fd, out, 0, length, offset);
    return out.subarray(0, n);
  }

  /** The copy ended: everything it wrote is indexed (ok), or it failed or was stopped (the file goes). */
  finish(ok: boolean): void {
    if (this.state !== 'growing') return;
    this.look();
    if (ok && this.state === 'growing') {
      clearInterval(this.timer);
      this.state = 'complete';
      this.log(`the copy's picture is complete: ${this.index.fragments.length} fragments up to ${this.index.frontSec.toFixed(1)} s`);
      this.emit();
    } else this.drop(ok ? 'it could not be read' : 'the copy stopped before the end');
  }

  private look(): void {
    if (this.state !== 'growing') return;
    try {
      if (this.fd === null) {
        if (!fs.existsSync(this.file)) return;
        this.fd = fs.openSync(this.file, 'r');
      }
      const size = fs.fstatSync(this.fd).size;
      if (size === this.size) return;
      this.size = size;
      const before = this.index.fragments.length;
      this.index.update(size, (o, l) => this.read(o, l));
      if (this.index.fragments.length !== before) this.emit();
    } catch (e) {
      this.drop(`it could not be read (${(e as Error).message})`);
    }
  }

  private drop(why: string): void {
    if (this.state === 'gone') return;
    clearInterval(this.timer);
    this.state = 'gone';
    this.log(`the stream no longer plays from the copy's picture: ${why}`);
    this.emit();
    this.close();
  }

  private emit(): void {
    for (const fn of [...this.listeners]) fn();
  }

  private close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
    fs.rmSync(this.file, { force: true });
  }

  /** Stops watching and deletes the file (the whole-file copy, if made, is in the cache). */
  dispose(): void {
    clearInterval(this.timer);
    const wasGone = this.state === 'gone';
    this.state = 'gone';
    if (!wasGone) this.emit();
    this.close();
    this.listeners.clear();
  }
}
