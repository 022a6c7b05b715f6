import { decodeText, type TextEncodingName } from '../text/decodeText';
import { parseTranscript } from './detectFormat';
import type { ParseProblem, ParseResult, TranscriptFormat } from './parseResult';

export type DecodedTranscript = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: ParseProblem };

/** A transcript file's bytes as text (UTF-8, UTF-16 or Windows-1252), or the problem in the parsers' shape. */
export function decodeTranscript(bytes: Uint8Array): DecodedTranscript {
  const d = decodeText(bytes);
  return d.ok ? d : { ok: false, error: { line: d.line, message: d.message } };
}

/** What an import of a file gives: the parse result, and the encoding it was read as (when it could be read). */
export type TranscriptFileResult = ParseResult & { encoding?: TextEncodingName };

/**
 * The one way a transcript file becomes segments: decode its bytes, then parse in the given
 * format or the one its name and content suggest. Every importer (CLI, host) goes through here
 * or through `decodeTranscript`, so no file is ever read as UTF-8 by assumption.
 */
export function parseTranscriptFile(bytes: Uint8Array, fileName: string, format?: TranscriptFormat): TranscriptFileResult {
  const d = decodeTranscript(bytes);
  if (!d.ok) return d;
  return { ...parseTranscript(d.text, format, fileName), encoding: d.encoding };
}
