import { parseEaf } from './parseEaf';
import { parseOtr } from './parseOtr';
import { parsePlainText } from './parsePlainText';
import type { ParseResult, TranscriptFormat } from './parseResult';
import { parseSrt } from './parseSrt';
import { parseVtt } from './parseVtt';
import { parseWhisperJson } from './parseWhisperJson';

const BY_EXTENSION: Record<string, TranscriptFormat> = {
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
  eaf: 'eaf',
  otr: 'otr',
  json: 'json',
  txt: 'txt',
  text: 'txt',
};

/**
 * The format of a transcript file. The extension decides when it is known (so a `.vtt` without its
 * header gets the WebVTT error rather than a guess); `.json` is told apart from oTranscribe by its
 * content; `.txt` and unknown names are sniffed.
 */
export function detectFormat(fileName: string, text: string): TranscriptFormat {
  const dot = fileName.lastIndexOf('.');
  const ext = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const sniffed = sniff(text);
  const known = BY_EXTENSION[ext];
  if (known === 'json' || known === 'otr') return sniffed === 'otr' || sniffed === 'json' ? sniffed : known;
  if (known && known !== 'txt') return known;
  return sniffed;
}

function sniff(text: string): TranscriptFormat {
  // Only the head is looked at, so sniffing stays cheap for big files.
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const t = head.trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(t)) return 'vtt';
  if (t.startsWith('<') && head.includes('ANNOTATION_DOCUMENT')) return 'eaf';
  if (t.startsWith('{') || t.startsWith('[')) {
    if (/"text"\s*:\s*"/.test(head) && /timestamp/.test(head) && !/"segments"\s*:/.test(head)) return 'otr';
    if (t.startsWith('{') || /^\[\s*\{/.test(t)) return 'json';
  }
  if (/^(?:\d+[ \t]*\r?\n)?[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->/.test(t)) return 'srt';
  return 'txt';
}

const PARSERS: Record<TranscriptFormat, (text: string) => ParseResult> = {
  vtt: parseVtt,
  srt: parseSrt,
  eaf: parseEaf,
  otr: parseOtr,
  json: parseWhisperJson,
  txt: parsePlainText,
};

/** Parses with the given format, or the sniffed one when none is given. */
export function parseTranscript(text: string, format?: TranscriptFormat, fileName = ''): ParseResult {
  return PARSERS[format ?? detectFormat(fileName, text)](text);
}
