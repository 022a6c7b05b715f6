/**
 * Where someone speaks: Silero VAD v5 (media/models/silero_vad_v5.onnx, shipped with the
 * extension) through sherpa-onnx's `Vad`. Used for recognition chunks, for empty transcript rows
 * to type along with, and by `klein-kijken speech`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TimeSpan } from '../core/speech/speechSegment';
import { SPEECH_SAMPLE_RATE, streamSpeechAudio, type DecodeOptions } from './audioDecode';
import type { SherpaModule, SherpaVad } from './sherpaTypes';
import type { SpeechOutcome } from './speechTypes';

const VAD_FILE = path.join('media', 'models', 'silero_vad_v5.onnx');

/**
 * The VAD model beside the code: dist/speechWorker.js and dist/cli.js sit one level below the
 * extension root, src/speech/*.ts (tsx: tests, bench) two. Walking up finds it in both layouts.
 */
export function vadModelPath(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const p = path.join(dir, VAD_FILE);
    if (fs.existsSync(p)) return p;
    dir = path.dirname(dir);
  }
  throw new Error(`${VAD_FILE} not found above ${from}`);
}

/** The settings from the issue: threshold 0.5, speech ≥ 0.25 s, silence ≥ 0.5 s, 512-sample window. */
export const VAD_SETTINGS = { threshold: 0.5, minSpeechDuration: 0.25, minSilenceDuration: 0.5, windowSize: 512, maxSpeechDuration: 20 } as const;

const WINDOW = VAD_SETTINGS.windowSize;
const EMPTY = new Float32Array(0);

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Feed samples in any piece size; regions come out as they end. */
export class SpeechRegionDetector {
  private readonly vad: SherpaVad;
  private pending: Float32Array = EMPTY;
  readonly regions: TimeSpan[] = [];

  constructor(sherpa: SherpaModule, model: string = vadModelPath()) {
    // maxSpeechDuration: sherpa cuts longer speech at its quietest point, so no region runs
    // past 20 s (Whisper's window is 30 s; chunkPlan.ts splits anything longer regardless).
    this.vad = new sherpa.Vad({ sileroVad: { model, ...VAD_SETTINGS }, sampleRate: SPEECH_SAMPLE_RATE, numThreads: 1, debug: 0 }, 60);
  }

  /**
   * One 512-sample window per call. Measured with sherpa-onnx-node 1.13.8: pieces of 4096
   * samples shift regions by up to 0.35 s, and a 10-second piece merges three utterances into one;
   * window-sized pieces give the true spans. A short tail waits for the next call.
   */
  accept(samples: Float32Array): void {
    let i = 0;
    if (this.pending.length) {
      i = Math.min(samples.length, WINDOW - this.pending.length);
      this.pending = concat(this.pending, samples.subarray(0, i));
      if (this.pending.length < WINDOW) return;
      this.vad.acceptWaveform(this.pending);
      this.pending = EMPTY;
    }
    for (; i + WINDOW <= samples.length; i += WINDOW) this.vad.acceptWaveform(samples.subarray(i, i + WINDOW));
    if (i < samples.length) this.pending = samples.slice(i);
    this.drain();
  }

  finish(): TimeSpan[] {
    if (this.pending.length) this.vad.acceptWaveform(this.pending);
    this.pending = EMPTY;
    this.vad.flush();
    this.drain();
    return this.regions;
  }

  private drain(): void {
    while (!this.vad.isEmpty()) {
      const seg = this.vad.front(false);
      const start = seg.start / SPEECH_SAMPLE_RATE;
      this.regions.push({ start, end: start + seg.samples.length / SPEECH_SAMPLE_RATE });
      this.vad.pop();
    }
  }
}

/** Regions straight from a recording, in constant memory (decode and VAD run side by side). */
export async function detectSpeechInFile(sherpa: SherpaModule, recording: string, ffmpeg: string, options: DecodeOptions & { model?: string } = {}): Promise<SpeechOutcome<TimeSpan[]>> {
  const d = new SpeechRegionDetector(sherpa, options.model);
  const r = await streamSpeechAudio(recording, ffmpeg, (s) => d.accept(s), options);
  if (!r.ok) return r;
  return { ok: true, value: d.finish() };
}
