import type * as vscode from 'vscode';
import { COPY_LEAD_SEC, type StreamTrack } from '../core/media/streamPlan';
import type { VideoEncoderChoice } from '../core/media/videoEncoders';
import type { FfmpegTools } from '../media/ffmpegLocator';
import type { CopyTail } from '../media/copyTail';
import { TrackStream, type StreamEnd, type TrackProducer } from '../media/streamer';
import { TailStream } from '../media/tailStream';
import type { HostMessage, ViewMessage } from '../protocol/messages';

/** What a stream needs from the recording's playback: set while the recording streams. */
export interface StreamSource {
  file: string;
  tools: FfmpegTools;
  /**
   * The video encoder found for this ffmpeg (hwAccel.ts), once its detection has finished: the
   * first picture never waits for the detection's trial encodes, it starts in software.
   */
  encoder(): VideoEncoderChoice | null;
  /**
   * A track is filling its first seconds after an open or a seek: the background copy makes way
   * until `release` is called (bounded there as well).
   */
  holdBackground(): () => void;
  /** The background copy's picture as it is written, once the copy has started (copyTail.ts). */
  tail(): CopyTail | null;
}

export interface PlaybackStreamDeps {
  source(): StreamSource | null;
  post(m: HostMessage): void;
  log: vscode.LogOutputChannel;
  /** The webview lacks a Media Source type: play a whole-file copy instead. */
  unsupported(missing: string[]): void;
  /** The first chunk of this stream went to the webview. */
  started(): void;
  /** ffmpeg died, the recording vanished, or the webview could not decode the stream. */
  fault(track: StreamTrack, end: Extract<StreamEnd, { kind: 'failed' }>): void;
}

type StreamMessage = Extract<ViewMessage, { type: `stream/${string}` }>;

/** Milliseconds since the webview's request reached the host, per step of one producer. */
interface Timing {
  asked: number;
  /** The previous ffmpeg of the track was killed. */
  stopped?: number;
  spawned?: number;
  firstBytes?: number;
  /** The first media fragment (video: a `moof` box; audio: the first bytes). */
  firstMedia?: number;
  release?: () => void;
}

/**
 * One webview's streamed tracks: at most one ffmpeg per track, started where the webview asks
 * (its playhead, or the end of what it has buffered). A new request kills the old ffmpeg (SIGKILL:
 * it cannot linger) and starts the next at once, without waiting for the old one's exit, which
 * takes up to half a second on a busy machine; requests are handled one after the other per
 * track, so rapid seeks never leave processes behind.
 */
export class PlaybackStream implements vscode.Disposable {
  private readonly running = new Map<StreamTrack, { gen: number; stream: TrackProducer }>();
  /** Requests per track, one after the other. */
  private readonly chains = new Map<StreamTrack, Promise<void>>();
  private readonly timings = new Map<StreamTrack, { gen: number; t: Timing }>();
  private disposed = false;
  private sentAny = false;
  private encoderLogged = false;
  /** What the webview last heard about the copy's picture. */
  private copyTold = '';
  private readonly copyTimer: NodeJS.Timeout;

  constructor(private readonly deps: PlaybackStreamDeps) {
    // Once a second at most: how far the background copy's picture has come (stream/copy).
    this.copyTimer = setInterval(() => this.tellCopy(), 1000);
  }

  private tellCopy(): void {
    const tail = this.deps.source()?.tail();
    if (!tail || this.disposed) return;
    const frontSec = tail.index.frontSec;
    const state = tail.current;
    const told = `${frontSec}/${state}`;
    if (told === this.copyTold) return;
    this.copyTold = told;
    this.deps.post({ type: 'stream/copy', frontSec, state });
  }

  handle(m: StreamMessage): void {
    switch (m.type) {
      case 'stream/open':
        if (m.missing.length) this.deps.unsupported(m.missing);
        return;
      case 'stream/fetch': {
        this.release(m.track);
        const t: Timing = { asked: Date.now() };
        // The background copy makes way while the playhead waits for this track (an open or a
        // seek), until it has a few seconds (the webview says: stream/milestone `filled`), so a
        // seek gets both cores. A continuation ahead of the playhead is no reason to stop it.
        if (m.waiting) t.release = this.deps.source()?.holdBackground();
        this.timings.set(m.track, { gen: m.gen, t });
        this.enqueue(m.track, () => this.start(m.track, m.gen, m.from));
        return;
      }
      case 'stream/flow': {
        const r = this.running.get(m.track);
        if (r && r.gen === m.gen) r.stream.setPaused(m.pause);
        return;
      }
      case 'stream/milestone':
        this.milestone(m);
        return;
      case 'stream/failed':
        this.deps.log.warn(`[stream] the webview could not play the ${m.track} stream: ${m.message}`);
        this.deps.fault(m.track, { kind: 'failed', missing: false, detail: m.message });
        return;
    }
  }

  /** Where the time of one start goes, in the output channel (debug): host steps, then the webview's. */
  private milestone(m: Extract<StreamMessage, { type: 'stream/milestone' }>): void {
    const entry = this.timings.get(m.track);
    if (!entry || entry.gen !== m.gen) return;
    const t = entry.t;
    const ms = (x: number | undefined) => (x === undefined ? '?' : `${x - t.asked} ms`);
    if (m.what === 'appended') {
      this.deps.log.debug(`[stream] ${m.track} #${m.gen}: request → old ffmpeg killed ${ms(t.stopped)} → new ffmpeg ${ms(t.spawned)} → first bytes ${ms(t.firstBytes)} → first media ${ms(t.firstMedia)}; in the webview: first media appended ${Math.round(m.ms)} ms after it asked`);
    } else if (m.what === 'playable') {
      this.deps.log.debug(`[stream] ${m.track} #${m.gen}: the webview can play at the playhead ${Math.round(m.ms)} ms after it asked`);
    } else {
      this.deps.log.debug(`[stream] ${m.track} #${m.gen}: a few seconds ahead ${Math.round(m.ms)} ms after the webview asked; the background copy may go on`);
      this.release(m.track);
    }
  }

  private release(track: StreamTrack): void {
    const entry = this.timings.get(track);
    entry?.t.release?.();
    if (entry) entry.t.release = undefined;
  }

  private enqueue(track: StreamTrack, job: () => Promise<void>): void {
    const next = (this.chains.get(track) ?? Promise.resolve()).then(job, job);
    this.chains.set(track, next);
  }

  private async start(track: StreamTrack, gen: number, from: number): Promise<void> {
    const gone = this.stop(track);
    const source = this.deps.source();
    if (this.disposed || !source) return gone;
    const timing = this.timings.get(track)?.gen === gen ? this.timings.get(track)!.t : null;
    if (timing) timing.stopped = Date.now();
    const encoder = track === 'video' ? source.encoder() : null;
    if (track === 'video' && !this.encoderLogged) {
      this.encoderLogged = true;
      this.deps.log.info(`stream video: ${encoder?.label ?? 'libx264 (software) while the hardware check runs'}`);
    }
    this.deps.log.debug(`[stream] ${track} from ${from.toFixed(2)} s (generation ${gen})`);
    const tail = track === 'video' ? source.tail() : null;
    if (tail?.covers(from, COPY_LEAD_SEC)) {
      // The copy already made this part: play its picture, no second transcode (and no reason
      // for the copy to make way).
      this.release(track);
      this.deps.log.debug(`[stream] ${track} from ${from.toFixed(2)} s (generation ${gen}): from the background copy, ${tail.index.frontSec.toFixed(0)} s made`);
      this.tellCopy();
      const stream = new TailStream({
        tail,
        startSec: from,
        onData: (data) => {
          this.sentData();
          this.deps.post({ type: 'stream/data', track, gen, from, data, fromCopy: true });
        },
        onEnd: (end) => this.ended(track, gen, from, stream, end),
      });
      this.running.set(track, { gen, stream });
      return gone;
    }
    let restart = false;
    const stream = new TrackStream({
      tools: source.tools,
      file: source.file,
      track,
      startSec: from,
      encoder: encoder ?? undefined,
      onSpawn: () => {
        if (timing && timing.spawned === undefined) timing.spawned = Date.now();
      },
      onData: (data) => {
        this.sentData();
        if (timing && timing.firstBytes === undefined) timing.firstBytes = Date.now();
        if (timing && timing.firstMedia === undefined && (track === 'audio' || Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes('moof'))) timing.firstMedia = Date.now();
        this.deps.post({ type: 'stream/data', track, gen, from, data, ...(restart ? { restart: true } : {}) });
        restart = false;
      },
      onRestart: () => (restart = true),
      onFallback: (line) => this.deps.log.info(line),
      onEnd: (end) => this.ended(track, gen, from, stream, end),
      log: (l) => this.deps.log.debug(`[ffmpeg ${track}] ${l}`),
    });
    this.running.set(track, { gen, stream });
    await gone;
  }

  private sentData(): void {
    if (this.sentAny) return;
    this.sentAny = true;
    this.deps.started();
  }

  private ended(track: StreamTrack, gen: number, from: number, stream: TrackProducer, end: StreamEnd): void {
    if (this.running.get(track)?.stream === stream) this.running.delete(track);
    if (end.kind !== 'stopped' && this.timings.get(track)?.gen === gen) this.release(track);
    if (end.kind === 'done') this.deps.post({ type: 'stream/end', track, gen });
    else if (end.kind === 'failed') {
      this.deps.log.error(`[stream] the ${track} stream from ${from.toFixed(2)} s failed: ${end.detail}`);
      this.deps.fault(track, end);
    }
  }

  /** Kills the track's ffmpeg and waits until it has exited. */
  private async stop(track: StreamTrack): Promise<void> {
    const r = this.running.get(track);
    if (!r) return;
    this.running.delete(track);
    await r.stream.stop();
  }

  /** Stops every track (the recording no longer streams, or the editor closes). */
  async stopAll(): Promise<void> {
    this.release('audio');
    this.release('video');
    await Promise.all([this.stop('audio'), this.stop('video')]);
  }

  /** Process ids of the running ffmpeg children (for the output channel and tests). */
  pids(): number[] {
    return [...this.running.values()].map((r) => r.stream.pid).filter((p): p is number => p !== undefined);
  }

  dispose(): void {
    this.disposed = true;
    clearInterval(this.copyTimer);
    void this.stopAll();
  }
}
