/**
 * One track of a streamed recording: ffmpeg from a position to stdout, chunk by chunk, with
 * flow control (a paused stdout makes ffmpeg block on its pipe, so it stops using CPU) and a
 * clean kill. The pure decisions (arguments, when to restart) live in core/media/streamPlan.ts.
 */
import * as fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { streamArgs, type StreamTrack } from '../core/media/streamPlan';
import { SOFTWARE_ENCODER, streamEncoderFor, type VideoEncoderChoice } from '../core/media/videoEncoders';
import type { FfmpegTools } from './ffmpegLocator';
import { hardwareFailed } from './hwAccel';
import { ffmpegPath, lastLine, runProcess, type MediaLog } from './runProcess';

export type StreamEnd =
  | { kind: 'done' }
  /** We stopped it (seek, close). */
  | { kind: 'stopped' }
  /** ffmpeg died or failed: `missing` when the recording is gone. */
  | { kind: 'failed'; missing: boolean; detail: string };

/** What one track's producer offers the host's PlaybackStream: ffmpeg (TrackStream) or the copy's picture (tailStream.ts). */
export interface TrackProducer {
  readonly finished: Promise<StreamEnd>;
  readonly pid: number | undefined;
  setPaused(paused: boolean): void;
  stop(): Promise<StreamEnd>;
}

export interface TrackStreamOptions {
  tools: FfmpegTools;
  file: string;
  track: StreamTrack;
  startSec: number;
  /** The video encoder (hwAccel.ts `chooseVideoEncoder`); absent: software. */
  encoder?: VideoEncoderChoice;
  onData(chunk: Uint8Array): void;
  onEnd(end: StreamEnd): void;
  /** An ffmpeg was started (the first, or the software one after a hardware failure). */
  onSpawn?(pid: number | undefined): void;
  /**
   * The hardware encoder failed after data went out: the software run starts again at
   * `startSec`, so what the webview received of this producer must be dropped first.
   */
  onRestart?(): void;
  /** One line for the output channel when the hardware path fails and software takes over. */
  onFallback?(line: string): void;
  log?: MediaLog;
}

export class TrackStream implements TrackProducer {
  private readonly controller = new AbortController();
  private child: ChildProcess | null = null;
  private paused = false;
  readonly finished: Promise<StreamEnd>;

  constructor(private readonly o: TrackStreamOptions) {
    const encoder = o.track === 'video' ? (o.encoder ?? SOFTWARE_ENCODER) : SOFTWARE_ENCODER;
    this.finished = this.run(encoder).then(async ({ end, sent }) => {
      if (end.kind !== 'failed' || encoder.software || end.missing || this.controller.signal.aborted) return end;
      // Hardware that passed its trial can still refuse a recording (a size, a profile, a busy
      // device): play on in software, with one line in the output channel and no banner.
      hardwareFailed(o.tools.ffmpeg);
      o.onFallback?.(`stream video: ${encoder.label} failed (${end.detail}); libx264 (software) from now on`);
      if (sent) o.onRestart?.();
      return (await this.run(SOFTWARE_ENCODER)).end;
    });
    void this.finished.then((end) => o.onEnd(end));
  }

  private async run(encoder: VideoEncoderChoice): Promise<{ end: StreamEnd; sent: boolean }> {
    const o = this.o;
    const video = streamEncoderFor(encoder);
    const args = streamArgs(o.track, { input: ffmpegPath(o.file), startSec: o.startSec, videoEncoderArgs: video.encoderArgs, videoInputArgs: video.inputArgs, videoUploadFilter: video.uploadFilter });
    let sent = false;
    const r = await runProcess(o.tools.ffmpeg, args, {
      signal: this.controller.signal,
      onStdout: (b) => {
        sent = true;
        // A copy: Node's Buffers are views into shared pools, and postMessage must carry only this chunk.
        o.onData(new Uint8Array(b));
      },
      onSpawn: (c) => {
        this.child = c;
        if (this.paused) c.stdout?.pause();
        o.onSpawn?.(c.pid);
      },
      log: o.log,
    });
    this.child = null;
    if (r.killed) return { end: { kind: 'stopped' }, sent };
    if (r.code === 0 && !r.spawnError) return { end: { kind: 'done' }, sent };
    return { end: { kind: 'failed', missing: !fs.existsSync(o.file), detail: r.spawnError?.message ?? (lastLine(r.stderr) || `ffmpeg exit ${r.code ?? 'signal'}`) }, sent };
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Flow control: a paused pipe fills and ffmpeg waits, using no CPU. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    const out = this.child?.stdout;
    if (!out) return;
    if (paused) out.pause();
    else out.resume();
  }

  /** Kills ffmpeg at once (SIGKILL); `finished` resolves when it is gone. */
  stop(): Promise<StreamEnd> {
    this.controller.abort();
    return this.finished;
  }
}
