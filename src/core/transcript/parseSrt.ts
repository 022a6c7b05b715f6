import { checkInput, fail, MAX_SEGMENTS, ok, tooManySegments, Warnings, type ParsedSegment, type ParseResult } from './parseResult';
import { speakerPrefixes } from './speakerPrefixes';
import { parseTimestampMs } from '../text/time';
import { splitLines, stripBom } from './textTools';

const isBlank = (s: string): boolean => s.trim() === '';
const isIndex = (s: string): boolean => /^\s*\d+\s*$/.test(s);

/**
 * SubRip. Lenient where files in the wild differ (comma or dot before the milliseconds, missing or
 * wrong numbers, trailing spaces, blank lines inside a cue, a BOM), strict about times: a timing
 * line that does not parse, or a cue that ends before it starts, is an error naming its line.
 *
 * Speakers: SRT has none of its own. A `Naam:` or `[Naam]` prefix is taken as the speaker only when
 * more than half of the cues carry one (then it is a convention of this file, not a chance colon),
 * and a name seen only once is ignored when other names recur (see speakerPrefixes); otherwise the
 * speaker is null and the text stays as written.
 */
export function parseSrt(input: string): ParseResult {
  const bad = checkInput(input);
  if (bad) return bad;
  const lines = splitLines(stripBom(input));
  const warnings = new Warnings();
  const cues: (ParsedSegment & { line: number })[] = [];
  let expected = 1;
  let numberingWarned = false;
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    const blockLine = i + 1;
    let timingAt = i;
    if (!lines[i]!.includes('-->')) {
      if (isIndex(lines[i]!) && i + 1 < lines.length && lines[i + 1]!.includes('-->')) {
        if (Number(lines[i]!.trim()) !== expected && !numberingWarned) {
          numberingWarned = true;
          warnings.add(blockLine, 'De nummering van de ondertitels klopt niet; genegeerd.', 'The subtitle numbering is off; ignored.');
        }
        timingAt = i + 1;
      } else {
        // Text outside any cue: skip up to the next blank line, and say so.
        while (i < lines.length && !isBlank(lines[i]!)) i++;
        warnings.add(blockLine, 'Tekst zonder tijden overgeslagen.', 'Skipped text without times.');
        continue;
      }
    } else if (!numberingWarned) {
      numberingWarned = true;
      warnings.add(blockLine, 'Ondertitel zonder nummer; genegeerd.', 'Subtitle without a number; ignored.');
    }
    expected++;
    const timingLine = lines[timingAt]!;
    const arrow = timingLine.indexOf('-->');
    const startText = timingLine.slice(0, arrow).trim();
    const endText = timingLine.slice(arrow + 3).trim().split(/\s+/)[0] ?? '';
    const start = parseTimestampMs(startText);
    const end = parseTimestampMs(endText);
    if (start === null) return fail(timingAt + 1, `Ongeldige begintijd "${startText.slice(0, 30)}".`, `Invalid start time "${startText.slice(0, 30)}".`, 1);
    if (end === null) return fail(timingAt + 1, `Ongeldige eindtijd "${endText.slice(0, 30)}".`, `Invalid end time "${endText.slice(0, 30)}".`, arrow + 4);
    if (end < start) return fail(timingAt + 1, 'Deze ondertitel eindigt voordat hij begint.', 'This subtitle ends before it starts.', arrow + 1);
    i = timingAt + 1;
    const text: string[] = [];
    while (i < lines.length) {
      if (isBlank(lines[i]!)) {
        // A blank line ends the cue only if what follows starts a new cue; skip the whole run at once.
        let j = i;
        while (j < lines.length && isBlank(lines[j]!)) j++;
        if (j >= lines.length || startsCue(lines, j)) {
          i = j;
          break;
        }
        i = j;
        continue;
      }
      if (lines[i]!.includes('-->')) break;
      if (isIndex(lines[i]!) && i + 1 < lines.length && lines[i + 1]!.includes('-->')) break;
      text.push(lines[i]!.trimEnd());
      i++;
    }
    if (cues.length >= MAX_SEGMENTS) return tooManySegments(blockLine);
    cues.push({ start: start / 1000, end: end / 1000, speaker: null, text: stripSrtTags(text.join('\n')).trim(), line: blockLine });
  }
  // Text without a single cue is not a subtitle file: importing it would replace the transcript with nothing.
  if (cues.length === 0 && warnings.list.length > 0) {
    const first = warnings.list[0]!;
    return fail(first.line, 'Geen enkele ondertitel met tijden gevonden; is dit wel een SRT-bestand?', 'Not a single subtitle with times found; is this an SRT file?');
  }
  return ok(applySpeakerConvention(cues), warnings);
}

function startsCue(lines: string[], j: number): boolean {
  const l = lines[j]!;
  if (l.includes('-->')) return true;
  return isIndex(l) && j + 1 < lines.length && lines[j + 1]!.includes('-->');
}

/** The formatting tags SRT players know (`<i>`, `<b>`, `<u>`, `<s>`, `<font …>`) and `{\an8}` overrides. */
function stripSrtTags(s: string): string {
  if (s.indexOf('<') < 0 && s.indexOf('{') < 0) return s;
  return s.replace(/<\/?(?:i|b|u|s|font)(?:\s[^<>]*)?>/gi, '').replace(/\{\\[^{}]*\}/g, '');
}

function applySpeakerConvention(cues: (ParsedSegment & { line: number })[]): ParsedSegment[] {
  const named = speakerPrefixes(
    cues.map((c) => c.text),
    true,
  );
  return cues.map((c, k) => ({ start: c.start, end: c.end, speaker: named[k]!.speaker, text: named[k]!.text }));
}
