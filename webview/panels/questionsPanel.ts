import { h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';
import { detailQuestionEdit } from '../../src/core/session/detailEdits';
import { removeQuestionEdit } from '../../src/core/session/questionEdits';
import { ExportMenu } from './questions/exportMenu';
import { QuestionForm } from './questions/questionForm';
import { QuestionList } from './questions/questionList';

/**
 * The Goede-vragen tab: the good questions of this review grouped by kind (with those that
 * details suggested and nobody has put on the list yet), a form to add one freely, and the
 * exports (question list, review report, exchange formats — text only).
 */
export function createQuestionsPanel(ctx: ViewContext): Panel {
  const t = ctx.t;
  const status = h('p', { className: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const announce = (text: string) => void (status.textContent = text);
  const form = new QuestionForm(ctx, announce);
  const addButton = h('button', { type: 'button', className: 'button questions-add' }, t('questions.add'));
  addButton.addEventListener('click', () => form.openNew());
  const list = new QuestionList(ctx, {
    seek: (q) => {
      if (q.time !== null) ctx.clock.seek(q.time);
    },
    edit: (q) => form.openEdit(q),
    remove: (q) => {
      ctx.store.edit(removeQuestionEdit(q.id));
      if (form.editingId === q.id) form.close();
      addButton.focus();
      announce(t('questions.deleted'));
    },
    capture: (detailId) => {
      const d = ctx.store.session?.details.find((x) => x.id === detailId);
      const edit = d ? detailQuestionEdit(d) : null;
      if (edit) ctx.store.edit(edit);
    },
  });
  const exports = new ExportMenu(ctx);
  const element = h('div', { className: 'questions-panel' }, h('div', { className: 'questions-top' }, addButton), form.element, status, list.element, exports.element);
  // Every detail edit can change the suggested questions; while the tab is hidden, redrawing
  // hundreds of them per keystroke elsewhere is wasted, so it waits until the tab is shown.
  let stale: 'no' | 'some' | 'all' = 'no';
  let othersStale = true;
  const redraw = (all: boolean) => {
    if (all || stale === 'all') stale = 'all';
    else stale = 'some';
    if (element.hidden) return;
    if (stale === 'all') list.rebuild();
    else list.render();
    stale = 'no';
  };
  return {
    id: 'questions',
    titleKey: 'tab.questions',
    element,
    update(change) {
      const s = ctx.store.session;
      addButton.disabled = !s || ctx.store.readOnly;
      if (s && ctx.store.readOnly) form.close();
      if (change.kind === 'replace' || change.touched.has('participants') || change.touched.has('meta')) redraw(true);
      else if (change.touched.has('questions') || change.touched.has('details')) redraw(false);
      const editing = form.editingId;
      if (editing && !s?.questions.some((q) => q.id === editing)) form.close();
      // The names offered for replacement follow the texts; found again only while visible.
      othersStale = true;
      if (!element.hidden && othersStale) {
        exports.refreshOthers();
        othersStale = false;
      }
    },
    shown() {
      if (stale !== 'no') redraw(false);
      if (othersStale) exports.refreshOthers();
      othersStale = false;
    },
    focus() {
      addButton.focus();
    },
  };
}
