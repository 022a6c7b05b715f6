import { sessionQuestions } from '../../../src/core/questions/questionBank';
import type { Question, QuestionType, Session } from '../../../src/core/session/model';
import { formatClock } from '../../../src/core/text/time';
import { h, icon } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { shortLabel } from '../details/detailDraft';

export interface QuestionActions {
  seek(q: Question): void;
  edit(q: Question): void;
  remove(q: Question): void;
  /** A detail's suggested question that is not on the list yet. */
  capture(detailId: string): void;
}

const TYPES: QuestionType[] = ['verbredend', 'verdiepend', 'anders'];

/** Drafts from details carry the id "d:<detailId>" (see questionBank.questionsFromDetail). */
const isDraft = (q: Question) => q.id.startsWith('d:');

/**
 * The session's good questions grouped by kind, with counts, including the questions that
 * details suggested but nobody has put on the list yet.
 */
export class QuestionList {
  readonly element = h('div', { className: 'question-groups' });
  private readonly empty: HTMLElement;
  private readonly groups = new Map<QuestionType, { section: HTMLElement; head: HTMLElement; ul: HTMLUListElement }>();
  /** Drawn items by question id; `src` is the object they were drawn from (a detail, for drafts). */
  private drawn = new Map<string, { src: object; el: HTMLLIElement; q: Question }>();

  constructor(
    private readonly ctx: ViewContext,
    private readonly actions: QuestionActions,
  ) {
    this.empty = h('p', { className: 'panel-empty', hidden: true }, ctx.t('questions.empty'));
    this.element.append(this.empty);
    for (const type of TYPES) {
      const head = h('h3', { className: 'qg-title', id: `qg-${type}` });
      const ul = h('ul', { className: 'question-list', 'aria-labelledby': head.id });
      const section = h('section', { className: `question-group qg-${type}`, hidden: true }, head, ul);
      this.groups.set(type, { section, head, ul });
      this.element.append(section);
    }
    this.element.addEventListener('click', (e) => this.onClick(e));
  }

  /** Names, tags or read-only changed: every item is drawn again. */
  rebuild(): void {
    for (const d of this.drawn.values()) d.el.remove();
    this.drawn.clear();
    this.render();
  }

  /**
   * Keyed like the details list: a detail edit re-derives the suggested questions, but only the
   * items whose question or detail object changed are drawn again.
   */
  render(): void {
    const s = this.ctx.store.session;
    if (!s) return;
    const all = sessionQuestions(s);
    const details = new Map(s.details.map((d) => [d.id, d]));
    const keep = new Set<string>();
    for (const type of TYPES) {
      const g = this.groups.get(type)!;
      const qs = all.filter((q) => q.type === type);
      g.section.hidden = qs.length === 0;
      g.head.textContent = this.ctx.t('questions.groupCount', this.ctx.t(`questions.group.${type}`), qs.length);
      let cursor = g.ul.firstChild;
      for (const q of qs) {
        keep.add(q.id);
        const src: object = isDraft(q) ? (details.get(q.detailId ?? '') ?? q) : q;
        let d = this.drawn.get(q.id);
        if (!d || d.src !== src) {
          const el = this.item(q, s);
          if (d) {
            if (cursor === d.el) cursor = el; // the new item takes the old one's place
            d.el.replaceWith(el);
          }
          d = { src, el, q };
          this.drawn.set(q.id, d);
        }
        if (cursor === d.el) cursor = cursor.nextSibling;
        else g.ul.insertBefore(d.el, cursor);
      }
    }
    for (const [id, d] of this.drawn) {
      if (!keep.has(id)) {
        d.el.remove();
        this.drawn.delete(id);
      }
    }
    this.empty.hidden = all.length > 0;
  }

  private item(q: Question, s: Session): HTMLLIElement {
    const t = this.ctx.t;
    const lang = this.ctx.settings.lang;
    const draft = isDraft(q);
    const li = h('li', { className: `question-item${draft ? ' question-draft' : ''}`, 'data-id': q.id });
    const head = h('div', { className: 'qi-head' });
    if (q.time !== null) head.append(h('button', { type: 'button', className: 'qi-time', 'data-action': 'seek', 'aria-label': t('questions.seek', formatClock(q.time)) }, formatClock(q.time)));
    head.append(h('span', { className: 'qi-text' }, q.text));
    li.append(head);
    const meta = h('div', { className: 'qi-meta muted' });
    const who = s.participants.find((p) => p.id === q.proposedBy);
    if (who) meta.append(h('span', { className: 'qi-by' }, t('questions.by', who.name || who.role.toUpperCase())));
    for (const id of q.tags) {
      const tag = s.framework.tags.find((x) => x.id === id);
      const full = tag ? tag.label[lang] : id;
      const sw = h('span', { className: 'swatch', 'aria-hidden': 'true' });
      if (tag) sw.style.background = tag.colour;
      meta.append(h('span', { className: 'tag-chip', title: full }, sw, h('span', { 'aria-hidden': 'true' }, shortLabel(full, 18)), h('span', { className: 'sr-only' }, full)));
    }
    if (draft) meta.append(h('span', { className: 'qi-draft' }, icon('lightbulb'), ` ${t('questions.fromDetail')}`));
    if (meta.firstChild) li.append(meta);
    if (q.note) li.append(h('p', { className: 'qi-note' }, q.note));
    if (!this.ctx.store.readOnly) {
      const actions = h('div', { className: 'qi-actions' });
      if (draft) actions.append(h('button', { type: 'button', className: 'button button-secondary', 'data-action': 'capture' }, icon('add'), ` ${t('questions.capture')}`));
      else {
        actions.append(h('button', { type: 'button', className: 'icon-button', 'data-action': 'edit', 'aria-label': t('questions.edit'), title: t('questions.edit') }, icon('edit')));
        actions.append(h('button', { type: 'button', className: 'icon-button', 'data-action': 'delete', 'aria-label': t('questions.delete'), title: t('questions.delete') }, icon('trash')));
      }
      li.append(actions);
    }
    return li;
  }

  private onClick(e: MouseEvent): void {
    const btn = (e.target as HTMLElement).closest('[data-action]');
    const li = btn?.closest('li[data-id]');
    const q = li ? this.drawn.get(li.getAttribute('data-id')!)?.q : undefined;
    if (!btn || !q) return;
    const action = btn.getAttribute('data-action');
    if (action === 'seek') this.actions.seek(q);
    else if (action === 'edit') this.actions.edit(q);
    else if (action === 'delete') this.actions.remove(q);
    else if (action === 'capture' && q.detailId) this.actions.capture(q.detailId);
  }
}
