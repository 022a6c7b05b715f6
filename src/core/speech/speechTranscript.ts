/**
 * Recognised speech as the session's transcript shapes (speakers + segments), so the existing
 * exporters (WebVTT with `<v Spreker 1>` voices, SRT, text) and the import into a session can use
 * it. Voices are named "Spreker 1", "Spreker 2", … until the "wie is wie?" step renames them.
 */
import type { Segment, Speaker } from '../session/model';
import type { SpeechSegment } from './speechSegment';

/** Distinct, readable in light and dark themes. */
const VOICE_COLOURS = ['#3b82c4', '#c4623b', '#3ba36b', '#9b59b6'] as const;

export function voiceName(speaker: number, word = 'Spreker'): string {
  return `${word} ${speaker + 1}`;
}

export function speechToTranscript(segments: readonly SpeechSegment[], idPrefix = 'asr'): { speakers: Speaker[]; transcript: Segment[] } {
  const numbers = [...new Set(segments.map((s) => s.speaker))].sort((a, b) => a - b);
  const speakers: Speaker[] = numbers.map((n) => ({ id: `${idPrefix}-spk${n + 1}`, name: voiceName(n), role: 'anders', colour: VOICE_COLOURS[n % VOICE_COLOURS.length]! }));
  const transcript: Segment[] = segments.map((s, i) => ({ id: `${idPrefix}-${i + 1}`, start: s.start, end: s.end, speakerId: `${idPrefix}-spk${s.speaker + 1}`, text: s.text }));
  return { speakers, transcript };
}
