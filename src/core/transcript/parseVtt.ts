import { checkInput, fail, MAX_SEGMENTS, ok, tooManySegments, Warnings, type ParsedSegment, type ParseResult } from './parseResult';
import { parseTimestampMs } from '../text/time';
import { decodeHtmlEntities, splitLines, stripBom } from './textTools';

/**
 * WebVTT, following the W3C parsing rules where they matter for a transcript: the header, NOTE /
 * STYLE / REGION blocks, cue ids, cue settings, `<v Name>` voices, other inline tags dropped,
 * character references decoded. As browsers do (web-platform-tests webvtt/parsing/file-parsing),
 * a cue whose timing line does not parse (bad times, a cue id holding "-->", an end before the
 * start) is skipped and the valid cues are kept; the skipped lines are listed in one warning. A
 * file without a single valid cue is an error naming the first bad line. NUL becomes U+FFFD.
 */
export function parseVtt(input: string): ParseResult {
  const bad = checkInput(input);
  if (bad) return bad;
  const lines = splitLines(stripBom(input).replaceAll('\u0000', '\ufffd'));
  const first = lines[0] ?? '';
  if (!/^WEBVTT(?:[ \t]|$)/.test(first)) {
    return fail(1, 'Geen WebVTT: de eerste regel moet met "WEBVTT" beginnen.', 'Not WebVTT: the first line must start with "WEBVTT".', 1);
  }
  const warnings = new Warnings();
  const segments: ParsedSegment[] = [];
  /** Cues left out for their timing line: the first error (for a file with no valid cue) and all line numbers. */
  let firstError: ParseResult | null = null;
  const skipped: number[] = [];
  let i = 1;
  // The header runs to the first blank line (or to a line that already holds a cue timing).
  while (i < lines.length && lines[i] !== '' && !lines[i]!.includes('-->')) i++;
  while (i < lines.length) {
    if (lines[i] === '' || lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const blockStart = i;
    const head = lines[i]!;
    if (!head.includes('-->') && /^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head)) {
      while (i < lines.length && lines[i]!.trim() !== '') i++;
      continue;
    }
    let timingLine = i;
    if (!head.includes('-->')) {
      // A cue id, then the timing on the next line.
      timingLine = i + 1;
      if (timingLine >= lines.length || !lines[timingLine]!.includes('-->')) {
        while (i < lines.length && lines[i]!.trim() !== '') i++;
        warnings.add(blockStart + 1, 'Blok zonder tijden overgeslagen.', 'Skipped a block without times.');
        continue;
      }
    }
    const timing = parseTiming(lines[timingLine]!, timingLine + 1);
    if ('error' in timing) {
      firstError ??= timing.error;
      skipped.push(timingLine + 1);
      i = timingLine + 1;
      while (i < lines.length && lines[i] !== '') i++;
      continue;
    }
    i = timingLine + 1;
    const payload: string[] = [];
    while (i < lines.length && lines[i] !== '' && !lines[i]!.includes('-->')) {
      payload.push(lines[i]!);
      i++;
    }
    if (segments.length >= MAX_SEGMENTS) return tooManySegments(blockStart + 1);
    const cue = cueText(payload.join('\n'), timingLine + 2, warnings);
    segments.push({ start: timing.start, end: timing.end, speaker: cue.speaker, text: cue.text });
  }
  if (firstError && segments.length === 0) return firstError;
  if (skipped.length) {
    const where = skipped.length > 20 ? `${skipped.slice(0, 20).join(', ')}, …` : skipped.join(', ');
    warnings.add(
      skipped[0]!,
      `${skipped.length} cue(s) overgeslagen omdat de tijdregel niet klopt (regel ${where}); de andere cues zijn ingelezen.`,
      `Skipped ${skipped.length} cue(s) whose timing line is not valid (line ${where}); the other cues were read.`,
    );
  }
  return ok(segments, warnings);
}

type Timing = { start: number; end: number } | { error: ParseResult };

function parseTiming(line: string, lineNo: number): Timing {
  const arrow = line.indexOf('-->');
  const left = line.slice(0, arrow).trim();
  const right = line.slice(arrow + 3).trimStart();
  let cut = 0;
  while (cut < right.length && right[cut] !== ' ' && right[cut] !== '\t') cut++;
  const endText = right.slice(0, cut);
  const start = parseTimestampMs(left, true);
  if (start === null) {
    const col = line.length - line.trimStart().length + 1;
    return { error: fail(lineNo, `Ongeldige begintijd "${clip(left)}".`, `Invalid start time "${clip(left)}".`, col) };
  }
  const end = parseTimestampMs(endText, true);
  if (end === null) {
    const col = arrow + 4 + (line.slice(arrow + 3).length - right.length);
    return { error: fail(lineNo, `Ongeldige eindtijd "${clip(endText)}".`, `Invalid end time "${clip(endText)}".`, col) };
  }
  if (end < start) {
    return {
      error: fail(lineNo, 'Deze cue eindigt voordat hij begint.', 'This cue ends before it starts.', arrow + 1),
    };
  }
  return { start: start / 1000, end: end / 1000 };
}

function clip(s: string): string {
  return s.length > 30 ? s.slice(0, 30) + '…' : s;
}

/**
 * Cue text: the first `<v Name>` (or `<v.class Name>`) gives the speaker; every tag is dropped
 * (so `<i>`, `<c.x>`, `<00:01.000>`), and character references are decoded in the text between.
 */
export function cueText(raw: string, lineNo: number, warnings: Warnings): { speaker: string | null; text: string } {
  let speaker: string | null = null;
  let out = '';
  let pos = 0;
  let otherVoice = false;
  while (pos < raw.length) {
    const lt = raw.indexOf('<', pos);
    if (lt < 0) {
      out += decodeHtmlEntities(raw.slice(pos));
      break;
    }
    out += decodeHtmlEntities(raw.slice(pos, lt));
    const gt = raw.indexOf('>', lt + 1);
    if (gt < 0) {
      warnings.add(lineNo, 'Niet afgesloten "<" in de cue: de rest van de cue is weggelaten.', 'Unclosed "<" in the cue: the rest of the cue was left out.');
      break;
    }
    const tag = raw.slice(lt + 1, gt);
    if (/^v[.\s]/.test(tag)) {
      const ws = tag.search(/[ \t\n]/);
      const name = ws < 0 ? '' : decodeHtmlEntities(tag.slice(ws + 1).trim());
      if (name !== '') {
        if (speaker === null) speaker = name;
        else if (name !== speaker) otherVoice = true;
      }
    }
    pos = gt + 1;
  }
  if (otherVoice) {
    warnings.add(lineNo, `Cue met meer stemmen: als spreker is "${speaker}" genomen.`, `Cue with several voices: "${speaker}" was taken as the speaker.`);
  }
  return { speaker, text: out.trim() };
}
