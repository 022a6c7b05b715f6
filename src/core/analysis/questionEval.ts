/**
 * Precision, recall and F1 of the question classifier against a labelled set
 * (test/fixtures/analysis/question-eval.json). Pure: the caller reads the file.
 */
import { classifyUtterance, QUESTION_CLASSES, type QuestionClass } from './questionClassifier';

export type EvalLabel = QuestionClass | 'geen';
export const EVAL_LABELS: readonly EvalLabel[] = [...QUESTION_CLASSES, 'geen'];

export interface EvalItem {
  id: string;
  split: 'dev' | 'test';
  text: string;
  label: EvalLabel;
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  n: number;
  accuracy: number;
  /** Mean F1 over all seven labels (the six classes and 'geen'). */
  macroF1: number;
  perClass: Record<EvalLabel, ClassScore>;
  errors: { id: string; text: string; expected: EvalLabel; got: EvalLabel }[];
}

export function evaluateClassifier(items: readonly EvalItem[], classify: (text: string) => EvalLabel = classifyUtterance): EvalReport {
  const tp = new Map<EvalLabel, number>();
  const fp = new Map<EvalLabel, number>();
  const fn = new Map<EvalLabel, number>();
  const inc = (m: Map<EvalLabel, number>, k: EvalLabel) => m.set(k, (m.get(k) ?? 0) + 1);
  const errors: EvalReport['errors'] = [];
  for (const it of items) {
    const got = classify(it.text);
    if (got === it.label) inc(tp, got);
    else {
      inc(fp, got);
      inc(fn, it.label);
      errors.push({ id: it.id, text: it.text, expected: it.label, got });
    }
  }
  const perClass = {} as Record<EvalLabel, ClassScore>;
  for (const l of EVAL_LABELS) {
    const t = tp.get(l) ?? 0;
    const p = t + (fp.get(l) ?? 0) === 0 ? 0 : t / (t + (fp.get(l) ?? 0));
    const r = t + (fn.get(l) ?? 0) === 0 ? 0 : t / (t + (fn.get(l) ?? 0));
    perClass[l] = { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), support: t + (fn.get(l) ?? 0) };
  }
  const macroF1 = EVAL_LABELS.reduce((s, l) => s + perClass[l].f1, 0) / EVAL_LABELS.length;
  const correct = items.length - errors.length;
  return { n: items.length, accuracy: items.length ? correct / items.length : 0, macroF1, perClass, errors };
}
