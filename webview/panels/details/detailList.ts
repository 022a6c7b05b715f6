import type { Detail, Session } from '../../../src/core/session/model';
import { h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { sortDetails, type DetailSort } from './detailDisplay';
import { renderDetailItem, type ItemEnv } from './detailItem';
import type { UiStringKey } from '../../../src/protocol/uiStrings';

interface Entry {
  detail: Detail;
  captured: boolean;
  el: HTMLLIElement;
}

export interface DetailActions {
  seek(d: Detail): void;
  edit(d: Detail): void;
  remove(d: Detail): void;
  toQuestion(d: Detail): void;
}

/** Filter values: '' means all, NONE means "no tag" / "nobody". */
const NONE = '-';

/**
 * The list of details, sortable and filterable. Rendering is keyed: an item is rebuilt only
 * when its Detail object changed (edits replace just the changed item), and the DOM is put in
 * order by moving the few nodes that are out of place, so one edit among 2,000 stays cheap.
 */
export class DetailList {
  readonly element: HTMLElement;
  private readonly list = h('ul', { className: 'detail-list' });
  private readonly count = h('span', { className: 'muted details-count' });
  private readonly empty: HTMLElement;
  private readonly sortSel: HTMLSelectElement;
  private readonly tagSel: HTMLSelectElement;
  private readonly authorSel: HTMLSelectElement;
  private entries = new Map<string, Entry>();
  private env: ItemEnv | null = null;
  private selected: string | null = null;
  /** Ids in the order they were last put in the DOM. */
  private order: string[] = [];

  constructor(
    private readonly ctx: ViewContext,
    private readonly actions: DetailActions,
  ) {
    const t = ctx.t;
    const opt = (value: string, text: string) => h('option', { value }, text);
    this.sortSel = h('select', { className: 'field', 'aria-label': t('details.sort') }, opt('time', t('details.sort.time')), opt('tag', t('details.sort.tag')), opt('author', t('details.sort.author')));
    this.tagSel = h('select', { className: 'field', 'aria-label': t('details.filter.tag') });
    this.authorSel = h('select', { className: 'field', 'aria-label': t('details.filter.author') });
    for (const s of [this.sortSel, this.tagSel, this.authorSel]) s.addEventListener('change', () => this.render());
    const labelled = (key: UiStringKey, sel: HTMLSelectElement) => h('label', { className: 'details-filter' }, h('span', { 'aria-hidden': 'true' }, t(key)), sel);
    this.empty = h('p', { className: 'panel-empty', hidden: true }, t('details.empty'));
    this.element = h(
      'div',
      { className: 'details-listwrap' },
      h('div', { className: 'details-toolbar' }, labelled('details.sort', this.sortSel), labelled('details.filter.tag', this.tagSel), labelled('details.filter.author', this.authorSel), this.count),
      this.empty,
      this.list,
    );
    this.list.addEventListener('click', (e) => this.onClick(e));
  }

  get sort(): DetailSort {
    return this.sortSel.value as DetailSort;
  }

  setSort(by: DetailSort): void {
    this.sortSel.value = by;
    this.render();
  }

  /** Everything changed that every item shows (tags, people, language, read-only): rebuild all. */
  rebuild(): void {
    const s = this.ctx.store.session;
    this.entries.clear();
    this.order = [];
    this.list.replaceChildren();
    if (!s) return;
    this.env = {
      t: this.ctx.t,
      lang: this.ctx.settings.lang,
      tags: new Map(s.framework.tags.map((x) => [x.id, x])),
      people: new Map(s.participants.map((p) => [p.id, p])),
      readOnly: this.ctx.store.readOnly,
    };
    this.fillFilters(s);
    this.render();
  }

  render(): void {
    const s = this.ctx.store.session;
    const env = this.env;
    if (!s || !env) return;
    const captured = new Set<string>();
    for (const q of s.questions) if (q.detailId) captured.add(q.detailId);
    const tagF = this.tagSel.value;
    const authorF = this.authorSel.value;
    const visible = s.details.filter(
      (d) => (tagF === '' || (tagF === NONE ? d.tags.length === 0 : d.tags.includes(tagF))) && (authorF === '' || (authorF === NONE ? d.authorId === null : d.authorId === authorF)),
    );
    const order = this.sort === 'time' && isTimeOrdered(visible) ? visible : sortDetails(visible, this.sort, indexOf(s.framework.tags), indexOf(s.participants));
    const wanted = new Set<string>();
    const els: HTMLLIElement[] = [];
    for (const d of order) {
      wanted.add(d.id);
      const cap = captured.has(d.id);
      let e = this.entries.get(d.id);
      if (!e || e.detail !== d || e.captured !== cap) {
        const el = renderDetailItem(d, cap, env);
        if (d.id === this.selected) el.classList.add('di-selected');
        if (e) e.el.replaceWith(el);
        e = { detail: d, captured: cap, el };
        this.entries.set(d.id, e);
      }
      els.push(e.el);
    }
    for (const [id, e] of this.entries) {
      if (!wanted.has(id)) {
        e.el.remove();
        this.entries.delete(id);
      }
    }
    // Most edits change one item in place (replaceWith kept its spot): then nothing moves.
    if (!sameOrder(this.order, order)) {
      let cursor = this.list.firstChild;
      for (const el of els) {
        if (cursor === el) cursor = cursor.nextSibling;
        else this.list.insertBefore(el, cursor);
      }
    }
    this.order = order.map((d) => d.id);
    this.count.textContent = this.ctx.t('details.count', order.length, s.details.length);
    this.empty.hidden = s.details.length > 0;
  }

  /** Scrolls to a detail and marks it (a lane marker was clicked); clears filters that hide it. */
  select(id: string): void {
    if (!this.entries.has(id) && this.ctx.store.session?.details.some((d) => d.id === id)) {
      this.tagSel.value = '';
      this.authorSel.value = '';
      this.render();
    }
    const prev = this.selected ? this.entries.get(this.selected) : undefined;
    prev?.el.classList.remove('di-selected');
    this.selected = id;
    const e = this.entries.get(id);
    if (!e) return;
    e.el.classList.add('di-selected');
    e.el.scrollIntoView?.({ block: 'nearest' });
    e.el.focus({ preventScroll: true });
  }

  itemElement(id: string): HTMLLIElement | undefined {
    return this.entries.get(id)?.el;
  }

  private fillFilters(s: Session): void {
    const t = this.ctx.t;
    const keep = (sel: HTMLSelectElement, options: [string, string][]) => {
      const was = sel.value;
      sel.replaceChildren(...options.map(([value, text]) => h('option', { value }, text)));
      sel.value = options.some(([v]) => v === was) ? was : '';
    };
    keep(this.tagSel, [['', t('details.filter.all')], ...s.framework.tags.map((x): [string, string] => [x.id, `${x.key ? `${x.key} ` : ''}${x.label[this.ctx.settings.lang]}`]), [NONE, t('details.filter.noTag')]]);
    keep(this.authorSel, [['', t('details.filter.all')], ...s.participants.map((p): [string, string] => [p.id, p.name || p.role.toUpperCase()]), [NONE, t('details.noAuthor')]]);
  }

  private onClick(e: MouseEvent): void {
    const btn = (e.target as HTMLElement).closest('[data-action]');
    const li = btn?.closest('li[data-id]');
    if (!btn || !li) return;
    const d = this.entries.get(li.getAttribute('data-id')!)?.detail;
    if (!d) return;
    const action = btn.getAttribute('data-action');
    if (action === 'seek') this.actions.seek(d);
    else if (action === 'edit') this.actions.edit(d);
    else if (action === 'delete') this.actions.remove(d);
    else if (action === 'toQuestion') this.actions.toQuestion(d);
  }
}

function sameOrder(ids: readonly string[], ds: readonly Detail[]): boolean {
  if (ids.length !== ds.length) return false;
  for (let i = 0; i < ds.length; i++) if (ids[i] !== ds[i]!.id) return false;
  return true;
}

function indexOf(items: readonly { id: string }[]): Map<string, number> {
  return new Map(items.map((x, i) => [x.id, i]));
}

/** The session keeps details in time order; checking is cheaper than sorting 2,000 again. */
function isTimeOrdered(ds: readonly Detail[]): boolean {
  for (let i = 1; i < ds.length; i++) if (ds[i]!.start < ds[i - 1]!.start) return false;
  return true;
}
