/**
 * Who talks how much: speaking time and share, turns, the longest monologue, and overlaps
 * (someone starting before the other has finished). Figures for "spreek met, niet tegen".
 */
import type { Segment, Seconds, Speaker, SpeakerRole } from '../session/model';

/** Segments without a speaker are counted under this id. */
export const UNKNOWN_SPEAKER = '(onbekend)';

export interface Turn {
  speakerId: string;
  start: Seconds;
  end: Seconds;
  segmentIds: string[];
}

export interface SpeakerTalk {
  speakerId: string;
  name: string;
  role: SpeakerRole | null;
  speakingSec: number;
  /** 0..1 of all speaking time. */
  share: number;
  turns: number;
  longestTurn: { start: Seconds; end: Seconds; durationSec: number } | null;
  /** How often this speaker started while another was still talking. */
  interruptions: number;
}

export interface Overlap {
  segmentId: string;
  speakerId: string;
  start: Seconds;
  /** The segment of the other speaker that was still going. */
  overSegmentId: string;
  overSpeakerId: string;
  overlapSec: number;
}

export interface TalkStats {
  totalSpeakingSec: number;
  speakers: SpeakerTalk[];
  turns: Turn[];
  overlaps: Overlap[];
}

/** Segments ordered by start (then end), with negative lengths clamped; input order kept on ties. */
export function orderedSegments(segments: readonly Segment[]): Segment[] {
  return segments
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => Number.isFinite(s.start) && Number.isFinite(s.end))
    .sort((a, b) => a.s.start - b.s.start || a.s.end - b.s.end || a.i - b.i)
    .map(({ s }) => s);
}

export function speakerKey(s: Segment): string {
  return s.speakerId ?? UNKNOWN_SPEAKER;
}

/** Consecutive segments by the same speaker make one turn. */
export function buildTurns(ordered: readonly Segment[]): Turn[] {
  const turns: Turn[] = [];
  for (const s of ordered) {
    const k = speakerKey(s);
    const last = turns[turns.length - 1];
    if (last && last.speakerId === k) {
      last.end = Math.max(last.end, s.end);
      last.segmentIds.push(s.id);
    } else turns.push({ speakerId: k, start: s.start, end: Math.max(s.start, s.end), segmentIds: [s.id] });
  }
  return turns;
}

export function computeTalkStats(segments: readonly Segment[], speakers: readonly Speaker[]): TalkStats {
  const ordered = orderedSegments(segments);
  const turns = buildTurns(ordered);
  const time = new Map<string, number>();
  for (const s of ordered) time.set(speakerKey(s), (time.get(speakerKey(s)) ?? 0) + Math.max(0, s.end - s.start));
  const total = [...time.values()].reduce((a, b) => a + b, 0);

  // An overlap: a turn that starts before the previous speaker's turn has ended. Counted once per
  // turn, so a backchannel in two segments while the other talks on is one interruption.
  const overlaps: Overlap[] = [];
  const byId = new Map(ordered.map((s) => [s.id, s] as const));
  for (let i = 1; i < turns.length; i++) {
    const t = turns[i]!;
    const p = turns[i - 1]!;
    if (t.start >= p.end) continue;
    const over = p.segmentIds.map((id) => byId.get(id)!).reduce((a, b) => (b.end > a.end ? b : a));
    const first = byId.get(t.segmentIds[0]!)!;
    overlaps.push({
      segmentId: first.id,
      speakerId: t.speakerId,
      start: t.start,
      overSegmentId: over.id,
      overSpeakerId: p.speakerId,
      overlapSec: round3(Math.min(p.end, t.end) - t.start),
    });
  }

  const ids = [...new Set([...speakers.map((s) => s.id), ...time.keys()])];
  const out: SpeakerTalk[] = ids
    .filter((id) => time.has(id))
    .map((id) => {
      const sp = speakers.find((s) => s.id === id);
      const own = turns.filter((t) => t.speakerId === id);
      const longest = own.reduce<Turn | null>((a, t) => (!a || t.end - t.start > a.end - a.start ? t : a), null);
      const sec = time.get(id) ?? 0;
      return {
        speakerId: id,
        name: sp?.name ?? id,
        role: sp?.role ?? null,
        speakingSec: round3(sec),
        share: total > 0 ? round3(sec / total) : 0,
        turns: own.length,
        longestTurn: longest ? { start: longest.start, end: longest.end, durationSec: round3(longest.end - longest.start) } : null,
        interruptions: overlaps.filter((o) => o.speakerId === id).length,
      };
    });
  // Shares are shown as whole percentages; rounded one by one they can add up to 101 %, which
  // reads as a mistake. Largest remainder keeps the sum at exactly 100.
  const pcts = wholePercents(out.map((o) => (total > 0 ? (time.get(o.speakerId) ?? 0) / total : 0)));
  out.forEach((o, i) => (o.share = pcts[i]! / 100));
  return { totalSpeakingSec: round3(total), speakers: out, turns, overlaps };
}

/** Whole percentages of fractions that sum to 1, themselves summing to exactly 100. */
export function wholePercents(fractions: readonly number[]): number[] {
  const sum = fractions.reduce((a, b) => a + b, 0);
  if (sum <= 0) return fractions.map(() => 0);
  const raw = fractions.map((f) => (f / sum) * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
