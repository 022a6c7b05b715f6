/**
 * Makes the playback proxy (see src/core/media/playbackPlan.ts) in ONE ffmpeg pass that also
 * streams the PCM for the peaks to stdout, so the recording is decoded once. ffmpeg writes to a
 * temporary name beside the target that is renamed on success and deleted on failure or cancel;
 * the original is only ever read.
 */
import type { ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs/promises';
import { MediaAbortError, mediaFail, mediaOk, type MediaResult } from '../core/media/mediaInfo';
import { PeaksAccumulator, type Peaks } from '../core/media/peaksData';
import type { ProxyRecipe } from '../core/media/playbackPlan';
import { SOFTWARE_ENCODER, videoFilterFor, type VideoEncoderChoice } from '../core/media/videoEncoders';
import type { FfmpegTools } from './ffmpegLocator';
import { chooseVideoEncoder, hardwareDefaults, hardwareFailed, type HardwareOptions } from './hwAccel';
import { defaultTimeoutMs, PEAKS_PCM_OUTPUT, pcmSink } from './peaks';
import { ffmpegPath, lastLine, runProcess, type MediaLog } from './runProcess';

export interface ProxyOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  durationSec?: number | null;
  /** Whether the input has audio (then peaks are computed in the same pass). */
  hasAudio: boolean;
  timeoutMs?: number;
  log?: MediaLog;
  /** Hardware encoding; absent: what the extension configured (configureHardware), else software. */
  hardware?: HardwareOptions;
  /** Made while the user already watches a stream: nice 10 and two threads, so playback comes first. */
  background?: boolean;
  /** The ffmpeg making the copy started (the background copy pauses it while a stream fills). */
  onSpawn?: (child: ChildProcess) => void;
  /**
   * Also write the copy's picture, as it is made, to this file as fragmented MP4 (one fragment per
   * key frame, a key frame every 2 s): the stream plays from it instead of transcoding the
   * recording a second time (core/media/fragmentIndex.ts). Same encode, written twice (ffmpeg's
   * tee muxer). Only for an MP4 copy with a picture; the caller deletes the file.
   */
  videoTail?: string;
}

/** A key frame every 2 s: the stream can start at any 2-s step of the copy, and seeks in the copy stay quick. */
export const COPY_KEYFRAME_SEC = 2;

/** Scheduling for a background copy: the stream (normal priority) wins every contest for a core. */
export const BACKGROUND_PRIORITY = 10;
const BACKGROUND_THREADS = ['-threads', '2'];

export interface ProxyResult {
  proxyPath: string;
  /** null when the recording has no audio. */
  peaks: Peaks | null;
}

/** ffmpeg output arguments (without the output name) for a recipe, with `encoder` for H.264 video. */
export function proxyOutputArgs(recipe: ProxyRecipe, encoder: VideoEncoderChoice = SOFTWARE_ENCODER): string[] {
  const a: string[] = [];
  if (recipe.video !== 'drop') a.push('-map', '0:V:0');
  if (recipe.audio !== 'drop') a.push('-map', '0:a:0');
  if (recipe.video === 'copy') a.push('-c:v', 'copy');
  if (recipe.video === 'h264') {
    // Even dimensions, at most 720 lines, 8-bit 4:2:0: what every H.264 decoder plays.
    a.push('-vf', videoFilterFor(encoder, "scale=-2:'trunc(min(720,ih)/2)*2'"), ...encoder.encoderArgs);
    a.push('-force_key_frames', `expr:gte(t,n_forced*${COPY_KEYFRAME_SEC})`);
    // Main profile: what the webview's Media Source type for the stream announces (streamPlan.ts).
    if (encoder.encoderArgs.includes('libx264')) a.push('-profile:v', 'main');
  }
  if (recipe.audio === 'mp3') a.push('-c:a', 'libmp3lame', '-q:a', '4');
  if (recipe.audio === 'vorbis') a.push('-c:a', 'libvorbis', '-q:a', '4');
  if (recipe.container === 'mp4') a.push('-movflags', '+faststart', '-f', 'mp4');
  else a.push('-f', recipe.container);
  return a;
}

/** Whether a copy by this recipe can also write its picture as a growing fragmented MP4. */
export function canWriteVideoTail(recipe: ProxyRecipe): boolean {
  return recipe.container === 'mp4' && recipe.video !== 'drop';
}

/**
 * A file name inside ffmpeg's tee muxer argument: `\`, `|`, `[`, `]` and `'` are its syntax
 * (slaves are split at `|`, options stand in brackets, quotes and backslashes escape), so each is
 * escaped with a backslash; ':' needs none outside the brackets.
 */
export function teeFileName(file: string): string {
  return file.replace(/[\\|[\]']/g, (c) => `\\${c}`);
}

/**
 * The output of a copy that also writes its picture to `tail`: the same encoded streams go to
 * the copy (as `proxyOutputArgs` would write it) and, video only, to a fragmented MP4 that grows
 * as ffmpeg works (a fragment per key frame). Encoders need global headers for MP4 behind a tee.
 * flush_packets: without it ffmpeg keeps the fragments in its write buffer until the copy ends
 * (measured with ffmpeg 5.1: 28 bytes on disk for a whole real-time encode, then all at once).
 */
export function teeOutputArgs(recipe: ProxyRecipe, encoder: VideoEncoderChoice, copy: string, tail: string): string[] {
  const args = proxyOutputArgs(recipe, encoder);
  const f = args.lastIndexOf('-f');
  const movflags = args.lastIndexOf('-movflags');
  const streams = args.slice(0, movflags >= 0 ? movflags : f);
  return [
    ...streams,
    '-flags:v', '+global_header',
    '-f', 'tee',
    `[f=mp4:movflags=+faststart]${teeFileName(ffmpegPath(copy))}|[select=v:f=mp4:movflags=frag_keyframe+empty_moov+default_base_moof:flush_packets=1]${teeFileName(ffmpegPath(tail))}`,
  ];
}

/** Parses `-progress` lines (`out_time_us=…`); returns true for every progress line. */
function progressParser(durationSec: number | null | undefined, onProgress?: (f: number) => void): (line: string) => boolean {
  let last = 0;
  return (line) => {
    if (!/^[a-z_0-9]+=\S*$/.test(line)) return false;
    const m = /^out_time_us=(\d+)$/.exec(line);
    if (m && onProgress && durationSec && durationSec > 0) {
      const f = Math.min(1, Number(m[1]) / 1e6 / durationSec);
      if (f - last >= 0.01) {
        last = f;
        onProgress(f);
      }
    }
    return true;
  };
}

export async function createProxy(mediaPath: string, outPath: string, recipe: ProxyRecipe, tools: FfmpegTools, options: ProxyOptions): Promise<MediaResult<ProxyResult>> {
  const hardware = options.hardware ?? hardwareDefaults();
  const encoder = recipe.video === 'h264' ? await chooseVideoEncoder(tools.ffmpeg, hardware) : SOFTWARE_ENCODER;
  const first = await runProxy(mediaPath, outPath, recipe, tools, options, encoder);
  if (first.ok || encoder.software || first.problem.id !== 'ffmpeg-failed') return first;
  // Hardware that passed its trial can still fail on a real recording (a size or profile the
  // driver refuses): redo the copy in software, silently but for one line in the output channel.
  hardwareFailed(tools.ffmpeg);
  (hardware.log ?? options.log)?.(`video encoding: ${encoder.label} failed on this recording (${first.problem.detail ?? first.problem.message.en}); made the copy with libx264 (software) instead`);
  return runProxy(mediaPath, outPath, recipe, tools, options, SOFTWARE_ENCODER);
}

async function runProxy(mediaPath: string, outPath: string, recipe: ProxyRecipe, tools: FfmpegTools, options: ProxyOptions, encoder: VideoEncoderChoice): Promise<MediaResult<ProxyResult>> {
  const tmp = `${outPath}.partial-${crypto.randomBytes(4).toString('hex')}`;
  const acc = options.hasAudio ? new PeaksAccumulator() : null;
  const tail = options.videoTail && canWriteVideoTail(recipe) ? options.videoTail : null;
  const output = tail ? teeOutputArgs(recipe, encoder, tmp, tail) : [...proxyOutputArgs(recipe, encoder), ffmpegPath(tmp)];
  const args = ['-hide_banner', '-nostdin', '-v', 'error', '-nostats', '-progress', 'pipe:2', '-y', ...encoder.inputArgs, '-i', ffmpegPath(mediaPath), ...(options.background ? BACKGROUND_THREADS : []), ...output];
  if (acc) args.push(...PEAKS_PCM_OUTPUT);
  // With peaks, progress comes from the PCM samples too; -progress covers video without audio.
  const r = await runProcess(tools.ffmpeg, args, {
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(options.durationSec),
    onStdout: acc ? pcmSink(acc, options.durationSec) : undefined,
    onStderrLine: progressParser(options.durationSec, options.onProgress),
    log: options.log,
    priority: options.background ? BACKGROUND_PRIORITY : undefined,
    onSpawn: options.onSpawn,
  });
  const cleanup = () => fs.rm(tmp, { force: true });
  if (r.killed === 'abort') {
    await cleanup();
    throw new MediaAbortError();
  }
  if (r.killed === 'timeout') {
    await cleanup();
    return mediaFail('timeout', 'Het maken van de afspeelkopie duurde te lang.', 'Making the playback copy took too long.');
  }
  if (r.spawnError || r.code !== 0) {
    await cleanup();
    return mediaFail('ffmpeg-failed', 'ffmpeg kon geen afspeelkopie maken.', 'ffmpeg could not make a playback copy.', r.spawnError?.message ?? lastLine(r.stderr));
  }
  await fs.rename(tmp, outPath);
  options.onProgress?.(1);
  return mediaOk({ proxyPath: outPath, peaks: acc ? acc.finish() : null });
}
