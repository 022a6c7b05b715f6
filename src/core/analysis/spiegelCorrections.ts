/**
 * The trio's corrections of the Gespreksspiegel: a question read as "gesloten" that the trio hears
 * as an echo, or a function they see differently. Stored in the session (`spiegelCorrections`),
 * keyed by a stable id of the question (segment id + character offset of the sentence), and laid
 * over what the rules found, so the rules' own reading stays visible next to the correction.
 */
import type { Edit } from '../session/edits';
import type { SpiegelCorrection as StoredCorrection } from '../session/model';
import { QUESTION_CLASS_LABELS, QUESTION_CLASSES, type QuestionClass } from './questionClassifier';
import { QUESTION_FUNCTION_LABELS, QUESTION_FUNCTIONS, type QuestionFunction } from './questionFunction';

export type SpiegelCorrection = StoredCorrection;

// The session model spells the ids out (it may not import analysis); these fail to compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const formsAgree: Same<NonNullable<StoredCorrection['form']>, QuestionClass> = true;
const functionsAgree: Same<NonNullable<StoredCorrection['function']>, QuestionFunction> = true;
void formsAgree;
void functionsAgree;

/** "g12:40": the question that starts at character 40 of segment g12. */
export function questionKey(segmentId: string, offset: number): string {
  return `${segmentId}:${offset}`;
}

export function isQuestionClass(x: unknown): x is QuestionClass {
  return typeof x === 'string' && (QUESTION_CLASSES as readonly string[]).includes(x);
}

export function isQuestionFunction(x: unknown): x is QuestionFunction {
  return typeof x === 'string' && (QUESTION_FUNCTIONS as readonly string[]).includes(x);
}

interface Correctable {
  key: string;
  class: QuestionClass;
  label: import('../session/model').LocalText;
  function: QuestionFunction;
  functionLabel: import('../session/model').LocalText;
  corrected?: { form?: QuestionClass; function?: QuestionFunction };
  found?: { form: QuestionClass; function: QuestionFunction };
}

/** The question as the trio corrected it; values the rules do not know are ignored. */
export function applyCorrection<Q extends Correctable>(q: Q, c: SpiegelCorrection | undefined): Q {
  if (!c) return q;
  const form = isQuestionClass(c.form) && c.form !== q.class ? c.form : undefined;
  const fn = isQuestionFunction(c.function) && c.function !== q.function ? c.function : undefined;
  if (!form && !fn) return q;
  return {
    ...q,
    ...(form ? { class: form, label: QUESTION_CLASS_LABELS[form] } : {}),
    ...(fn ? { function: fn, functionLabel: QUESTION_FUNCTION_LABELS[fn] } : {}),
    corrected: { ...(form ? { form } : {}), ...(fn ? { function: fn } : {}) },
    found: { form: q.class, function: q.function },
  };
}

/**
 * The correction to store when the trio picks `form` and `fn` for a question the rules read as
 * `found`: only what differs from the rules' reading; null when nothing does (the correction is removed).
 */
export function correctionFor(found: { form: QuestionClass; function: QuestionFunction }, form: QuestionClass, fn: QuestionFunction): Omit<SpiegelCorrection, 'key'> | null {
  const c = { ...(form !== found.form ? { form } : {}), ...(fn !== found.function ? { function: fn } : {}) };
  return Object.keys(c).length ? c : null;
}

/**
 * The edit that stores the trio's choice for the question `key` as one undoable step; choosing
 * the rules' own reading again removes the correction. A value the rules do not know (a select
 * tampered with, an older build) counts as the rules' reading.
 */
export function correctionEdit(key: string, found: { form: QuestionClass; function: QuestionFunction }, form: string, fn: string): Edit {
  const f = isQuestionClass(form) ? form : found.form;
  const g = isQuestionFunction(fn) ? fn : found.function;
  return { op: 'spiegel', key, correction: correctionFor(found, f, g) };
}
