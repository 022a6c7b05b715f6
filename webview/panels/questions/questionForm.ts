import { questionOrigin } from '../../../src/core/questions/questionOrigin';
import type { Question, QuestionOrigin, QuestionType } from '../../../src/core/session/model';
import { formatClock } from '../../../src/core/text/time';
import { h } from '../../dom';
import { keepTypingInField } from '../../fieldKeys';
import type { ViewContext } from '../../viewContext';
import { ChipGroup } from '../details/chipGroup';
import { isQuestionType, QUESTION_TYPES, saveQuestionEdit } from '../../../src/core/session/questionEdits';
import type { UiStringKey } from '../../../src/protocol/uiStrings';

let formCount = 0;

/**
 * Adding or editing a good question by hand: the wording, its kind, the uitgangspunten it
 * serves, who proposed it and why it worked. Ctrl+Enter saves, Escape cancels; it is a typing
 * zone, so the player's keys stay off while it has focus.
 */
export class QuestionForm {
  readonly element: HTMLFormElement;
  private readonly title = h('h3', { className: 'qf-title' });
  private readonly text = h('textarea', { className: 'field', rows: 2 });
  private readonly type = h('select', { className: 'field', required: true });
  /** The method's meaning of the chosen kind, read out with the select (aria-describedby). */
  private readonly typeMeaning = h('p', { className: 'muted qf-meaning', 'aria-live': 'polite' });
  private readonly origin = h('select', { className: 'field' });
  private readonly tags: ChipGroup;
  private readonly by = h('select', { className: 'field' });
  private readonly note = h('textarea', { className: 'field', rows: 2 });
  private readonly atTime = h('input', { type: 'checkbox' });
  private readonly atTimeText = h('span', {});
  private readonly error = h('p', { className: 'qf-error', role: 'alert', hidden: true });
  private editing: Question | null = null;
  private time = 0;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly ctx: ViewContext,
    private readonly announce: (text: string) => void,
  ) {
    const t = ctx.t;
    const n = ++formCount;
    const field = (key: UiStringKey, el: HTMLElement) => {
      el.id = `qf${n}-${key.replace(/\W/g, '')}`;
      return h('div', { className: 'qf-field' }, h('label', { for: el.id }, t(key)), el);
    };
    // A new question starts without a kind: it is chosen, never filled in silently.
    this.type.append(h('option', { value: '' }, t('questions.form.chooseType')));
    for (const ty of QUESTION_TYPES) this.type.append(h('option', { value: ty }, t(`questions.group.${ty}`)));
    this.type.addEventListener('change', () => this.showMeaning());
    this.origin.append(h('option', { value: 'suggested' }, t('questions.form.originSuggested')), h('option', { value: 'asked' }, t('questions.form.originAsked')));
    this.tags = new ChipGroup(t('questions.form.tags'), false);
    this.title.id = `qf${n}-title`;
    this.typeMeaning.id = `qf${n}-meaning`;
    this.element = h(
      'form',
      { className: 'question-form', 'data-typing-zone': 'true', 'aria-labelledby': this.title.id, hidden: true, novalidate: true },
      this.title,
      field('questions.form.text', this.text),
      this.error,
      field('questions.form.type', this.type),
      this.typeMeaning,
      h('div', { className: 'qf-field' }, h('span', { className: 'qf-label', 'aria-hidden': 'true' }, t('questions.form.tags')), this.tags.element),
      field('questions.form.proposedBy', this.by),
      field('questions.form.origin', this.origin),
      field('questions.form.note', this.note),
      h('label', { className: 'qf-time' }, this.atTime, this.atTimeText),
      h('div', { className: 'qf-buttons' }, h('button', { type: 'submit', className: 'button' }, t('questions.form.save')), h('button', { type: 'button', className: 'button button-secondary', onclick: () => this.close() }, t('questions.form.cancel'))),
      h('p', { className: 'muted qf-keys' }, t('questions.form.keys')),
    );
    this.element.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.save();
    });
    this.element.addEventListener('keydown', (e) => this.keys(e));
    this.type.setAttribute('aria-describedby', this.typeMeaning.id);
  }

  private showMeaning(): void {
    const ty = this.type.value;
    this.typeMeaning.textContent = isQuestionType(ty) ? this.ctx.t(`questions.type.${ty}`) : this.ctx.t('questions.form.typeHint');
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  get editingId(): string | null {
    return this.isOpen && this.editing ? this.editing.id : null;
  }

  /** A new question; `preset` for a place that knows more (the drill: asked, proposed by b). */
  openNew(preset: { origin?: QuestionOrigin; proposedBy?: string | null; note?: string } = {}): void {
    if (!this.ctx.store.session || this.ctx.store.readOnly) return;
    this.editing = null;
    this.fill({ text: '', type: null, tags: [], proposedBy: preset.proposedBy !== undefined ? preset.proposedBy : this.ctx.author(), note: preset.note ?? '', time: this.ctx.clock.time > 0 ? this.ctx.clock.time : null, origin: preset.origin ?? 'suggested', source: 'free' });
    this.title.textContent = this.ctx.t('questions.form.titleNew');
    this.show();
  }

  openEdit(q: Question): void {
    if (!this.ctx.store.session || this.ctx.store.readOnly) return;
    this.editing = q;
    this.fill(q);
    this.title.textContent = this.ctx.t('questions.form.titleEdit');
    this.show();
  }

  close(): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.editing = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus();
  }

  private fill(q: Pick<Question, 'text' | 'tags' | 'proposedBy' | 'note' | 'time' | 'origin' | 'source'> & { type: QuestionType | null }): void {
    const s = this.ctx.store.session!;
    const lang = this.ctx.settings.lang;
    this.text.value = q.text;
    this.type.value = q.type ?? '';
    this.showMeaning();
    this.origin.value = questionOrigin(q);
    this.tags.setOptions(s.framework.tags.map((tag) => ({ id: tag.id, key: tag.key || undefined, text: tag.label[lang], label: tag.label[lang], colour: tag.colour })));
    this.tags.set(q.tags);
    this.by.replaceChildren(h('option', { value: '' }, this.ctx.t('questions.form.nobody')), ...s.participants.map((p) => h('option', { value: p.id }, p.name || p.role.toUpperCase())));
    this.by.value = q.proposedBy && s.participants.some((p) => p.id === q.proposedBy) ? q.proposedBy : '';
    this.note.value = q.note;
    this.time = q.time ?? this.ctx.clock.time;
    this.atTime.checked = q.time !== null;
    this.atTimeText.textContent = ` ${this.ctx.t('questions.form.atTime', formatClock(this.time))}`;
    this.error.hidden = true;
    this.text.removeAttribute('aria-invalid');
  }

  private show(): void {
    const active = this.ctx.win.document.activeElement as HTMLElement | null;
    if (!this.isOpen) this.returnFocus = active && !this.element.contains(active) ? active : null;
    this.element.hidden = false;
    this.text.focus();
  }

  async save(): Promise<void> {
    const s = this.ctx.store.session;
    if (!s || !this.isOpen || this.ctx.store.readOnly) return;
    if (!this.text.value.trim()) {
      this.error.textContent = this.ctx.t('questions.form.needText');
      this.error.hidden = false;
      this.text.setAttribute('aria-invalid', 'true');
      this.text.focus();
      return;
    }
    if (!isQuestionType(this.type.value)) {
      this.error.textContent = this.ctx.t('questions.form.needType');
      this.error.hidden = false;
      this.type.setAttribute('aria-invalid', 'true');
      this.type.focus();
      return;
    }
    this.type.removeAttribute('aria-invalid');
    const edit = saveQuestionEdit(
      { text: this.text.value, type: this.type.value, origin: this.origin.value, tags: this.tags.value, proposedBy: this.by.value || null, note: this.note.value, time: this.atTime.checked ? this.time : null },
      this.editing ? this.editing.id : null,
    );
    // Text and kind were checked above; the builder checks them again and gives null only then.
    if (!edit) return;
    // The form closes only when the host confirmed the edit; a refusal keeps the text and says why.
    try {
      await this.ctx.store.submit(edit);
    } catch (e) {
      this.error.textContent = this.ctx.t('form.refused', String((e as Error)?.message ?? e));
      this.error.hidden = false;
      return;
    }
    this.announce(this.ctx.t('questions.saved'));
    this.close();
  }

  private keys(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      void this.save();
      return;
    }
    if (plain && e.key.length === 1 && target.closest('.chip-group')) {
      const tag = this.tags.byKey(e.key);
      if (tag) {
        e.preventDefault();
        this.tags.toggle(tag.id);
      }
    }
    keepTypingInField(e);
  }
}
