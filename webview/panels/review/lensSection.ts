import type { Framework, Tag } from '../../../src/core/session/model';
import { toggleLensEdit } from '../../../src/core/session/participantEdits';
import { toggleFocusEdit } from '../../../src/core/session/reviewEdits';
import { clear, h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { collapsible, local, touches, type Section } from './reviewKit';

/** Toggle chips for the framework's tags, grouped (gespreksverloop, houding, …). */
function tagChips(ctx: ViewContext, fw: Framework, selected: readonly string[], label: string, onToggle: (tagId: string) => void): HTMLElement {
  const box = h('div', { className: 'review-lens', role: 'group', 'aria-label': label });
  const groups: { id: string | null; title: string; tags: Tag[] }[] = fw.groups.map((g) => ({ id: g.id, title: local(ctx, g.label), tags: [] }));
  const rest: Tag[] = [];
  for (const t of fw.tags) {
    const g = groups.find((x) => x.id === t.group);
    (g ? g.tags : rest).push(t);
  }
  if (rest.length > 0) groups.push({ id: null, title: ctx.t('review.group.none'), tags: rest });
  for (const g of groups) {
    if (g.tags.length === 0) continue;
    const row = h('div', { className: 'review-chips', role: 'group', 'aria-label': g.title });
    for (const t of g.tags) {
      const on = selected.includes(t.id);
      const chip = h('button', { type: 'button', className: `chip${on ? ' chip-on' : ''}`, 'aria-pressed': String(on), 'data-tag': t.id, disabled: ctx.store.readOnly, onclick: () => onToggle(t.id) }, `${t.key} ${local(ctx, t.label)}`);
      row.append(chip);
    }
    box.append(h('div', { className: 'review-group-title muted' }, g.title), row);
  }
  return box;
}

/** Each observer's lens (the uitgangspunten they look through) and the trio's agreed focus. */
export function createLensSection(ctx: ViewContext): Section {
  const sec = collapsible('lens', ctx.t('review.lens.title'), false);
  const observers = h('div', { className: 'review-observers' });
  const focus = h('div', { className: 'review-focus' });
  sec.body.append(h('p', { className: 'muted' }, ctx.t('review.lens.hint')), observers, h('h4', {}, ctx.t('review.focus.title')), focus);

  const render = () => {
    const s = ctx.store.session;
    clear(observers);
    clear(focus);
    if (!s) return;
    const obs = s.participants.filter((p) => p.role !== 'a');
    if (obs.length === 0) observers.append(h('p', { className: 'muted' }, ctx.t('review.lens.none')));
    for (const p of obs) {
      const title = ctx.t('review.lens.of', `${p.name || p.role} (${p.role})`);
      observers.append(
        h('h4', {}, title),
        p.lens.length === 0 ? h('p', { className: 'muted' }, ctx.t('review.lens.empty')) : '',
        tagChips(ctx, s.framework, p.lens, title, (id) => {
          const edit = toggleLensEdit(s, p.id, id);
          if (edit) ctx.store.edit(edit);
        }),
      );
    }
    focus.append(tagChips(ctx, s.framework, s.review.focus, ctx.t('review.focus.title'), (id) => ctx.store.edit(toggleFocusEdit(s, id))));
  };

  return {
    element: sec.element,
    update(change) {
      if (!touches(change, 'participants', 'review', 'meta')) return;
      // Keep keyboard focus on the chip that was pressed: the redraw replaces the buttons.
      const active = sec.body.ownerDocument.activeElement as HTMLElement | null;
      const tag = active && sec.body.contains(active) ? active.dataset.tag : undefined;
      const groupLabel = active?.closest('.review-lens')?.getAttribute('aria-label');
      render();
      if (tag && groupLabel) {
        const box = [...sec.body.querySelectorAll<HTMLElement>('.review-lens')].find((b) => b.getAttribute('aria-label') === groupLabel);
        [...(box?.querySelectorAll<HTMLElement>('[data-tag]') ?? [])].find((b) => b.dataset.tag === tag)?.focus();
      }
    },
  };
}
