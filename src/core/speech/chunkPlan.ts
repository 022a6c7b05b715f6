/**
 * Which stretches of audio go to the recogniser: the speech regions from the VAD, each cut into
 * equal pieces no longer than the engine takes (Whisper sees 30 s at most; longer audio is
 * silently cut off), with a little padding so word edges the VAD trimmed are not lost.
 */
import type { TimeSpan } from './speechSegment';

export interface ChunkPlanOptions {
  /** Longest chunk in seconds (Whisper: 30). */
  maxSec: number;
  /** Seconds added on both sides, never past a neighbour or the recording. Default 0.15. */
  padSec?: number;
  /** Recording length; chunks end at or before it. */
  durationSec: number;
  /** Regions shorter than this are dropped (a click, not a word). Default 0.1. */
  minSec?: number;
}

export function planChunks(regions: readonly TimeSpan[], o: ChunkPlanOptions): TimeSpan[] {
  const pad = o.padSec ?? 0.15;
  const minSec = o.minSec ?? 0.1;
  const sorted = regions.filter((r) => r.end - r.start >= minSec).sort((a, b) => a.start - b.start);
  const out: TimeSpan[] = [];
  sorted.forEach((r, i) => {
    const prevEnd = i > 0 ? sorted[i - 1]!.end : 0;
    const nextStart = i + 1 < sorted.length ? sorted[i + 1]!.start : o.durationSec;
    // Padding stops half-way to a neighbour, so two chunks never overlap.
    const start = Math.max(0, r.start - pad, (prevEnd + r.start) / 2);
    const end = Math.min(o.durationSec, r.end + pad, (r.end + nextStart) / 2);
    if (end <= start) return;
    const pieces = Math.ceil((end - start) / o.maxSec - 1e-9);
    const len = (end - start) / pieces;
    for (let k = 0; k < pieces; k++) out.push({ start: start + k * len, end: k === pieces - 1 ? end : start + (k + 1) * len });
  });
  return out;
}

/** Seconds of audio in the chunks (progress is measured in these). */
export function totalSeconds(spans: readonly TimeSpan[]): number {
  return spans.reduce((s, c) => s + (c.end - c.start), 0);
}
