/**
 * One track of a streamed recording: ffmpeg from a position to stdout, chunk by chunk, with
 * flow control (a paused stdout makes ffmpeg block on its pipe, so it stops using CPU) and a
 * clean kill. The pure decisions (arguments, when to restart) live in core/media/streamPlan.ts.
 */
import * as fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { streamArgs, type StreamTrack } from '../core/media/streamPlan';
import type { FfmpegTools } from './ffmpegLocator';
import { ffmpegPath, lastLine, runProcess, type MediaLog } from './runProcess';

/**
 * The video encoder for streaming: software x264, as fast as it goes (ultrafast, no lookahead so
 * the first fragment leaves at once). The one place where a hardware encoder can be plugged in
 * (hwAccel.ts `chooseVideoEncoder` on the firstrun-hw branch returns the same shape).
 */
export function streamVideoEncoderArgs(): string[] {
  return ['-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-profile:v', 'main', '-crf', '26'];
}

export type StreamEnd =
  | { kind: 'done' }
  /** We stopped it (seek, close). */
  | { kind: 'stopped' }
  /** ffmpeg died or failed: `missing` when the recording is gone. */
  | { kind: 'failed'; missing: boolean; detail: string };

export interface TrackStreamOptions {
  tools: FfmpegTools;
  file: string;
  track: StreamTrack;
  startSec: number;
  videoEncoderArgs?: readonly string[];
  onData(chunk: Uint8Array): void;
  onEnd(end: StreamEnd): void;
  log?: MediaLog;
}

export class TrackStream {
  private readonly controller = new AbortController();
  private child: ChildProcess | null = null;
  private paused = false;
  readonly finished: Promise<StreamEnd>;

  constructor(private readonly o: TrackStreamOptions) {
    const args = streamArgs(o.track, { input: ffmpegPath(o.file), startSec: o.startSec, videoEncoderArgs: o.videoEncoderArgs ?? streamVideoEncoderArgs() });
    this.finished = runProcess(o.tools.ffmpeg, args, {
      signal: this.controller.signal,
      // A copy: Node's Buffers are views into shared pools, and postMessage must carry only this chunk.
      onStdout: (b) => o.onData(new Uint8Array(b)),
      onSpawn: (c) => {
        this.child = c;
        if (this.paused) c.stdout?.pause();
      },
      log: o.log,
    }).then((r) => {
      this.child = null;
      let end: StreamEnd;
      if (r.killed) end = { kind: 'stopped' };
      else if (r.code === 0 && !r.spawnError) end = { kind: 'done' };
      else end = { kind: 'failed', missing: !fs.existsSync(o.file), detail: r.spawnError?.message ?? (lastLine(r.stderr) || `ffmpeg exit ${r.code ?? 'signal'}`) };
      o.onEnd(end);
      return end;
    });
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
