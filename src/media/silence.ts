/**
 * Silences in a recording, measured with ffmpeg's `silencedetect`. Node only (no vscode).
 * ffmpeg is given by path (its discovery lives elsewhere); it runs without a shell, with an args
 * array, and its stderr is read line by line as it streams, so memory stays flat on long files.
 * Resampling to 8 kHz before the filter keeps it cheap: the cost is close to a plain decode.
 */
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import type { AudioSilence } from '../core/analysis/pauses';

export interface SilenceOptions {
  ffmpegPath: string;
  /** Threshold in dB (default -30). */
  noiseDb?: number;
  /** Shortest silence in seconds (default 2). */
  minSec?: number;
  signal?: AbortSignal;
  /** Gives up after this many milliseconds (default: no limit). */
  timeoutMs?: number;
  /** Called for each silence as soon as it has ended. */
  onSilence?: (s: AudioSilence) => void;
}

export type SilenceResult =
  | { ok: true; silences: AudioSilence[]; durationSec: number | null }
  | { ok: false; reason: 'aborted' | 'timeout' | 'spawn' | 'ffmpeg' | 'input'; message: { nl: string; en: string } };

export function silenceArgs(input: string, noiseDb = -30, minSec = 2): string[] {
  // Resampling to 2 kHz with the shortest filter first: silence is a matter of level, not of audio
  // quality, and the filter then sees a twentieth of the samples (measured: 8 kHz costs ~1.25× a
  // plain decode, 2 kHz ~1.1×, with the same silences found). Channels are not mixed down, so a
  // silence needs every channel to be quiet (and out-of-phase channels cannot cancel out).
  const filter = `aresample=2000:filter_size=1:phase_shift=0,silencedetect=noise=${noiseDb}dB:d=${minSec}`;
  return ['-hide_banner', '-nostats', '-nostdin', '-i', input, '-vn', '-sn', '-dn', '-af', filter, '-f', 'null', '-'];
}

/** Reads ffmpeg's stderr lines; keeps the state of an open silence between lines. */
export class SilenceParser {
  readonly silences: AudioSilence[] = [];
  durationSec: number | null = null;
  private open: number | null = null;

  constructor(private readonly onSilence?: (s: AudioSilence) => void) {}

  line(l: string): void {
    const d = /Duration:\s*(\d+):(\d+):(\d+(?:\.\d+)?)/.exec(l);
    if (d && this.durationSec === null) this.durationSec = Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]);
    const s = /silence_start:\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(l);
    if (s) this.open = Math.max(0, Number(s[1]));
    const e = /silence_end:\s*(\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(l);
    if (e && this.open !== null) this.push(this.open, Number(e[1]));
  }

  /** A silence still open at the end runs to the end of the file (older ffmpeg prints no end for it). */
  finish(endSec: number | null): void {
    const end = endSec ?? this.durationSec;
    if (this.open !== null && end !== null && end > this.open) this.push(this.open, end);
    this.open = null;
  }

  private push(start: number, end: number): void {
    const s = { start, end };
    this.silences.push(s);
    this.open = null;
    this.onSilence?.(s);
  }
}

export async function detectSilences(input: string, opts: SilenceOptions): Promise<SilenceResult> {
  // Only a regular file: ffmpeg on a FIFO or a device would block or read without end.
  const st = await stat(input).catch(() => null);
  if (!st?.isFile()) return { ok: false, reason: 'input', message: { nl: `geen gewoon bestand: ${input}`, en: `not a regular file: ${input}` } };
  return runSilenceDetect(input, opts);
}

function runSilenceDetect(input: string, opts: SilenceOptions): Promise<SilenceResult> {
  return new Promise((resolve) => {
    if (opts.signal?.aborted) return resolve(aborted());
    const parser = new SilenceParser(opts.onSilence);
    const child = spawn(opts.ffmpegPath, silenceArgs(input, opts.noiseDb ?? -30, opts.minSec ?? 2), { stdio: ['ignore', 'ignore', 'pipe'], shell: false });
    let ended: SilenceResult | null = null;
    let tail = '';
    const errTail: string[] = [];
    const stop = (r: SilenceResult) => {
      if (ended) return;
      ended = r;
      child.kill('SIGKILL');
    };
    const onAbort = () => stop(aborted());
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = opts.timeoutMs ? setTimeout(() => stop({ ok: false, reason: 'timeout', message: { nl: `ffmpeg duurde langer dan ${opts.timeoutMs} ms en is gestopt`, en: `ffmpeg took longer than ${opts.timeoutMs} ms and was stopped` } }), opts.timeoutMs) : null;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      const lines = (tail + chunk).split(/\r?\n|\r/);
      tail = lines.pop() ?? '';
      for (const l of lines) {
        parser.line(l);
        if (l.trim()) errTail.push(l.trim());
        if (errTail.length > 5) errTail.shift();
      }
    });
    const done = (r: SilenceResult) => {
      if (timer) clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(r);
    };
    child.on('error', (e) => {
      ended ??= { ok: false, reason: 'spawn', message: { nl: `ffmpeg kon niet starten (${opts.ffmpegPath}): ${e.message}`, en: `could not start ffmpeg (${opts.ffmpegPath}): ${e.message}` } };
    });
    child.on('close', (code) => {
      if (tail) parser.line(tail);
      if (ended) return done(ended);
      if (code !== 0) {
        const last = errTail[errTail.length - 1] ?? '';
        return done({ ok: false, reason: 'ffmpeg', message: { nl: `ffmpeg stopte met code ${code}: ${last}`, en: `ffmpeg exited with code ${code}: ${last}` } });
      }
      parser.finish(null);
      done({ ok: true, silences: parser.silences, durationSec: parser.durationSec });
    });
  });
}

function aborted(): SilenceResult {
  return { ok: false, reason: 'aborted', message: { nl: 'stiltedetectie afgebroken', en: 'silence detection cancelled' } };
}
