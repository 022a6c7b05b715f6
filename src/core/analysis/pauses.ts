/**
 * Silence: gaps in the transcript, silences measured in the audio, and the wachttijd — how long
 * the begeleider leaves room after a question before the other speaks ("leeg luisteren").
 */
import type { Seconds, Segment } from '../session/model';
import { overlaps } from '../session/timeSpan';
import { orderedSegments, round3, speakerKey } from './talkStats';

export const DEFAULT_PAUSE_SEC = 2;

export type PauseSource = 'transcript' | 'audio' | 'beide';

export interface Pause {
  start: Seconds;
  end: Seconds;
  durationSec: number;
  source: PauseSource;
  /** The segment before and after the gap (transcript pauses; null for audio-only ones). */
  afterSegmentId: string | null;
  beforeSegmentId: string | null;
}

/** A silence measured in the audio (src/media/silence.ts). */
export interface AudioSilence {
  start: Seconds;
  end: Seconds;
}

/** Gaps of at least `minSec` between the end of everything said so far and the next segment. */
export function findTranscriptPauses(segments: readonly Segment[], minSec: number = DEFAULT_PAUSE_SEC): Pause[] {
  const ordered = orderedSegments(segments);
  const out: Pause[] = [];
  let maxEnd = -Infinity;
  let lastId: string | null = null;
  for (const s of ordered) {
    if (lastId !== null && s.start - maxEnd >= minSec) {
      out.push({ start: maxEnd, end: s.start, durationSec: round3(s.start - maxEnd), source: 'transcript', afterSegmentId: lastId, beforeSegmentId: s.id });
    }
    if (s.end >= maxEnd) {
      maxEnd = s.end;
      lastId = s.id;
    }
  }
  return out;
}

/**
 * One list from both sources. A transcript gap and an audio silence that overlap are one pause
 * (`beide`) with the audio's times, which are measured rather than typed. Audio silences inside a
 * segment (a speaker falling silent mid-sentence) are kept as `audio`.
 */
export function combinePauses(transcriptPauses: readonly Pause[], audioSilences: readonly AudioSilence[], minSec: number = DEFAULT_PAUSE_SEC): Pause[] {
  const out: Pause[] = [];
  const usedAudio = new Set<number>();
  for (const p of transcriptPauses) {
    const k = audioSilences.findIndex((a, i) => !usedAudio.has(i) && overlaps(a, p));
    if (k < 0) {
      out.push({ ...p });
      continue;
    }
    usedAudio.add(k);
    const a = audioSilences[k]!;
    out.push({ ...p, start: a.start, end: a.end, durationSec: round3(a.end - a.start), source: 'beide' });
  }
  audioSilences.forEach((a, i) => {
    if (usedAudio.has(i) || a.end - a.start < minSec) return;
    out.push({ start: a.start, end: a.end, durationSec: round3(a.end - a.start), source: 'audio', afterSegmentId: null, beforeSegmentId: null });
  });
  return out.sort((x, y) => x.start - y.start);
}

export interface WaitTime {
  /** The segment holding the question. */
  segmentId: string;
  questionEnd: Seconds;
  /** The next segment by another speaker, or null when nobody else spoke after it. */
  answerSegmentId: string | null;
  /** Seconds from the end of the question's segment to the other's start; negative = spoke into it. */
  waitSec: number | null;
  /** The asker spoke again before anyone else did (added to or answered their own question). */
  askerContinued: boolean;
}

/** Wachttijd after each segment that holds a question. */
export function waitTimes(segments: readonly Segment[], questionSegmentIds: ReadonlySet<string>): WaitTime[] {
  const ordered = orderedSegments(segments);
  const out: WaitTime[] = [];
  ordered.forEach((q, i) => {
    if (!questionSegmentIds.has(q.id)) return;
    let continued = false;
    let answer: Segment | undefined;
    for (let j = i + 1; j < ordered.length; j++) {
      if (speakerKey(ordered[j]!) !== speakerKey(q)) {
        answer = ordered[j];
        break;
      }
      continued = true;
    }
    out.push({
      segmentId: q.id,
      questionEnd: q.end,
      answerSegmentId: answer?.id ?? null,
      waitSec: answer ? round3(answer.start - q.end) : null,
      askerContinued: continued,
    });
  });
  return out;
}
