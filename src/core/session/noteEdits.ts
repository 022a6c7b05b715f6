import type { Edit } from './edits';
import { newId, nowIso } from './ids';
import type { Note, NoteKind } from './model';

/**
 * Notes of the steps of a round (a question to clarify, an observation, a's reply, a
 * feedforward), built here so every note box makes them the same way; the webview only sends
 * what they return.
 */

/** Notes made while watching carry the moment in the recording; the others are about the round. */
export const TIMED_NOTE_KINDS: ReadonlySet<NoteKind> = new Set(['observation']);

/**
 * A new note: the text trimmed, and for a note made while watching its moment in tenths of a
 * second, never below 0 (a moment that is not a number leaves the note without one rather than
 * at a wrong place). Null when no text is left.
 */
export function addNoteEdit(kind: NoteKind, text: string, authorId: string | null, moment: number | null): { edit: Edit; id: string } | null {
  const clean = text.trim();
  if (clean === '') return null;
  const time = TIMED_NOTE_KINDS.has(kind) && moment !== null && Number.isFinite(moment) ? Math.max(0, Math.round(moment * 10) / 10) : null;
  const item: Note = { id: newId('n'), kind, authorId: authorId || null, time, text: clean, createdAt: nowIso() };
  return { edit: { op: 'add', coll: 'notes', item }, id: item.id };
}

export function removeNoteEdit(id: string): Edit {
  return { op: 'remove', coll: 'notes', id };
}
