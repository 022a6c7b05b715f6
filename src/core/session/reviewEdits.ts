import type { Edit } from './edits';
import { nowIso } from './ids';
import type { ReviewContext, Session } from './model';

/**
 * Edits of the review's set-up (the context a gives, the leervraag) and the trio's agreed focus,
 * built here so every section changes them the same way; the webview only sends what they
 * return. Texts are stored as typed: a multi-line answer keeps its lines.
 */

export const CONTEXT_KEYS: readonly (keyof ReviewContext)[] = ['opleiding', 'leerjaar', 'niveau', 'aanleiding', 'voorafgaand', 'plek'];

/** The list with `id` added at the end, or without it when it was there. */
export function toggleId(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** One field of the context, the others kept. Null when the value is the stored one or the field unknown. */
export function contextEdit(session: Session, key: keyof ReviewContext, value: string): Edit | null {
  if (!CONTEXT_KEYS.includes(key) || session.review.context[key] === value) return null;
  return { op: 'review', patch: { context: { ...session.review.context, [key]: value } } };
}

/**
 * A new wording of the leervraag. a sharpens it during the review: an earlier wording that was
 * not blank goes into the history (with `at`), in the same undo step. Null when nothing changes.
 */
export function leervraagEdit(session: Session, value: string, at: string = nowIso()): Edit | null {
  const old = session.review.leervraag;
  if (old === value) return null;
  if (old.trim() === '') return { op: 'review', patch: { leervraag: value } };
  return { op: 'review', patch: { leervraag: value, leervraagHistory: [...session.review.leervraagHistory, { text: old, at }] } };
}

/** Adds a tag to the trio's focus for the second viewing, or takes it off. */
export function toggleFocusEdit(session: Session, tagId: string): Edit {
  return { op: 'review', patch: { focus: toggleId(session.review.focus, tagId) } };
}
