/**
 * A recording as 16 kHz mono float samples, straight from ffmpeg's stdout (`-f f32le pipe:1`),
 * through runProcess (no shell, cancel, bounded stderr).
 *
 * Memory: `streamSpeechAudio` hands out one pipe chunk at a time (constant memory: the VAD-only
 * paths, `klein-kijken speech` and speech regions, use it). `decodeSpeechAudio` keeps the whole
 * recording as one Float32Array — 230 MB for 60 minutes — because the speaker diarizer clusters
 * voices across the whole conversation in one call and needs all samples at once; recognition
 * then reads chunks as views into that same array, so there is never a second copy. It runs in
 * the speech worker, never in the extension host's heap. Half that (16-bit) would need a full
 * float copy for the diarizer anyway, so it would not lower the peak.
 */
import type { LocalText } from '../core/session/model';
import { ffmpegPath, lastLine, runProcess } from '../media/runProcess';
import type { SpeechOutcome } from './speechTypes';

export const SPEECH_SAMPLE_RATE = 16_000;

/** ffmpeg arguments: first audio stream, mixed to mono, 16 kHz, 32-bit float, raw, on stdout. */
export function speechDecodeArgs(recording: string): string[] {
  // -flush_packets 0: full pipe buffers instead of one write per packet (see src/media/peaks.ts).
  return ['-hide_banner', '-nostdin', '-v', 'error', '-i', ffmpegPath(recording), '-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', '1', '-ar', String(SPEECH_SAMPLE_RATE), '-c:a', 'pcm_f32le', '-flush_packets', '0', '-f', 'f32le', 'pipe:1'];
}

export interface DecodeOptions {
  signal?: AbortSignal;
  /** Known length (probe), for progress and to size the buffer once. */
  durationSec?: number | null;
  onProgress?: (fraction: number) => void;
}

/**
 * Turns pipe chunks (any byte length) into whole float samples: a sample split over two chunks
 * is carried over. Each output is a fresh, aligned Float32Array.
 */
export class F32Chunker {
  private carry = Buffer.alloc(0);
  samplesOut = 0;

  push(chunk: Buffer): Float32Array {
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = bytes.length - (bytes.length % 4);
    this.carry = Buffer.from(bytes.subarray(whole));
    const out = new Float32Array(whole / 4);
    new Uint8Array(out.buffer).set(bytes.subarray(0, whole));
    this.samplesOut += out.length;
    return out;
  }
}

function decodeProblem(detail: string): LocalText {
  return {
    nl: `ffmpeg kon het geluid niet omzetten voor spraakherkenning (${detail}).`,
    en: `ffmpeg could not convert the audio for speech recognition (${detail}).`,
  };
}

const ABORTED: LocalText = { nl: 'Afgebroken.', en: 'Cancelled.' };

/** Streams the samples to `onSamples` in pipe-sized pieces; resolves with the sample count. */
export async function streamSpeechAudio(recording: string, ffmpeg: string, onSamples: (samples: Float32Array, offset: number) => void, options: DecodeOptions = {}): Promise<SpeechOutcome<number>> {
  const chunker = new F32Chunker();
  const expected = options.durationSec && options.durationSec > 0 ? options.durationSec * SPEECH_SAMPLE_RATE : 0;
  let lastReported = 0;
  const r = await runProcess(ffmpeg, speechDecodeArgs(recording), {
    signal: options.signal,
    onStdout: (chunk) => {
      const offset = chunker.samplesOut;
      const s = chunker.push(chunk);
      if (s.length) onSamples(s, offset);
      if (expected && options.onProgress) {
        const f = Math.min(1, chunker.samplesOut / expected);
        if (f - lastReported >= 0.01) {
          lastReported = f;
          options.onProgress(f);
        }
      }
    },
  });
  if (r.killed === 'abort') return { ok: false, problem: ABORTED, aborted: true };
  if (r.spawnError) return { ok: false, problem: decodeProblem(`${r.spawnError.code ?? r.spawnError.message}: ${ffmpeg}`) };
  if (r.code !== 0) return { ok: false, problem: decodeProblem(lastLine(r.stderr) || `exit ${r.code}`) };
  if (chunker.samplesOut === 0) return { ok: false, problem: { nl: 'Deze opname bevat geen geluid om te herkennen.', en: 'This recording has no audio to recognise.' } };
  options.onProgress?.(1);
  return { ok: true, value: chunker.samplesOut };
}

/**
 * The whole recording in one Float32Array (see the memory note at the top). `alsoTo` sees every
 * piece as it arrives (the VAD runs there while ffmpeg is still decoding).
 */
export async function decodeSpeechAudio(recording: string, ffmpeg: string, options: DecodeOptions & { alsoTo?: (samples: Float32Array) => void } = {}): Promise<SpeechOutcome<Float32Array>> {
  // Sized once from the probed length (+2 s slack); doubled when a file runs longer.
  let buf = new Float32Array(Math.ceil(((options.durationSec ?? 0) > 0 ? options.durationSec! + 2 : 60) * SPEECH_SAMPLE_RATE));
  let used = 0;
  const r = await streamSpeechAudio(
    recording,
    ffmpeg,
    (s) => {
      if (used + s.length > buf.length) {
        const bigger = new Float32Array(Math.max(buf.length * 2, used + s.length));
        bigger.set(buf.subarray(0, used));
        buf = bigger;
      }
      buf.set(s, used);
      used += s.length;
      options.alsoTo?.(s);
    },
    options,
  );
  if (!r.ok) return r;
  return { ok: true, value: buf.subarray(0, used) };
}
