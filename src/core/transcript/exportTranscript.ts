import type { Segment, Session, Speaker } from '../session/model';
import { formatPaddedClock, formatSrtTime, formatVttTime } from '../text/time';

type TranscriptSource = Pick<Session, 'transcript' | 'speakers'>;

/**
 * Speaker names as they go into an export: one line (every kind of line break and control
 * character becomes a space), no cue arrow. A name is text someone typed, or a colleague's file
 * carried in; it must not be able to start a new cue or line in the export.
 */
export function exportSpeakerName(name: string): string {
  return name
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/-->/g, '->')
    .replace(/\s+/g, ' ')
    .trim();
}

function speakerNames(speakers: readonly Speaker[]): Map<string, string> {
  return new Map(speakers.map((s) => [s.id, exportSpeakerName(s.name)]));
}

/** Line breaks of any kind become `\n`; lines with only spaces go (they would end a cue). */
function cueLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
}

function escapeVtt(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * WebVTT with `<v Name>` voices. `&`, `<` and `>` are escaped in text and names, so `-->` can never
 * appear in a payload (its `>` is escaped) and a name cannot close its voice tag early.
 */
export function toWebVtt(session: TranscriptSource): string {
  const names = speakerNames(session.speakers);
  const out: string[] = ['WEBVTT', ''];
  for (const seg of session.transcript) {
    out.push(`${formatVttTime(seg.start)} --> ${formatVttTime(Math.max(seg.start, seg.end))}`);
    const name = seg.speakerId ? names.get(seg.speakerId) : undefined;
    const lines = cueLines(seg.text).map(escapeVtt);
    if (name !== undefined && name.trim() !== '') {
      const voice = `<v ${escapeVtt(name)}>`;
      out.push(voice + (lines[0] ?? ''), ...lines.slice(1));
    } else out.push(...lines);
    out.push('');
  }
  return out.join('\n');
}

/** SubRip; a speaker is written as a `Naam: ` prefix, the convention our SRT reader recognises. */
export function toSrt(session: TranscriptSource): string {
  const names = speakerNames(session.speakers);
  const out: string[] = [];
  session.transcript.forEach((seg: Segment, k: number) => {
    out.push(String(k + 1), `${formatSrtTime(seg.start)} --> ${formatSrtTime(Math.max(seg.start, seg.end))}`);
    // A line holding only a number or an arrow could be read as a new cue: neutralise the arrow.
    const lines = cueLines(seg.text).map((l) => l.replace(/-->/g, '->'));
    const name = seg.speakerId ? names.get(seg.speakerId) : undefined;
    if (name && lines.length > 0) lines[0] = `${name}: ${lines[0]}`;
    else if (name) lines.push(`${name}:`);
    out.push(...(lines.length > 0 ? lines : ['']), '');
  });
  return out.join('\n');
}

/** `[mm:ss] Naam: text`, one line per segment, for reading and for pasting into a werkblad. */
export function toPlainText(session: TranscriptSource): string {
  const names = speakerNames(session.speakers);
  return session.transcript
    .map((seg) => {
      const name = seg.speakerId ? names.get(seg.speakerId) : undefined;
      const text = cueLines(seg.text).map((l) => l.trim()).join(' ');
      return `[${formatPaddedClock(seg.start)}] ${name ? `${name}: ` : ''}${text}`;
    })
    .join('\n') + (session.transcript.length > 0 ? '\n' : '');
}
