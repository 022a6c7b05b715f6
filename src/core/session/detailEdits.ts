import type { Edit } from './edits';
import { newId, nowIso } from './ids';
import type { Detail, FeedbackKind, Question, Segment, SuggestedQuestion } from './model';
import { segmentIdsOverlapping } from './timeSpan';

/**
 * Detail edits, built here so the pause-and-tag form, the details list and the questions tab
 * make them the same way; the webview only sends what they return. A detail is linked to the
 * transcript segments its time overlaps (the one overlap rule in timeSpan.ts).
 */

/** What the pause-and-tag form collects; the rest of a Detail is filled in here. */
export interface DetailDraft {
  start: number;
  end: number | null;
  tags: string[];
  see: string;
  meaning: string;
  deepen: string;
  feedback: FeedbackKind | null;
  question: SuggestedQuestion | null;
}

/** Keeps times valid for the host's schema (finite, ≥ 0, two decimals are plenty). */
export function cleanTime(t: number): number {
  return Number.isFinite(t) && t > 0 ? Math.round(t * 100) / 100 : 0;
}

function cleanQuestion(q: SuggestedQuestion | null): SuggestedQuestion | null {
  return q && q.text.trim() ? { text: q.text.trim(), type: q.type } : null;
}

export function newDetail(draft: DetailDraft, authorId: string | null, transcript: readonly Segment[]): Detail {
  const fields = detailPatch(draft, transcript);
  return { id: newId('d'), ...fields, authorId, createdAt: fields.updatedAt };
}

/** The fields an edit of an existing detail changes (its author and creation stay). */
export function detailPatch(draft: DetailDraft, transcript: readonly Segment[]): Omit<Detail, 'id' | 'authorId' | 'createdAt'> {
  const start = cleanTime(draft.start);
  const end = draft.end === null ? null : Math.max(start, cleanTime(draft.end));
  return {
    start,
    end,
    tags: [...draft.tags],
    see: draft.see.trim(),
    meaning: draft.meaning.trim(),
    deepen: draft.deepen.trim(),
    feedback: draft.feedback,
    question: cleanQuestion(draft.question),
    segmentIds: segmentIdsOverlapping(transcript, { start, end }),
    updatedAt: nowIso(),
  };
}

/** A detail's suggested question, put on the list of good questions. */
export function questionFromDetail(d: Detail): Question | null {
  if (!d.question || !d.question.text.trim()) return null;
  return {
    id: newId('q'),
    text: d.question.text,
    type: d.question.type,
    proposedBy: d.authorId,
    time: d.start,
    speakerId: null,
    source: 'detail',
    detailId: d.id,
    tags: [...d.tags],
    note: '',
    createdAt: nowIso(),
  };
}

/** Adds a new detail or updates the one being edited, as one step; `id` is the detail's id. */
export function saveDetailEdit(draft: DetailDraft, editingId: string | null, authorId: string | null, transcript: readonly Segment[]): { edit: Edit; id: string } {
  if (editingId !== null) return { edit: { op: 'update', coll: 'details', id: editingId, patch: { ...detailPatch(draft, transcript) } }, id: editingId };
  const item = newDetail(draft, authorId, transcript);
  return { edit: { op: 'add', coll: 'details', item }, id: item.id };
}

export function removeDetailEdit(id: string): Edit {
  return { op: 'remove', coll: 'details', id };
}

/** Puts a detail's suggested question on the list of good questions; null when it has none. */
export function detailQuestionEdit(d: Detail): Edit | null {
  const item = questionFromDetail(d);
  return item ? { op: 'add', coll: 'questions', item } : null;
}
