/**
 * Precision, recall and F1 of the question classifier against a labelled set
 * (test/fixtures/analysis/question-eval.json). Pure: the caller reads the file.
 */
import { BASE_EMOTION_WORDS, compileEmotionWords } from './emotionWords';
import { classifyUtterance, QUESTION_CLASSES, type QuestionClass } from './questionClassifier';
import { echoesOf, findQuestionFunctions, QUESTION_FUNCTIONS, type QuestionFunction } from './questionFunction';

export type EvalLabel = QuestionClass | 'geen';
export const EVAL_LABELS: readonly EvalLabel[] = [...QUESTION_CLASSES, 'geen'];

export interface EvalItem {
  id: string;
  split: 'dev' | 'test';
  text: string;
  label: EvalLabel;
  /** The function in the method of the last question, or 'geen'. */
  function?: FunctionLabel;
  /** The student's turn just before, where the item echoes it. */
  context?: string;
}

export type FunctionLabel = QuestionFunction | 'geen';
export const FUNCTION_EVAL_LABELS: readonly FunctionLabel[] = [...QUESTION_FUNCTIONS, 'geen'];

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport<L extends string = EvalLabel> {
  n: number;
  accuracy: number;
  /** Mean F1 over all labels (for forms: the seven classes and 'geen'). */
  macroF1: number;
  perClass: Record<L, ClassScore>;
  errors: { id: string; text: string; expected: L; got: L }[];
}

function score<L extends string>(items: readonly { id: string; text: string }[], labels: readonly L[], expected: (i: number) => L, got: (i: number) => L): EvalReport<L> {
  const tp = new Map<L, number>();
  const fp = new Map<L, number>();
  const fn = new Map<L, number>();
  const inc = (m: Map<L, number>, k: L) => m.set(k, (m.get(k) ?? 0) + 1);
  const errors: EvalReport<L>['errors'] = [];
  items.forEach((it, i) => {
    const e = expected(i);
    const g = got(i);
    if (g === e) inc(tp, g);
    else {
      inc(fp, g);
      inc(fn, e);
      errors.push({ id: it.id, text: it.text, expected: e, got: g });
    }
  });
  const perClass = {} as Record<L, ClassScore>;
  for (const l of labels) {
    const t = tp.get(l) ?? 0;
    const p = t + (fp.get(l) ?? 0) === 0 ? 0 : t / (t + (fp.get(l) ?? 0));
    const r = t + (fn.get(l) ?? 0) === 0 ? 0 : t / (t + (fn.get(l) ?? 0));
    perClass[l] = { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), support: t + (fn.get(l) ?? 0) };
  }
  // Labels without a single item in the set are left out of the mean (no 0 for a class nobody wrote).
  const counted = labels.filter((l) => perClass[l].support > 0 || (fp.get(l) ?? 0) > 0);
  const macroF1 = counted.length ? counted.reduce((s, l) => s + perClass[l].f1, 0) / counted.length : 0;
  const correct = items.length - errors.length;
  return { n: items.length, accuracy: items.length ? correct / items.length : 0, macroF1, perClass, errors };
}

const baseMatcher = () => compileEmotionWords(BASE_EMOTION_WORDS);

/** The form of the last question of each item. */
export function evaluateClassifier(items: readonly EvalItem[], classify?: (text: string) => EvalLabel): EvalReport {
  const m = baseMatcher();
  const c = classify ?? ((text: string, ctx?: string) => classifyUtterance(text, { echoes: echoesOf(ctx, m) }));
  return score(items, EVAL_LABELS, (i) => items[i]!.label, (i) => (c as (t: string, ctx?: string) => EvalLabel)(items[i]!.text, items[i]!.context));
}

/** The function of the last question of each item (items without a function label are skipped). */
export function evaluateFunctions(items: readonly EvalItem[]): EvalReport<FunctionLabel> {
  const m = baseMatcher();
  const labelled = items.filter((i) => i.function !== undefined);
  const got = labelled.map((it) => findQuestionFunctions(it.text, it.context, m).pop()?.function ?? 'geen');
  return score(labelled, FUNCTION_EVAL_LABELS, (i) => labelled[i]!.function!, (i) => got[i]!);
}
