import { PALETTE } from '../framework/builtinFrameworks';
import type { Edit } from '../session/edits';
import { newId } from '../session/ids';
import type { LocalText, Segment, Session, Speaker, WordTiming } from '../session/model';
import { t } from '../text/lang';

/** A segment as the speech engine gives it: speakers are numbered 0, 1, 2… in order of clustering. */
export interface RecognisedSegment {
  start: number;
  end: number;
  speaker: number;
  text: string;
  words?: WordTiming[];
}

/**
 * What to do with a transcript that is already there. Never a silent merge: `replace` swaps the
 * rows (one undo brings them back), `keepBoth` keeps the old rows and adds the new ones under
 * speakers of their own ("Spreker 1 (automatisch)"), so the two can be told apart and compared.
 */
export type ImportMode = 'replace' | 'keepBoth';

export interface TranscriptImportOptions {
  mode: ImportMode;
  lang: 'nl' | 'en';
  /** Injected so tests get stable ids. */
  newId?: (prefix: string) => string;
}

export interface TranscriptImport {
  edit: Edit;
  /** The speakers made for this import, in the engine's order (for "wie is wie?"). */
  speakers: Speaker[];
  segments: Segment[];
}

export const IMPORT_LABEL: LocalText = { nl: 'Transcript maken', en: 'Make transcript' };

export function automaticSpeakerName(n: number, mode: ImportMode, lang: 'nl' | 'en'): string {
  const base = t(lang, `Spreker ${n}`, `Speaker ${n}`);
  return mode === 'keepBoth' ? `${base} ${t(lang, '(automatisch)', '(automatic)')}` : base;
}

/** Rounds to milliseconds: engines give float noise (12.340000000001) that only bloats the file. */
const ms = (t: number) => Math.max(0, Math.round(t * 1000) / 1000);

/**
 * Builds the one undoable edit that brings a recognised transcript into a session: a batch of a
 * `replace` of `speakers` and a `replace` of `transcript`. Existing speakers always stay (questions
 * and roles may point at them); on `replace` a speaker of the same name ("Spreker 1") is reused,
 * so running it again keeps the names and roles the coach gave in "wie is wie?".
 */
export function transcriptImportEdit(session: Session, recognised: readonly RecognisedSegment[], opts: TranscriptImportOptions): TranscriptImport {
  const makeId = opts.newId ?? newId;
  const speakers = session.speakers.slice();
  const used = new Set(speakers.map((s) => s.colour.toLowerCase()));
  const bySpeaker = new Map<number, Speaker>();
  const made: Speaker[] = [];
  const order = [...new Set(recognised.map((r) => r.speaker))].sort((a, b) => a - b);
  for (const k of order) {
    const name = automaticSpeakerName(k + 1, opts.mode, opts.lang);
    let sp = opts.mode === 'replace' ? speakers.find((s) => s.name === name) : undefined;
    if (!sp) {
      const colour = PALETTE.find((c) => !used.has(c.toLowerCase())) ?? PALETTE[speakers.length % PALETTE.length]!;
      used.add(colour.toLowerCase());
      sp = { id: makeId('sp'), name, role: 'anders', colour };
      speakers.push(sp);
    }
    bySpeaker.set(k, sp);
    made.push(sp);
  }
  const segments: Segment[] = recognised.map((r) => {
    const seg: Segment = { id: makeId('g'), start: ms(r.start), end: ms(Math.max(r.start, r.end)), speakerId: bySpeaker.get(r.speaker)!.id, text: r.text.trim() };
    if (r.words?.length) seg.words = r.words.map((w) => ({ start: ms(w.start), end: ms(Math.max(w.start, w.end)), text: w.text }));
    return seg;
  });
  const kept = opts.mode === 'keepBoth' ? session.transcript : [];
  // Stable sort: old rows before new ones at the same start, each in its own order.
  const transcript = [...kept, ...segments].sort((a, b) => a.start - b.start);
  return {
    speakers: made,
    segments,
    edit: {
      op: 'batch',
      label: IMPORT_LABEL[opts.lang],
      edits: [
        { op: 'replace', coll: 'speakers', items: speakers },
        { op: 'replace', coll: 'transcript', items: transcript },
      ],
    },
  };
}

/** Speech regions as empty rows to type into (one undoable edit; existing rows stay). */
export function emptyRowsEdit(session: Session, regions: readonly { start: number; end: number }[], lang: 'nl' | 'en', makeId: (p: string) => string = newId): Edit {
  const rows: Segment[] = regions.map((r) => ({ id: makeId('g'), start: ms(r.start), end: ms(Math.max(r.start, r.end)), speakerId: null, text: '' }));
  const transcript = [...session.transcript, ...rows].sort((a, b) => a.start - b.start);
  return { op: 'batch', label: t(lang, 'Spraakstukken als lege regels', 'Speech regions as empty rows'), edits: [{ op: 'replace', coll: 'transcript', items: transcript }] };
}

/**
 * Where "wie is wie?" plays a voice: two seconds from the start of the speaker's first turn of at
 * least two seconds (a short "ja" tells nobody who it is), else of their longest turn.
 */
export function voiceSample(transcript: readonly Segment[], speakerId: string, seconds = 2): { start: number; end: number } | null {
  const own = transcript.filter((s) => s.speakerId === speakerId);
  if (!own.length) return null;
  const long = own.find((s) => s.end - s.start >= seconds) ?? own.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return { start: long.start, end: Math.min(long.end, long.start + seconds) };
}
