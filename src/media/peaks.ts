/**
 * Waveform peaks from ffmpeg's PCM stream: `-vn -ac 1 -ar 8000 -f s16le pipe:1` into min/max
 * buckets (src/core/media/peaksData.ts) in constant memory. Progress is the share of the expected
 * samples received, so no extra ffmpeg output is parsed.
 */
import { MediaAbortError, mediaFail, mediaOk, type MediaResult } from '../core/media/mediaInfo';
import { PEAKS_SAMPLE_RATE, PeaksAccumulator, type Peaks } from '../core/media/peaksData';
import type { FfmpegTools } from './ffmpegLocator';
import { ffmpegPath, lastLine, runProcess, type MediaLog } from './runProcess';

export interface PeaksOptions {
  signal?: AbortSignal;
  /** 0..1; needs `durationSec`. Called at most every 1%. */
  onProgress?: (fraction: number) => void;
  durationSec?: number | null;
  timeoutMs?: number;
  log?: MediaLog;
}

/**
 * ffmpeg output arguments for the peaks PCM stream on stdout (the first audio stream).
 * `-flush_packets 0`: on a pipe ffmpeg otherwise writes every decoded packet (a few hundred
 * bytes) at once, waking Node ~50 times per second of audio; with a full 32 KiB buffer per write
 * the pipeline runs close to a plain decode (bench/media.bench.ts).
 */
export const PEAKS_PCM_OUTPUT: readonly string[] = ['-map', '0:a:0', '-ac', '1', '-ar', String(PEAKS_SAMPLE_RATE), '-c:a', 'pcm_s16le', '-flush_packets', '0', '-f', 's16le', 'pipe:1'];

/** Feeds stdout chunks to the accumulator and reports progress by samples received. */
export function pcmSink(acc: PeaksAccumulator, durationSec: number | null | undefined, onProgress?: (f: number) => void): (chunk: Buffer) => void {
  const expected = durationSec && durationSec > 0 ? durationSec * PEAKS_SAMPLE_RATE : 0;
  let last = 0;
  return (chunk) => {
    acc.push(chunk);
    if (onProgress && expected) {
      const f = Math.min(1, acc.sampleCount / expected);
      if (f - last >= 0.01) {
        last = f;
        onProgress(f);
      }
    }
  };
}

export function defaultTimeoutMs(durationSec: number | null | undefined): number {
  return 120_000 + 4_000 * (durationSec ?? 3600);
}

export async function computePeaks(mediaPath: string, tools: FfmpegTools, options: PeaksOptions = {}): Promise<MediaResult<Peaks>> {
  const acc = new PeaksAccumulator();
  const r = await runProcess(tools.ffmpeg, ['-hide_banner', '-nostdin', '-v', 'error', '-i', ffmpegPath(mediaPath), ...PEAKS_PCM_OUTPUT], {
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(options.durationSec),
    onStdout: pcmSink(acc, options.durationSec, options.onProgress),
    log: options.log,
  });
  if (r.killed === 'abort') throw new MediaAbortError();
  if (r.killed === 'timeout') return mediaFail('timeout', 'Het berekenen van de golfvorm duurde te lang.', 'Computing the waveform took too long.');
  if (r.spawnError || r.code !== 0) {
    return mediaFail('ffmpeg-failed', 'ffmpeg kon het geluid niet decoderen voor de golfvorm.', 'ffmpeg could not decode the audio for the waveform.', r.spawnError?.message ?? lastLine(r.stderr));
  }
  options.onProgress?.(1);
  return mediaOk(acc.finish());
}
