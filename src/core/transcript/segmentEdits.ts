import { EditError, type Edit } from '../session/edits';
import { newId } from '../session/ids';
import type { Segment, Session } from '../session/model';
import type { ParsedTranscript } from './parseResult';
import { toSessionTranscript } from './toSessionTranscript';

/**
 * Transcript edits as `Edit`s, each one undoable step (a `batch` when it touches several items).
 * They only build the edit; `applyEdit` applies it and gives the inverse. Invalid arguments throw
 * an `EditError`, as `applyEdit` does, so the host reports both the same way. The transcript
 * panel's own actions (save the inline editor, split at the caret, insert at the playhead,
 * delete) are built here too; the webview only sends what they return.
 */

function segment(session: Session, id: string): Segment {
  const s = session.transcript.find((x) => x.id === id);
  if (!s) throw new EditError(`transcript: no segment ${id}`);
  return s;
}

function checkTimes(start: number, end: number): void {
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw new EditError('times must be finite numbers');
  if (start < 0) throw new EditError('a segment cannot start before 0');
  if (end < start) throw new EditError('a segment cannot end before it starts');
}

/** Splits a segment at a moment and a character: the first part keeps the id, the second is new. */
export function splitSegmentEdit(session: Session, segmentId: string, atSec: number, atChar: number): Edit {
  const s = segment(session, segmentId);
  if (!Number.isFinite(atSec) || atSec < s.start || atSec > s.end) throw new EditError('split time must lie within the segment');
  if (!Number.isInteger(atChar) || atChar < 0 || atChar > s.text.length) throw new EditError('split position must lie within the text');
  const second: Segment = { id: newId('g'), start: atSec, end: s.end, speakerId: s.speakerId, text: s.text.slice(atChar).trimStart() };
  return {
    op: 'batch',
    label: 'Segment splitsen',
    edits: [
      { op: 'update', coll: 'transcript', id: s.id, patch: { end: atSec, text: s.text.slice(0, atChar).trimEnd() } },
      // No index: applyEdit places it by time, which matters when segments overlap.
      { op: 'add', coll: 'transcript', item: second },
    ],
  };
}

/** Merges the second segment into the first; details that pointed at the second now point at the first. */
export function mergeSegmentsEdit(session: Session, firstId: string, secondId: string): Edit {
  if (firstId === secondId) throw new EditError('cannot merge a segment with itself');
  const a = segment(session, firstId);
  const b = segment(session, secondId);
  if (b.start < a.start) throw new EditError('the second segment starts before the first');
  const text = a.text === '' ? b.text : b.text === '' ? a.text : `${a.text} ${b.text}`;
  const edits: Edit[] = [
    { op: 'update', coll: 'transcript', id: a.id, patch: { end: Math.max(a.end, b.end), text } },
    { op: 'remove', coll: 'transcript', id: b.id },
  ];
  for (const d of session.details) {
    if (!d.segmentIds.includes(b.id)) continue;
    const ids = d.segmentIds.includes(a.id) ? d.segmentIds.filter((x) => x !== b.id) : d.segmentIds.map((x) => (x === b.id ? a.id : x));
    edits.push({ op: 'update', coll: 'details', id: d.id, patch: { segmentIds: ids } });
  }
  return { op: 'batch', label: 'Segmenten samenvoegen', edits };
}

export interface NewSegment {
  start: number;
  end: number;
  speakerId?: string | null;
  text?: string;
}

/** Adds a segment in time order. */
export function insertSegmentEdit(session: Session, seg: NewSegment): Edit {
  checkTimes(seg.start, seg.end);
  const speakerId = seg.speakerId ?? null;
  if (speakerId !== null && !session.speakers.some((p) => p.id === speakerId)) throw new EditError(`no speaker ${speakerId}`);
  return { op: 'add', coll: 'transcript', item: { id: newId('g'), start: seg.start, end: seg.end, speakerId, text: seg.text ?? '' } };
}

export function setSpeakerEdit(session: Session, segmentId: string, speakerId: string | null): Edit {
  segment(session, segmentId);
  if (speakerId !== null && !session.speakers.some((p) => p.id === speakerId)) throw new EditError(`no speaker ${speakerId}`);
  return { op: 'update', coll: 'transcript', id: segmentId, patch: { speakerId } };
}

/**
 * New times for a segment. When the new start keeps the transcript in time order it is a plain
 * update; otherwise the segment is moved (remove + add), so every view can rely on the order.
 */
export function retimeEdit(session: Session, segmentId: string, start: number, end: number): Edit {
  checkTimes(start, end);
  const s = segment(session, segmentId);
  const l = session.transcript;
  const at = l.indexOf(s);
  const prev = l[at - 1];
  const next = l[at + 1];
  if ((!prev || prev.start <= start) && (!next || start <= next.start)) {
    return { op: 'update', coll: 'transcript', id: segmentId, patch: { start, end } };
  }
  return {
    op: 'batch',
    label: 'Segment verplaatsen',
    edits: [
      { op: 'remove', coll: 'transcript', id: segmentId },
      { op: 'add', coll: 'transcript', item: { ...s, start, end } },
    ],
  };
}

/**
 * Replaces the whole transcript by an imported one, as one step. Existing speakers stay (other
 * items may name them); new names become new speakers. Details lose links to removed segments.
 */
export function importTranscriptEdit(session: Session, parsed: ParsedTranscript): Edit {
  const { speakers, segments } = toSessionTranscript(parsed, session.speakers);
  // Whole-collection replaces: one step, linear in the size of the transcript.
  const edits: Edit[] = [{ op: 'replace', coll: 'transcript', items: segments }];
  if (speakers.length !== session.speakers.length) edits.push({ op: 'replace', coll: 'speakers', items: speakers });
  for (const d of session.details) {
    if (d.segmentIds.length > 0) edits.push({ op: 'update', coll: 'details', id: d.id, patch: { segmentIds: [] } });
  }
  return { op: 'batch', label: 'Transcript importeren', edits };
}

// ---- the transcript panel's actions ------------------------------------------------------

/** What the inline editor holds for one segment. */
export interface SegmentDraft {
  text: string;
  speakerId: string | null;
  start: number;
  end: number;
}

/** Text, speaker and times in one step; null when nothing changed (or no such segment). */
export function saveSegmentEdit(session: Session, id: string, d: SegmentDraft): Edit | null {
  const s = session.transcript.find((x) => x.id === id);
  if (!s) return null;
  const patch: Record<string, unknown> = {};
  if (d.text !== s.text) patch.text = d.text;
  if (d.speakerId !== s.speakerId) patch.speakerId = d.speakerId;
  const timesChanged = d.start !== s.start || d.end !== s.end;
  if (!timesChanged) return Object.keys(patch).length ? { op: 'update', coll: 'transcript', id, patch } : null;
  const moved = retimeEdit(session, id, d.start, d.end);
  if (moved.op === 'update') return { ...moved, patch: { ...patch, ...moved.patch } };
  // A new start that changes the order: the core moves the segment (remove + add); carry the new text along.
  const item: Segment = { ...s, text: d.text, speakerId: d.speakerId, start: d.start, end: d.end };
  return { op: 'batch', label: 'Segment bewerken', edits: [{ op: 'remove', coll: 'transcript', id }, { op: 'add', coll: 'transcript', item }] };
}

/** The nearest word boundary to a character position, so a proportional split does not cut a word. */
function nearestBoundary(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  for (let d = 0; d < text.length; d++) {
    if (text[at - d] === ' ') return at - d;
    if (text[at + d] === ' ') return at + d;
  }
  return at;
}

/**
 * Where to split: at the playhead when it lies inside the segment (the text at the caret, or the
 * proportional place), otherwise at the caret with a proportional time.
 */
export function splitPoint(seg: Segment, text: string, caret: number | null, playhead: number): { atSec: number; atChar: number } {
  const len = text.length;
  const dur = seg.end - seg.start;
  const inside = playhead > seg.start && playhead < seg.end;
  if (inside) {
    const atChar = caret ?? nearestBoundary(text, Math.round((len * (playhead - seg.start)) / dur));
    return { atSec: playhead, atChar: Math.max(0, Math.min(atChar, len)) };
  }
  const atChar = Math.max(0, Math.min(caret ?? nearestBoundary(text, Math.round(len / 2)), len));
  const atSec = len > 0 ? seg.start + (dur * atChar) / len : seg.start + dur / 2;
  // Tenths, as the editor shows times; kept inside the segment.
  return { atSec: Math.min(seg.end, Math.max(seg.start, Math.round(atSec * 10) / 10)), atChar };
}

/** Splits using the text as it stands in the editor (it may hold unsaved changes); null: no such segment. */
export function splitAtEdit(session: Session, id: string, text: string, caret: number | null, playhead: number): Edit | null {
  const seg = session.transcript.find((x) => x.id === id);
  if (!seg) return null;
  const { atSec, atChar } = splitPoint(seg, text, caret, playhead);
  const patched: Session = { ...session, transcript: session.transcript.map((x) => (x.id === id ? { ...x, text } : x)) };
  // The core's first step sets the first part's text explicitly, so unsaved editor text is kept.
  return splitSegmentEdit(patched, id, atSec, atChar);
}

/** Removes a segment, and the links details had to it, in one step. */
export function deleteSegmentEdit(session: Session, id: string): Edit {
  const edits: Edit[] = [{ op: 'remove', coll: 'transcript', id }];
  for (const d of session.details) {
    if (d.segmentIds.includes(id)) edits.push({ op: 'update', coll: 'details', id: d.id, patch: { segmentIds: d.segmentIds.filter((x) => x !== id) } });
  }
  return edits.length === 1 ? edits[0]! : { op: 'batch', label: 'Segment verwijderen', edits };
}

/** A new empty segment at the playhead, spoken by whoever spoke just before. */
export function insertAtEdit(session: Session, t: number, duration: number): Edit {
  const start = Math.max(0, Math.round(t * 10) / 10);
  const end = duration > start ? Math.min(duration, start + 3) : start + 3;
  let before: Segment | undefined;
  for (const s of session.transcript) {
    if (s.start > start) break;
    before = s;
  }
  return insertSegmentEdit(session, { start, end, speakerId: before?.speakerId ?? null, text: '' });
}
