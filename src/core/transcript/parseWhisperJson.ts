import { checkInput, fail, MAX_SEGMENTS, ok, tooManySegments, Warnings, type ParsedSegment, type ParseResult } from './parseResult';
import { parseJsonText } from './jsonText';
import { stripBom } from './textTools';

/**
 * Whisper-style JSON: `{ "segments": [{ "start", "end", "text", "speaker"? }] }` or a bare array of
 * such segments. Times in seconds (numbers, or numeric strings). A segment that cannot be used is
 * skipped with a warning naming its index; JSON has no line numbers after parsing, so warnings point
 * at line 1 and name the segment.
 */
export function parseWhisperJson(input: string): ParseResult {
  const bad = checkInput(input);
  if (bad) return bad;
  const parsed = parseJsonText(stripBom(input));
  if ('error' in parsed) return parsed.error;
  const doc = parsed.value;
  const list = Array.isArray(doc) ? doc : doc && typeof doc === 'object' ? (doc as { segments?: unknown }).segments : undefined;
  if (!Array.isArray(list)) {
    return fail(1, 'Geen transcript-JSON: verwacht een lijst "segments".', 'Not transcript JSON: expected a "segments" list.');
  }
  if (list.length > MAX_SEGMENTS) return tooManySegments(1);
  const warnings = new Warnings();
  const segments: ParsedSegment[] = [];
  list.forEach((raw: unknown, k: number) => {
    const s = raw as Record<string, unknown> | null;
    if (!s || typeof s !== 'object' || Array.isArray(s)) {
      warnings.add(1, `Segment ${k} is geen object; overgeslagen.`, `Segment ${k} is not an object; skipped.`);
      return;
    }
    const start = seconds(s.start);
    const end = seconds(s.end);
    if (start === null || end === null) {
      warnings.add(1, `Segment ${k} heeft geen geldige begin- en eindtijd; overgeslagen.`, `Segment ${k} has no valid start and end; skipped.`);
      return;
    }
    if (end < start) {
      warnings.add(1, `Segment ${k} eindigt voor het begint; overgeslagen.`, `Segment ${k} ends before it starts; skipped.`);
      return;
    }
    if (typeof s.text !== 'string') {
      warnings.add(1, `Segment ${k} heeft geen tekst; overgeslagen.`, `Segment ${k} has no text; skipped.`);
      return;
    }
    const speaker = typeof s.speaker === 'string' && s.speaker.trim() !== '' ? s.speaker.trim() : null;
    segments.push({ start, end, speaker, text: s.text.trim() });
  });
  return ok(segments, warnings);
}

function seconds(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,9}(\.\d{1,9})?\s*$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}
