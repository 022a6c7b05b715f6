import type * as vscode from 'vscode';
import type { StreamTrack } from '../core/media/streamPlan';
import type { FfmpegTools } from '../media/ffmpegLocator';
import { TrackStream, type StreamEnd } from '../media/streamer';
import type { HostMessage, ViewMessage } from '../protocol/messages';

/** What a stream needs from the recording's playback: set while the recording streams. */
export interface StreamSource {
  file: string;
  tools: FfmpegTools;
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

/**
 * One webview's streamed tracks: at most one ffmpeg per track, started where the webview asks
 * (its playhead, or the end of what it has buffered). A new request kills the old ffmpeg and
 * waits until it is gone before the next starts, so rapid seeks never leave processes behind.
 */
export class PlaybackStream implements vscode.Disposable {
  private readonly running = new Map<StreamTrack, { gen: number; stream: TrackStream }>();
  /** Requests per track, one after the other. */
  private readonly chains = new Map<StreamTrack, Promise<void>>();
  private disposed = false;
  private sentAny = false;

  constructor(private readonly deps: PlaybackStreamDeps) {}

  handle(m: StreamMessage): void {
    switch (m.type) {
      case 'stream/open':
        if (m.missing.length) this.deps.unsupported(m.missing);
        return;
      case 'stream/fetch':
        this.enqueue(m.track, () => this.start(m.track, m.gen, m.from));
        return;
      case 'stream/flow': {
        const r = this.running.get(m.track);
        if (r && r.gen === m.gen) r.stream.setPaused(m.pause);
        return;
      }
      case 'stream/failed':
        this.deps.log.warn(`[stream] the webview could not play the ${m.track} stream: ${m.message}`);
        this.deps.fault(m.track, { kind: 'failed', missing: false, detail: m.message });
        return;
    }
  }

  private enqueue(track: StreamTrack, job: () => Promise<void>): void {
    const next = (this.chains.get(track) ?? Promise.resolve()).then(job, job);
    this.chains.set(track, next);
  }

  private async start(track: StreamTrack, gen: number, from: number): Promise<void> {
    await this.stop(track);
    const source = this.deps.source();
    if (this.disposed || !source) return;
    this.deps.log.debug(`[stream] ${track} from ${from.toFixed(2)} s (generation ${gen})`);
    const stream = new TrackStream({
      tools: source.tools,
      file: source.file,
      track,
      startSec: from,
      onData: (data) => {
        if (!this.sentAny) {
          this.sentAny = true;
          this.deps.started();
        }
        this.deps.post({ type: 'stream/data', track, gen, from, data });
      },
      onEnd: (end) => {
        if (this.running.get(track)?.stream === stream) this.running.delete(track);
        if (end.kind === 'done') this.deps.post({ type: 'stream/end', track, gen });
        else if (end.kind === 'failed') {
          this.deps.log.error(`[stream] ffmpeg for the ${track} stream from ${from.toFixed(2)} s failed: ${end.detail}`);
          this.deps.fault(track, end);
        }
      },
      log: (l) => this.deps.log.debug(`[ffmpeg ${track}] ${l}`),
    });
    this.running.set(track, { gen, stream });
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
    await Promise.all([this.stop('audio'), this.stop('video')]);
  }

  /** Process ids of the running ffmpeg children (for the output channel and tests). */
  pids(): number[] {
    return [...this.running.values()].map((r) => r.stream.pid).filter((p): p is number => p !== undefined);
  }

  dispose(): void {
    this.disposed = true;
    void this.stopAll();
  }
}
