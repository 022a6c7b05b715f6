import type { QuestionType, Segment } from '../../../src/core/session/model';
import { QUESTION_TYPES, transcriptQuestionEdit } from '../../../src/core/session/questionEdits';
import { h, icon } from '../../dom';
import type { ViewContext } from '../../viewContext';

/**
 * Words selected in a row's text can become a "goede vraag" for the trainer's list: first the
 * kind is chosen (verbredend / verdiepend / anders, each with its meaning), then it is added.
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
      h('button', { type: 'button', className: 'button', 'data-action': 'good-question', onclick: () => this.chooseType(seg, words) }, icon('star-empty'), ' ', t('transcript.question.add')),
      this.closeButton(),
    );
    this.element.hidden = false;
  }

  private closeButton(): HTMLElement {
    const t = this.ctx.t;
    return h('button', { type: 'button', className: 'icon-button', title: t('transcript.question.close'), 'aria-label': t('transcript.question.close'), onclick: () => this.hide() }, icon('close'));
  }

  /**
   * The kind is chosen before the question goes on the list (no silent "anders"), with the
   * method's meaning beside each choice. The question keeps who asked it (the segment's speaker)
   * apart from who put it on the list (the one noting now).
   */
  private chooseType(seg: Segment, words: string): void {
    const t = this.ctx.t;
    const meaning = h('p', { className: 'muted kk-tr-qpop-meaning', 'aria-live': 'polite' });
    const buttons = QUESTION_TYPES.map((ty) => {
      const b = h('button', { type: 'button', className: 'chip', 'data-type': ty, title: t(`questions.type.${ty}`), onclick: () => this.add(seg, words, ty) }, t(`transcript.question.${ty}`));
      b.addEventListener('focus', () => void (meaning.textContent = t(`questions.type.${ty}`)));
      b.addEventListener('mouseenter', () => void (meaning.textContent = t(`questions.type.${ty}`)));
      return b;
    });
    this.element.replaceChildren(h('span', { className: 'muted' }, t('transcript.question.kind')), ...buttons, this.closeButton(), meaning);
    buttons[0]!.focus();
  }

  private add(seg: Segment, words: string, type: QuestionType): void {
    const made = transcriptQuestionEdit(seg, words, type, this.ctx.author());
    if (!made) return this.hide();
    this.ctx.store.edit(made.edit);
    this.questionId = made.id;
    this.element.replaceChildren(h('span', { className: 'kk-tr-qpop-done', role: 'status' }, icon('check'), ' ', this.ctx.t('transcript.question.added')), this.closeButton());
  }
}
