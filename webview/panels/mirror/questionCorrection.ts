import type { MirrorQuestion } from '../../../src/core/analysis/conversationMirror';
import { QUESTION_CLASSES, QUESTION_CLASS_LABELS } from '../../../src/core/analysis/questionClassifier';
import { QUESTION_FUNCTION_LABELS, QUESTION_FUNCTIONS } from '../../../src/core/analysis/questionFunction';
import { correctionEdit } from '../../../src/core/analysis/spiegelCorrections';
import { h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { localText } from '../../../src/core/text/lang';

/**
 * The trio's correction of one question: two choices (kind of question, function in the method),
 * set to what the mirror shows. A change is sent to the host as one undoable edit; choosing the
 * rules' own reading again removes the correction. Read-only sessions show the choices disabled.
 */
export function questionCorrection(ctx: ViewContext, q: MirrorQuestion): HTMLElement {
  const L = (x: { nl: string; en: string }) => localText(ctx.settings.lang, x);
  const found = q.found ?? { form: q.class, function: q.function };
  const readOnly = ctx.store.readOnly;
  const form = h(
    'select',
    { className: 'mirror-correct-form', 'data-key': q.key, 'aria-label': `${ctx.t('mirror.q.correctForm')}: ${q.text}`, disabled: readOnly },
    ...QUESTION_CLASSES.map((c) => h('option', { value: c, selected: c === q.class }, L(QUESTION_CLASS_LABELS[c]))),
  );
  const fn = h(
    'select',
    { className: 'mirror-correct-function', 'data-key': q.key, 'aria-label': `${ctx.t('mirror.q.correctFunction')}: ${q.text}`, disabled: readOnly },
    ...QUESTION_FUNCTIONS.map((f) => h('option', { value: f, selected: f === q.function }, L(QUESTION_FUNCTION_LABELS[f]))),
  );
  const send = () => ctx.store.edit(correctionEdit(q.key, found, form.value, fn.value));
  form.addEventListener('change', send);
  fn.addEventListener('change', send);
  const note = q.corrected
    ? h('span', { className: 'mirror-corrected' }, ` ${ctx.t('mirror.q.corrected')} (${ctx.t('mirror.q.asFound', `${L(QUESTION_CLASS_LABELS[found.form])}, ${L(QUESTION_FUNCTION_LABELS[found.function])}`)})`)
    : null;
  return h('span', { className: 'mirror-correct' }, form, ' ', fn, note);
}
