import { EditError, type Edit } from '../session/edits';
import { newId } from '../session/ids';
import type { Segment, Session } from '../session/model';
import type { ParsedTranscript } from './parseResult';
import { toSessionTranscript } from './toSessionTranscript';

/**
 * Transcript edits as `Edit`s, each one undoable step (a `batch` when it touches several items).
 * They only build the edit; `applyEdit` applies it and gives the inverse. Invalid arguments throw
 * an `EditError`, as `applyEdit` does, so the host reports both the same way.
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
