/**
 * Who said what: diarization gives speaker turns (who speaks when), recognition gives chunks of
 * text. Each chunk goes to the speaker it overlaps most; when its words have times and the turns
 * change speaker inside the chunk, it is split there, so one row never holds two voices.
 */
import type { SpeechSegment, SpeechWord, TimeSpan } from './speechSegment';

export interface SpeakerTurn extends TimeSpan {
  speaker: number;
}

export interface RecognisedChunk extends TimeSpan {
  text: string;
  words?: SpeechWord[];
}

/** Sorted by start, speakers renumbered 0, 1, … in order of first appearance. */
export function normaliseTurns(turns: readonly SpeakerTurn[]): SpeakerTurn[] {
  const sorted = turns.filter((t) => t.end > t.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const ids = new Map<number, number>();
  return sorted.map((t) => {
    if (!ids.has(t.speaker)) ids.set(t.speaker, ids.size);
    return { start: t.start, end: t.end, speaker: ids.get(t.speaker)! };
  });
}

function overlap(a: TimeSpan, b: TimeSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The speaker with the most overlap; with none, the turn nearest in time; no turns: 0. */
export function speakerFor(span: TimeSpan, turns: readonly SpeakerTurn[]): number {
  if (turns.length === 0) return 0;
  const bySpeaker = new Map<number, number>();
  for (const t of turns) {
    const o = overlap(span, t);
    if (o > 0) bySpeaker.set(t.speaker, (bySpeaker.get(t.speaker) ?? 0) + o);
  }
  if (bySpeaker.size > 0) return [...bySpeaker.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const mid = (span.start + span.end) / 2;
  const dist = (t: TimeSpan) => (mid < t.start ? t.start - mid : mid > t.end ? mid - t.end : 0);
  return turns.reduce((best, t) => (dist(t) < dist(best) ? t : best)).speaker;
}

/** One chunk → one or more segments (split at speaker changes where the words allow). */
export function assignSpeakers(chunk: RecognisedChunk, turns: readonly SpeakerTurn[]): SpeechSegment[] {
  const text = chunk.text.trim();
  const words = chunk.words ?? [];
  if (words.length < 2 || turns.length === 0) {
    const seg: SpeechSegment = { start: chunk.start, end: chunk.end, speaker: speakerFor(chunk, turns), text };
    if (words.length) seg.words = words;
    return [seg];
  }
  const who = words.map((w) => speakerFor(w.end > w.start ? w : { start: w.start - 0.05, end: w.start + 0.05 }, turns));
  const groups: { speaker: number; words: SpeechWord[] }[] = [];
  words.forEach((w, i) => {
    const last = groups[groups.length - 1];
    if (last && last.speaker === who[i]) last.words.push(w);
    else groups.push({ speaker: who[i]!, words: [w] });
  });
  if (groups.length === 1) return [{ start: chunk.start, end: chunk.end, speaker: groups[0]!.speaker, text, words }];
  return groups.map((g, i) => ({
    start: i === 0 ? chunk.start : g.words[0]!.start,
    end: i === groups.length - 1 ? chunk.end : groups[i + 1]!.words[0]!.start,
    speaker: g.speaker,
    text: g.words.map((w) => w.text).join(' '),
    words: g.words,
  }));
}

/**
 * Adds new segments to the ordered list. A piece that continues the same speaker without a gap
 * (a long region cut for the recogniser) is joined to it, up to `maxSec`, so rows follow speech
 * rather than the engine's limits. New segments usually come after the last one (chunks arrive
 * in time order): then only the tail is touched, so a long recording stays linear.
 */
export function mergeSegments(list: readonly SpeechSegment[], incoming: readonly SpeechSegment[], maxSec = 30): SpeechSegment[] {
  const fresh = incoming.filter((s) => s.text !== '').sort(byTime);
  const last = list[list.length - 1];
  const inOrder = !last || fresh.length === 0 || fresh[0]!.start >= last.start;
  const out: SpeechSegment[] = inOrder ? list.slice() : [];
  for (const s of inOrder ? fresh : [...list, ...fresh].sort(byTime)) {
    const prev = out[out.length - 1];
    if (prev && prev.speaker === s.speaker && s.start - prev.end <= 0.01 && s.end - prev.start <= maxSec) out[out.length - 1] = join(prev, s);
    else out.push({ ...s });
  }
  return out;
}

function byTime(a: SpeechSegment, b: SpeechSegment): number {
  return a.start - b.start || a.end - b.end;
}

function join(a: SpeechSegment, b: SpeechSegment): SpeechSegment {
  const joined: SpeechSegment = { start: a.start, end: Math.max(a.end, b.end), speaker: a.speaker, text: `${a.text} ${b.text}` };
  if (a.words || b.words) joined.words = [...(a.words ?? []), ...(b.words ?? [])];
  return joined;
}

export function countSpeakers(segments: readonly SpeechSegment[]): number {
  return new Set(segments.map((s) => s.speaker)).size;
}
