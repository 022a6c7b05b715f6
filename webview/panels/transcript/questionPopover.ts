import { newId, nowIso } from '../../../src/core/session/ids';
import type { Question, QuestionType, Segment } from '../../../src/core/session/model';
import { h, icon } from '../../dom';
import type { ViewContext } from '../../viewContext';

const TYPES: QuestionType[] = ['verbredend', 'verdiepend', 'anders'];

/**
 * Words selected in a row's text can become a "goede vraag" for the trainer's list. The question
 * is added at once (type "anders"); the popover then offers verbredend / verdiepend / anders.
 */
export class QuestionPopover {
  readonly element: HTMLElement;
  private questionId: string | null = null;

  constructor(private readonly ctx: ViewContext) {
    this.element = h('div', { className: 'kk-tr-qpop', role: 'dialog', 'aria-label': ctx.t('transcript.question.label'), hidden: true });
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.hide();
      }
    });
  }

  hide(): void {
    this.element.hidden = true;
    this.questionId = null;
  }

  /** Offers the action for words of one segment, placed under the selection (`top`/`left` within the list). */
  offer(seg: Segment, words: string, top: number, left: number): void {
    const t = this.ctx.t;
    this.questionId = null;
    this.element.style.top = `${top}px`;
    this.element.style.left = `${left}px`;
    this.element.replaceChildren(
      h('button', { type: 'button', className: 'button', 'data-action': 'good-question', onclick: () => this.add(seg, words) }, icon('star-empty'), ' ', t('transcript.question.add')),
      this.closeButton(),
    );
    this.element.hidden = false;
  }

  private closeButton(): HTMLElement {
    const t = this.ctx.t;
    return h('button', { type: 'button', className: 'icon-button', title: t('transcript.question.close'), 'aria-label': t('transcript.question.close'), onclick: () => this.hide() }, icon('close'));
  }

  private add(seg: Segment, words: string): void {
    const q: Question = {
      id: newId('q'),
      text: words.slice(0, 2000),
      type: 'anders',
      proposedBy: this.ctx.author(),
      time: seg.start,
      speakerId: seg.speakerId,
      source: 'transcript',
      detailId: null,
      tags: [],
      note: '',
      createdAt: nowIso(),
    };
    this.ctx.store.edit({ op: 'add', coll: 'questions', item: q });
    this.questionId = q.id;
    this.chooseType('anders');
  }

  private chooseType(current: QuestionType): void {
    const t = this.ctx.t;
    const buttons = TYPES.map((ty) =>
      h('button', { type: 'button', className: `chip${ty === current ? ' chip-on' : ''}`, 'aria-pressed': String(ty === current), 'data-type': ty, onclick: () => this.setType(ty) }, t(`transcript.question.${ty}`)),
    );
    this.element.replaceChildren(h('span', { className: 'kk-tr-qpop-done' }, icon('check'), ' ', t('transcript.question.added')), h('span', { className: 'muted' }, t('transcript.question.kind')), ...buttons, this.closeButton());
    buttons[0]!.focus();
  }

  private setType(ty: QuestionType): void {
    if (!this.questionId) return;
    if (ty !== 'anders') this.ctx.store.edit({ op: 'update', coll: 'questions', id: this.questionId, patch: { type: ty } });
    this.hide();
  }
}
