/**
 * Waveform peaks: min/max per bucket of mono 16-bit PCM at 8 kHz, computed while ffmpeg streams
 * (src/media/peaks.ts feeds the chunks) so the PCM itself is never held in memory.
 *
 * Levels: the finest has 100 peaks/s (80 samples per bucket); each coarser level merges 4 buckets
 * (100, 25, 6.25, 1.5625 … peaks/s) and the last one is the first with fewer than 2,000 peaks for
 * the whole file — about one screen width — so every zoom level has a level within a factor 4.
 * A 60-minute file has 5 levels (360,000 … 1,407 peaks), about 0.95 MB serialised.
 *
 * Values are stored as Int8 relative to the file's own loudest sample (`scale`), so a quiet
 * laptop recording still gets all 127 steps; the real amplitude is `q / 127 * scale`.
 */
import type { LocalText } from '../session/model';

export const PEAKS_VERSION = 1;
export const PEAKS_SAMPLE_RATE = 8000;
export const SAMPLES_PER_PEAK = 80;
export const LEVEL_FACTOR = 4;
export const COARSEST_MAX_PEAKS = 2000;

export interface PeaksLevel {
  peaksPerSec: number;
  /** Bucket minima, -127..127 (times scale/127 gives -1..1). */
  min: Int8Array;
  max: Int8Array;
}

export interface Peaks {
  version: number;
  durationSec: number;
  sampleRate: number;
  /** Loudest absolute sample in the file, 0..1. */
  scale: number;
  /** Finest first. */
  levels: PeaksLevel[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Streams s16le bytes into 100/s min/max buckets; memory grows only with the (small) peaks. */
export class PeaksAccumulator {
  private pairs = new Int16Array(2 * 4096);
  private count = 0;
  private mn = 32767;
  private mx = -32768;
  private inBucket = 0;
  private carry = -1;
  private samples = 0;

  get sampleCount(): number {
    return this.samples;
  }

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.carry >= 0 && bytes.length > 0) {
      // The previous chunk ended on half a sample: join it with this chunk's first byte.
      const lo = this.carry;
      const hi = bytes[0]!;
      this.carry = -1;
      this.addSamples(new Int16Array([((hi << 8) | lo) << 16 >> 16]));
      bytes = bytes.subarray(1);
    }
    const n = bytes.length >> 1;
    if (bytes.length & 1) this.carry = bytes[bytes.length - 1]!;
    if (n === 0) return;
    if (!LITTLE_ENDIAN) {
      const dv = new DataView(bytes.buffer, bytes.byteOffset, n * 2);
      const tmp = new Int16Array(n);
      for (let i = 0; i < n; i++) tmp[i] = dv.getInt16(i * 2, true);
      this.addSamples(tmp);
    } else if (bytes.byteOffset & 1) {
      // An Int16Array view needs an even offset; copy the (rare) misaligned chunk once.
      this.addSamples(new Int16Array(bytes.slice(0, n * 2).buffer));
    } else {
      this.addSamples(new Int16Array(bytes.buffer, bytes.byteOffset, n));
    }
  }

  private addSamples(s: Int16Array): void {
    let mn = this.mn;
    let mx = this.mx;
    let k = this.inBucket;
    const len = s.length;
    for (let i = 0; i < len; i++) {
      const v = s[i]!;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
      if (++k === SAMPLES_PER_PEAK) {
        this.pushPair(mn, mx);
        mn = 32767;
        mx = -32768;
        k = 0;
      }
    }
    this.mn = mn;
    this.mx = mx;
    this.inBucket = k;
    this.samples += len;
  }

  private pushPair(mn: number, mx: number): void {
    if (2 * this.count + 2 > this.pairs.length) {
      const grown = new Int16Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[2 * this.count] = mn;
    this.pairs[2 * this.count + 1] = mx;
    this.count++;
  }

  /** Closes the last partial bucket and builds every level. */
  finish(): Peaks {
    if (this.inBucket > 0) {
      this.pushPair(this.mn, this.mx);
      this.inBucket = 0;
    }
    const n = this.count;
    let peakAbs = 0;
    for (let i = 0; i < 2 * n; i++) {
      const a = Math.abs(this.pairs[i]!);
      if (a > peakAbs) peakAbs = a;
    }
    const min = new Int8Array(n);
    const max = new Int8Array(n);
    if (peakAbs > 0) {
      const f = 127 / peakAbs;
      for (let i = 0; i < n; i++) {
        min[i] = Math.max(-127, Math.round(this.pairs[2 * i]! * f));
        max[i] = Math.min(127, Math.round(this.pairs[2 * i + 1]! * f));
      }
    }
    const finest: PeaksLevel = { peaksPerSec: PEAKS_SAMPLE_RATE / SAMPLES_PER_PEAK, min, max };
    return {
      version: PEAKS_VERSION,
      durationSec: this.samples / PEAKS_SAMPLE_RATE,
      sampleRate: PEAKS_SAMPLE_RATE,
      scale: peakAbs / 32768,
      levels: buildLevels(finest),
    };
  }
}

/** Coarser levels by merging LEVEL_FACTOR buckets until one has fewer than COARSEST_MAX_PEAKS. */
export function buildLevels(finest: PeaksLevel): PeaksLevel[] {
  const levels = [finest];
  let cur = finest;
  while (cur.min.length >= COARSEST_MAX_PEAKS) {
    const n = Math.ceil(cur.min.length / LEVEL_FACTOR);
    const min = new Int8Array(n);
    const max = new Int8Array(n);
    for (let j = 0; j < n; j++) {
      let lo = 127;
      let hi = -127;
      const end = Math.min(cur.min.length, (j + 1) * LEVEL_FACTOR);
      for (let i = j * LEVEL_FACTOR; i < end; i++) {
        if (cur.min[i]! < lo) lo = cur.min[i]!;
        if (cur.max[i]! > hi) hi = cur.max[i]!;
      }
      min[j] = lo;
      max[j] = hi;
    }
    cur = { peaksPerSec: cur.peaksPerSec / LEVEL_FACTOR, min, max };
    levels.push(cur);
  }
  return levels;
}

/** The level with at least `wantedPerSec` peaks per second, or the finest. */
export function pickLevel(peaks: Peaks, wantedPerSec: number): PeaksLevel {
  let best = peaks.levels[0]!;
  for (const l of peaks.levels) if (l.peaksPerSec >= wantedPerSec) best = l;
  return best;
}

/**
 * What wavesurfer.js 8 takes instead of decoding: `peaks` as channel data and `duration`.
 * Its renderer draws channel 0 above the axis and channel 1 below (by magnitude), so the maxima
 * go in channel 0 and the minima in channel 1: an honest, asymmetric envelope.
 */
export function toWavesurferPeaks(peaks: Peaks, level: PeaksLevel = peaks.levels[0]!): { peaks: [Float32Array, Float32Array]; duration: number } {
  const f = peaks.scale / 127;
  const top = new Float32Array(level.max.length);
  const bottom = new Float32Array(level.min.length);
  for (let i = 0; i < top.length; i++) {
    top[i] = level.max[i]! * f;
    bottom[i] = level.min[i]! * f;
  }
  return { peaks: [top, bottom], duration: peaks.durationSec };
}

// Binary form for the cache: "KKPK", u16 version, u16 level count, f64 duration, u32 sample rate,
// f32 scale, then per level f64 peaksPerSec, u32 n, n×i8 min, n×i8 max. Little-endian.
const MAGIC = [0x4b, 0x4b, 0x50, 0x4b];
const HEADER = 4 + 2 + 2 + 8 + 4 + 4;

export function serializePeaks(p: Peaks): Uint8Array {
  let size = HEADER;
  for (const l of p.levels) size += 12 + 2 * l.min.length;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  out.set(MAGIC, 0);
  dv.setUint16(4, p.version, true);
  dv.setUint16(6, p.levels.length, true);
  dv.setFloat64(8, p.durationSec, true);
  dv.setUint32(16, p.sampleRate, true);
  dv.setFloat32(20, p.scale, true);
  let o = HEADER;
  for (const l of p.levels) {
    dv.setFloat64(o, l.peaksPerSec, true);
    dv.setUint32(o + 8, l.min.length, true);
    o += 12;
    out.set(new Uint8Array(l.min.buffer, l.min.byteOffset, l.min.length), o);
    o += l.min.length;
    out.set(new Uint8Array(l.max.buffer, l.max.byteOffset, l.max.length), o);
    o += l.max.length;
  }
  return out;
}

export type PeaksParse = { ok: true; peaks: Peaks } | { ok: false; message: LocalText };

function bad(nl: string, en: string): PeaksParse {
  return { ok: false, message: { nl: `Ongeldig peaks-bestand: ${nl}`, en: `Invalid peaks file: ${en}` } };
}

export function deserializePeaks(bytes: Uint8Array): PeaksParse {
  if (bytes.length < HEADER || MAGIC.some((m, i) => bytes[i] !== m)) return bad('onbekende kop', 'unknown header');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint16(4, true);
  if (version !== PEAKS_VERSION) return bad(`versie ${version}`, `version ${version}`);
  const nLevels = dv.getUint16(6, true);
  const levels: PeaksLevel[] = [];
  let o = HEADER;
  for (let k = 0; k < nLevels; k++) {
    if (o + 12 > bytes.length) return bad(`niveau ${k} afgebroken`, `level ${k} truncated`);
    const peaksPerSec = dv.getFloat64(o, true);
    const n = dv.getUint32(o + 8, true);
    o += 12;
    if (o + 2 * n > bytes.length) return bad(`niveau ${k} afgebroken`, `level ${k} truncated`);
    // Copies (TypedArray#slice), so the levels own their memory even when `bytes` is a Buffer view.
    const min = new Int8Array(bytes.buffer, bytes.byteOffset + o, n).slice();
    const max = new Int8Array(bytes.buffer, bytes.byteOffset + o + n, n).slice();
    o += 2 * n;
    levels.push({ peaksPerSec, min, max });
  }
  if (o !== bytes.length || levels.length === 0) return bad('onverwachte lengte', 'unexpected length');
  return {
    ok: true,
    peaks: { version, durationSec: dv.getFloat64(8, true), sampleRate: dv.getUint32(16, true), scale: dv.getFloat32(20, true), levels },
  };
}
