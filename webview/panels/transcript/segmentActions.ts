import type { Edit } from '../../../src/core/session/edits';
import type { Segment, Session } from '../../../src/core/session/model';
import { insertSegmentEdit, retimeEdit, splitSegmentEdit } from '../../../src/core/transcript';

/**
 * The transcript panel's edits, built from the core's segment edits. Pure: they read the session
 * and return one `Edit` (one undo step); the panel only sends it.
 */

export interface SegmentDraft {
  text: string;
  speakerId: string | null;
  start: number;
  end: number;
}

/** Text, speaker and times in one step; null when nothing changed. */
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

/** Splits using the text as it stands in the editor (it may hold unsaved changes). */
export function splitEdit(session: Session, id: string, text: string, caret: number | null, playhead: number): Edit | null {
  const seg = session.transcript.find((x) => x.id === id);
  if (!seg) return null;
  const { atSec, atChar } = splitPoint(seg, text, caret, playhead);
  const patched: Session = { ...session, transcript: session.transcript.map((x) => (x.id === id ? { ...x, text } : x)) };
  // The core's first step sets the first part's text explicitly, so unsaved editor text is kept.
  return splitSegmentEdit(patched, id, atSec, atChar);
}

export function nextSegment(session: Session, id: string): Segment | null {
  const i = session.transcript.findIndex((x) => x.id === id);
  return i >= 0 ? (session.transcript[i + 1] ?? null) : null;
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
