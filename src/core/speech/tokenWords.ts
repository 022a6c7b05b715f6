/**
 * Token times from the recogniser → word times, so a click on a word can seek there.
 * SentencePiece models (Parakeet, NeMo) mark a word start with `▁`; Whisper-style byte-level
 * tokens with a leading space. Other tokens continue the word before them.
 */
import type { SpeechWord } from './speechSegment';

export interface TokenTimes {
  tokens: readonly string[];
  /** Start of each token, seconds from the chunk start. */
  timestamps: readonly number[];
  /** Length of each token in seconds, where the model gives it (TDT does). */
  durations?: readonly number[];
}

/** `<blk>`, `<|nl|>`, `<unk>`: markers, not text. */
const SPECIAL = /^<\|?[^>]*\|?>$/;

/**
 * Words in time order, each within [chunkStart, chunkEnd]. Returns [] when the model gave no
 * usable token times (then the segment has no word times, rather than invented ones).
 */
export function tokensToWords(t: TokenTimes, chunkStart: number, chunkEnd: number): SpeechWord[] {
  if (t.tokens.length === 0 || t.timestamps.length !== t.tokens.length) return [];
  const hasDur = !!t.durations && t.durations.length === t.tokens.length && t.durations.some((d) => d > 0);
  const words: { text: string; start: number; lastEnd: number | null }[] = [];
  t.tokens.forEach((tok, i) => {
    if (SPECIAL.test(tok.trim())) return;
    const startsWord = /^[▁\s]/.test(tok) || words.length === 0;
    const text = tok.replace(/▁/g, ' ');
    const at = chunkStart + t.timestamps[i]!;
    const end = hasDur ? at + t.durations![i]! : null;
    if (startsWord) words.push({ text: text.trim(), start: at, lastEnd: end });
    else {
      const w = words[words.length - 1]!;
      w.text += text.trimEnd();
      if (end !== null) w.lastEnd = end;
    }
  });
  const kept = words.filter((w) => w.text !== '');
  const out: SpeechWord[] = [];
  let prev = chunkStart;
  kept.forEach((w, i) => {
    const start = Math.min(chunkEnd, Math.max(prev, w.start));
    const next = i + 1 < kept.length ? kept[i + 1]!.start : chunkEnd;
    // Without durations a word lasts until the next one starts (the last one: until the chunk
    // ends, at most a second after its last token).
    const rough = w.lastEnd ?? (i + 1 < kept.length ? next : Math.min(chunkEnd, w.start + 1));
    const end = Math.min(chunkEnd, Math.max(start, Math.min(rough, Math.max(next, start))));
    out.push({ start, end, text: w.text });
    prev = start;
  });
  return out;
}
