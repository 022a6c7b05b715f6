import { detailQuestionEdit, removeDetailEdit } from '../../src/core/session/detailEdits';
import { DetailForm } from './details/detailForm';
import { DetailList } from './details/detailList';
import { h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';

/**
 * The Details tab: the list of what the trio paused at, and the pause-and-tag form (which lives
 * in `ctx.formSlot`, beside the player). The form opens from the "+ Detail" button and from the
 * `tagHere` view event (key t / Enter); `selectDetail` scrolls to a detail and selects it.
 */
export function createDetailsPanel(ctx: ViewContext): Panel {
  const t = ctx.t;
  const status = h('p', { className: 'sr-only details-status', role: 'status', 'aria-live': 'polite' });
  const hint = h('p', { className: 'muted details-hint' });
  const announce = (text: string) => {
    status.textContent = text;
    hint.textContent = text;
  };
  // The host confirms an edit asynchronously; the saved detail gets focus once it is in the list.
  let focusWhenListed: string | null = null;
  const focusSaved = (): void => {
    if (!focusWhenListed || !ctx.store.session?.details.some((d) => d.id === focusWhenListed)) return;
    const id = focusWhenListed;
    focusWhenListed = null;
    ctx.showTab('details');
    list.select(id);
  };
  const form = new DetailForm(ctx, announce, (id) => {
    focusWhenListed = id;
    focusSaved();
  });
  ctx.formSlot.append(form.element);
  const addButton = h('button', { type: 'button', className: 'button details-add', title: t('details.addHint') }, t('details.add'));
  addButton.addEventListener('click', () => {
    ctx.clock.pause();
    form.openNew(ctx.clock.time);
  });
  const list = new DetailList(ctx, {
    seek: (d) => ctx.clock.seek(d.start),
    edit: (d) => form.openEdit(d),
    remove: (d) => {
      const li = list.itemElement(d.id);
      const next = (li?.nextElementSibling ?? li?.previousElementSibling) as HTMLElement | null;
      ctx.store.edit(removeDetailEdit(d.id));
      if (form.editingId === d.id) form.close();
      next?.focus();
      announce(t('details.deleted'));
    },
    toQuestion: (d) => {
      const edit = detailQuestionEdit(d);
      if (!edit) return;
      ctx.store.edit(edit);
      announce(t('details.questionAdded'));
    },
  });
  const element = h('div', { className: 'details-panel' }, h('div', { className: 'details-top' }, addButton, hint), status, list.element);

  ctx.events.on('tagHere', (time) => form.openNew(Number.isFinite(time) ? time : ctx.clock.time));
  ctx.events.on('selectDetail', (id) => list.select(id));

  return {
    id: 'details',
    titleKey: 'tab.details',
    element,
    update(change) {
      const s = ctx.store.session;
      addButton.disabled = !s || ctx.store.readOnly;
      if (change.kind === 'replace' || change.touched.has('participants') || change.touched.has('meta')) list.rebuild();
      else if (change.touched.has('details') || change.touched.has('questions')) list.render();
      const editing = form.editingId;
      if (editing && !s?.details.some((d) => d.id === editing)) form.close();
      if (s && ctx.store.readOnly) form.close();
      focusSaved();
    },
    focus() {
      addButton.focus();
    },
  };
}
