import { unlistedSuggestions } from '../../../src/core/questions/questionBank';
import { questionOrigin } from '../../../src/core/questions/questionOrigin';
import type { Question, QuestionOrigin, QuestionType, Session } from '../../../src/core/session/model';
import { formatClock } from '../../../src/core/text/time';
import { h, icon } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { shortLabel } from '../details/detailDisplay';

export interface QuestionActions {
  seek(q: Question): void;
  edit(q: Question): void;
  remove(q: Question): void;
  /** A detail's suggested question that is not on the list yet. */
  capture(detailId: string): void;
}

const TYPES: QuestionType[] = ['verbredend', 'verdiepend', 'anders'];

/** The list's groups: asked, then suggested (each per type), then what is not on the list yet. */
interface GroupDef {
  key: string;
  origin: QuestionOrigin | null;
  type: QuestionType | null;
}
const GROUPS: GroupDef[] = [
  ...(['asked', 'suggested'] as const).flatMap((origin) => TYPES.map((type) => ({ key: `${origin}-${type}`, origin, type }))),
  { key: 'unlisted', origin: null, type: null },
];

/** Drafts from details carry the id "d:<detailId>" (see questionBank.questionsFromDetail). */
const isDraft = (q: Question) => q.id.startsWith('d:');

/**
 * The session's good questions: those asked in the recording apart from those observers
 * suggested, each grouped by kind with counts; below them the questions that details suggested
 * but nobody has put on the list yet (those are not exported until someone does).
 */
export class QuestionList {
  readonly element = h('div', { className: 'question-groups' });
  private readonly empty: HTMLElement;
  private readonly groups = new Map<string, { section: HTMLElement; head: HTMLElement; ul: HTMLUListElement }>();
  private readonly originHeads = new Map<QuestionOrigin, HTMLElement>();
  /** Drawn items by question id; `src` is the object they were drawn from (a detail, for drafts). */
  private drawn = new Map<string, { src: object; el: HTMLLIElement; q: Question }>();

  constructor(
    private readonly ctx: ViewContext,
    private readonly actions: QuestionActions,
  ) {
    this.empty = h('p', { className: 'panel-empty', hidden: true }, ctx.t('questions.empty'));
    this.element.append(this.empty);
    for (const g of GROUPS) {
      if (g.origin && g.type === TYPES[0]) {
        const oh = h('h3', { className: `qg-origin qg-origin-${g.origin}`, hidden: true }, ctx.t(`questions.origin.${g.origin}`));
        this.originHeads.set(g.origin, oh);
        this.element.append(oh);
      }
      const head = h(g.origin ? 'h4' : 'h3', { className: 'qg-title', id: `qg-${g.key}` });
      const ul = h('ul', { className: 'question-list', 'aria-labelledby': head.id });
      const section = h('section', { className: `question-group qg-${g.key}`, 'data-group': g.key, hidden: true }, head, ul);
      this.groups.set(g.key, { section, head, ul });
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
    const drafts = unlistedSuggestions(s);
    const details = new Map(s.details.map((d) => [d.id, d]));
    const keep = new Set<string>();
    for (const def of GROUPS) {
      const g = this.groups.get(def.key)!;
      const qs = def.origin ? s.questions.filter((q) => questionOrigin(q) === def.origin && q.type === def.type) : drafts;
      g.section.hidden = qs.length === 0;
      g.head.textContent = this.ctx.t('questions.groupCount', this.ctx.t(def.type ? `questions.group.${def.type}` : 'questions.group.unlisted'), qs.length);
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
    for (const [origin, oh] of this.originHeads) oh.hidden = !s.questions.some((q) => questionOrigin(q) === origin);
    this.empty.hidden = s.questions.length + drafts.length > 0;
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
    // Who asked it in the recording is not who put it on the list: both are named, each for what they did.
    const asked = !draft && questionOrigin(q) === 'asked';
    const speaker = asked ? s.speakers.find((sp) => sp.id === q.speakerId) : undefined;
    if (speaker) meta.append(h('span', { className: 'qi-asked' }, t('questions.askedBy', speaker.name)));
    const who = s.participants.find((p) => p.id === q.proposedBy);
    if (who) meta.append(h('span', { className: 'qi-by' }, t(asked ? 'questions.listedBy' : 'questions.by', who.name || who.role.toUpperCase())));
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
