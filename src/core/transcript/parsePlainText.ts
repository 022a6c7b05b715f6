import { checkInput, estimateDuration, MAX_SEGMENTS, ok, tooManySegments, Warnings, type ParsedSegment, type ParseResult } from './parseResult';
import { keepName } from './speakerPrefixes';
import { parseTimestampMs } from '../text/time';
import { splitLines, splitSpeakerPrefix, stripBom } from './textTools';

/**
 * A typed transcript: lines that start with a stamp (`[hh:mm:ss]`, `[mm:ss]`, `(mm:ss)` or a bare
 * `hh:mm:ss`) start a segment; a `Naam:` prefix after the stamp names the speaker; a line without a
 * stamp continues the segment before it. A segment ends where the next starts; the last one's end
 * is estimated from its words. Text before the first stamp (or a file without stamps) is cut into
 * turns at each `Naam:` and laid end to end from 0:00 with estimated times, with a warning, so
 * typed notes still import.
 */
export function parsePlainText(input: string): ParseResult {
  const bad = checkInput(input);
  if (bad) return bad;
  const lines = splitLines(stripBom(input));
  const warnings = new Warnings();
  const segs: (ParsedSegment & { timed: boolean; line: number; body: string; rest: string })[] = [];
  let anyStamp = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const st = leadingStamp(line);
    if (st) anyStamp = true;
    const body = st ? st.rest : line;
    const sp = splitSpeakerPrefix(body);
    const prev = segs[segs.length - 1];
    // After a stamp an unstamped line continues the segment; before any stamp a `Naam:` starts a turn.
    if (!st && prev && (anyStamp || !sp)) {
      prev.text = prev.text ? prev.text + '\n' + body : body;
      continue;
    }
    if (segs.length >= MAX_SEGMENTS) return tooManySegments(i + 1);
    segs.push({ start: st ? st.ms / 1000 : 0, end: 0, speaker: sp ? sp.speaker : null, text: sp ? sp.rest : body, timed: st !== null, line: i + 1, body, rest: sp ? sp.rest : body });
  }
  if (!anyStamp && segs.length > 0) {
    warnings.add(1, 'Geen tijden gevonden: de tijden zijn geschat uit het aantal woorden.', 'No timestamps found: times were estimated from the number of words.');
  }
  // A name seen once while others recur was a chance colon ("Ik dacht: …"): give the text back.
  const count = new Map<string, number>();
  for (const s of segs) if (s.speaker !== null) count.set(s.speaker, (count.get(s.speaker) ?? 0) + 1);
  const anyRecurs = [...count.values()].some((n) => n >= 2);
  for (const s of segs) {
    if (s.speaker !== null && !keepName(s.speaker, count.get(s.speaker)!, anyRecurs)) {
      s.text = s.body + s.text.slice(s.rest.length);
      s.speaker = null;
    }
  }
  let clock = 0;
  let untimedLead = 0;
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k]!;
    if (!s.timed) {
      // Before the first stamp (or in a file without stamps): lay the turns end to end.
      s.start = clock;
      if (anyStamp) untimedLead++;
    }
    const next = segs[k + 1];
    const est = s.start + estimateDuration(s.text);
    if (next && next.timed) {
      if (next.start >= s.start) s.end = next.start;
      else {
        warnings.add(next.line, 'Deze tijd ligt voor de vorige; de volgorde van het bestand is aangehouden.', 'This time comes before the previous one; the file order was kept.');
        s.end = est;
      }
    } else s.end = est;
    clock = s.end;
  }
  if (untimedLead > 0) {
    warnings.add(1, 'Tekst voor de eerste tijd is vanaf 0:00 geplaatst, met geschatte tijden.', 'Text before the first timestamp was placed from 0:00, with estimated times.');
  }
  return ok(
    segs.map((s) => ({ start: s.start, end: s.end, speaker: s.speaker, text: s.text })),
    warnings,
  );
}

/** A stamp at the start of the line and the text after it. */
function leadingStamp(line: string): { ms: number; rest: string } | null {
  const open = line[0];
  if (open === '[' || open === '(') {
    const close = line.indexOf(open === '[' ? ']' : ')');
    if (close < 0 || close > 16) return null;
    const ms = parseTimestampMs(line.slice(1, close).trim());
    if (ms === null) return null;
    return { ms, rest: stripSeparator(line.slice(close + 1)) };
  }
  let end = 0;
  while (end < line.length && end < 16 && /[0-9:.,]/.test(line[end]!)) end++;
  const stamp = line.slice(0, end).replace(/[.,]$/, '');
  if (stamp.split(':').length !== 3) return null;
  const ms = parseTimestampMs(stamp);
  if (ms === null) return null;
  return { ms, rest: stripSeparator(line.slice(end)) };
}

function stripSeparator(s: string): string {
  return s.replace(/^\s*[-–—|]?\s*/, '');
}
