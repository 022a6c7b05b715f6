import type { LocalText } from '../session/model';

/** Where a parser found something wrong; `line` is 1-based, `column` 1-based when known. */
export interface ParseProblem {
  line: number;
  column?: number;
  message: LocalText;
}

export interface ParsedSegment {
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  /** The speaker's name as found in the file, or null. */
  speaker: string | null;
  text: string;
}

export interface ParsedTranscript {
  segments: ParsedSegment[];
}

export type ParseResult =
  | { ok: true; transcript: ParsedTranscript; warnings: ParseProblem[] }
  | { ok: false; error: ParseProblem };

export type TranscriptFormat = 'vtt' | 'srt' | 'eaf' | 'otr' | 'json' | 'txt';
export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = ['vtt', 'srt', 'eaf', 'otr', 'json', 'txt'];

/** Hard limits, so a hostile or mistaken file cannot exhaust memory or time. */
export const MAX_INPUT_CHARS = 20 * 1024 * 1024;
export const MAX_SEGMENTS = 100_000;
/** After this many warnings one summary warning stands for the rest (a broken file can warn a lot). */
export const MAX_WARNINGS = 200;

export function problem(line: number, nl: string, en: string, column?: number): ParseProblem {
  return column === undefined ? { line, message: { nl, en } } : { line, column, message: { nl, en } };
}

export function fail(line: number, nl: string, en: string, column?: number): ParseResult {
  return { ok: false, error: problem(line, nl, en, column) };
}

/** The checks every parser makes before it looks at the text. */
export function checkInput(text: string): ParseResult | null {
  if (typeof text !== 'string') return fail(1, 'Geen tekst gekregen.', 'No text was given.');
  if (text.length > MAX_INPUT_CHARS) {
    return fail(
      1,
      `Het bestand is te groot (meer dan ${MAX_INPUT_CHARS / 1024 / 1024} MB); een transcript is zelden zo groot.`,
      `The file is too large (over ${MAX_INPUT_CHARS / 1024 / 1024} MB); a transcript is rarely that big.`,
    );
  }
  return null;
}

export function tooManySegments(line: number): ParseResult {
  return fail(
    line,
    `Te veel segmenten (meer dan ${MAX_SEGMENTS}); het bestand is niet ingelezen.`,
    `Too many segments (over ${MAX_SEGMENTS}); the file was not imported.`,
  );
}

/** Collects warnings up to MAX_WARNINGS, then counts the rest in one closing warning. */
export class Warnings {
  readonly list: ParseProblem[] = [];
  private dropped = 0;
  private firstDroppedLine = 0;

  add(line: number, nl: string, en: string, column?: number): void {
    if (this.list.length < MAX_WARNINGS) this.list.push(problem(line, nl, en, column));
    else if (this.dropped++ === 0) this.firstDroppedLine = line;
  }

  done(): ParseProblem[] {
    if (this.dropped > 0) {
      this.list.push(
        problem(
          this.firstDroppedLine,
          `En nog ${this.dropped} waarschuwingen vanaf hier.`,
          `And ${this.dropped} more warnings from here on.`,
        ),
      );
      this.dropped = 0;
    }
    return this.list;
  }
}

export function ok(segments: ParsedSegment[], warnings: Warnings): ParseResult {
  return { ok: true, transcript: { segments }, warnings: warnings.done() };
}

/** Seconds a stretch of speech takes, guessed from its words (about 2.5 words a second). */
export function estimateDuration(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(1, Math.round((words / 2.5) * 1000) / 1000);
}
