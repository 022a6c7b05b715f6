import { cleanTime } from './detailEdits';
import type { Edit } from './edits';
import { newId, nowIso } from './ids';
import type { Question, QuestionOrigin, QuestionType, Segment } from './model';

/**
 * Edits of the list of good questions, built here so the Goede-vragen form and the transcript's
 * "goede vraag" popover make them the same way; the webview only sends what they return. A
 * question taken from a detail is built in detailEdits.ts (`detailQuestionEdit`).
 */

export const QUESTION_TYPES: readonly QuestionType[] = ['verbredend', 'verdiepend', 'anders'];
const ORIGINS: readonly QuestionOrigin[] = ['asked', 'suggested'];

export function isQuestionType(x: unknown): x is QuestionType {
  return typeof x === 'string' && (QUESTION_TYPES as readonly string[]).includes(x);
}

/** Words selected in the transcript longer than this are not a question; the rest is cut off. */
const SELECTION_MAX = 2000;

/**
 * Words selected in a segment, kept as a question that was asked there: its moment and speaker
 * are the segment's, `proposedBy` is whoever put it on the list. Null when no words are left
 * once trimmed, or the kind is unknown.
 */
export function transcriptQuestionEdit(seg: Segment, words: string, type: QuestionType, proposedBy: string | null): { edit: Edit; id: string } | null {
  const text = words.trim().slice(0, SELECTION_MAX);
  if (!text || !isQuestionType(type)) return null;
  const item: Question = {
    id: newId('q'),
    text,
    type,
    proposedBy,
    time: seg.start,
    speakerId: seg.speakerId,
    source: 'transcript',
    detailId: null,
    tags: [],
    note: '',
    createdAt: nowIso(),
    origin: 'asked',
  };
  return { edit: { op: 'add', coll: 'questions', item }, id: item.id };
}

/** What the question form collects. */
export interface QuestionDraft {
  text: string;
  type: QuestionType | string;
  origin: QuestionOrigin | string;
  tags: readonly string[];
  proposedBy: string | null;
  note: string;
  /** The moment in the recording, or null for a question without one. */
  time: number | null;
}

/**
 * A question added by hand, or the changes to the one being edited (`editingId`), as one step.
 * Text and note are trimmed; the time is kept valid (cleanTime). Null when the text is empty or
 * the kind is not chosen: the form says which before it gets here.
 */
export function saveQuestionEdit(draft: QuestionDraft, editingId: string | null): Edit | null {
  const text = draft.text.trim();
  if (!text || !isQuestionType(draft.type)) return null;
  const fields = {
    text,
    type: draft.type,
    // An unknown origin is a suggestion, as a question typed by hand is by default.
    origin: (ORIGINS as readonly string[]).includes(draft.origin) ? (draft.origin as QuestionOrigin) : 'suggested',
    tags: [...draft.tags],
    proposedBy: draft.proposedBy || null,
    note: draft.note.trim(),
    time: draft.time === null ? null : cleanTime(draft.time),
  };
  if (editingId !== null) return { op: 'update', coll: 'questions', id: editingId, patch: fields };
  return { op: 'add', coll: 'questions', item: { id: newId('q'), ...fields, speakerId: null, source: 'free', detailId: null, createdAt: nowIso() } };
}

export function removeQuestionEdit(id: string): Edit {
  return { op: 'remove', coll: 'questions', id };
}
