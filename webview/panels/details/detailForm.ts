import type { Detail, FeedbackKind, Participant, SuggestedQuestion } from '../../../src/core/session/model';
import { formatClock } from '../../../src/core/text/time';
import { h } from '../../dom';
import { keepTypingInField } from '../../fieldKeys';
import type { ViewContext } from '../../viewContext';
import { ChipGroup } from './chipGroup';
import { saveDetailEdit, type DetailDraft } from '../../../src/core/session/detailEdits';
import { tagsForAuthor } from './detailDisplay';
import type { UiStringKey } from '../../../src/protocol/uiStrings';

const FEEDBACK: { id: FeedbackKind; key: string }[] = [
  { id: 'goed', key: 'g' },
  { id: 'best', key: 'b' },
  { id: 'beter', key: 'k' },
];

let formCount = 0;

/**
 * The pause-and-tag form, shown beside the player so the trio keeps the frozen picture in view.
 * Keyboard first: focus starts on the tags (their keys toggle them, g/b/k pick the feedback),
 * Tab walks the three prompts, the feedback, the suggested question; Enter saves (and plays on
 * for a new detail), Shift+Enter is a new line, Escape cancels and leaves the video paused, so
 * the trio can look again before deciding. The whole form is a typing zone: VS Code's player
 * keys stay off while it has focus, and every key it handles stops here.
 */
export class DetailForm {
  readonly element: HTMLFormElement;
  private readonly title = h('h3', { className: 'df-title' });
  private readonly who = h('span', { className: 'df-author' });
  private readonly tags: ChipGroup;
  private readonly feedback: ChipGroup;
  private readonly see: HTMLTextAreaElement;
  private readonly meaning: HTMLTextAreaElement;
  private readonly deepen: HTMLTextAreaElement;
  private readonly qText: HTMLInputElement;
  private readonly qType: HTMLSelectElement;
  private readonly rangeRow = h('label', { className: 'df-range' });
  private readonly range = h('input', { type: 'checkbox' });
  private readonly hint = h('p', { className: 'muted df-keys' });
  /** Why the host refused the edit; the form stays open with what was typed. */
  private readonly refused = h('p', { className: 'df-error', role: 'alert', hidden: true });
  private saving = false;
  private editing: Detail | null = null;
  private time = 0;
  private selection: { start: number; end: number } | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly ctx: ViewContext,
    private readonly announce: (text: string) => void,
    /** After a save: where focus goes (the saved detail in the list). */
    private readonly saved: (detailId: string) => void = () => undefined,
  ) {
    const t = ctx.t;
    const n = ++formCount;
    const field = (key: UiStringKey, el: HTMLElement) => {
      el.id = `df${n}-${key.replace(/\W/g, '')}`;
      return h('div', { className: 'df-field' }, h('label', { for: el.id }, t(key)), el);
    };
    const area = () => h('textarea', { className: 'field', rows: 2 });
    this.tags = new ChipGroup(t('details.form.tags'), false);
    this.feedback = new ChipGroup(t('details.form.feedback'), true);
    this.feedback.setOptions(FEEDBACK.map((f) => ({ id: f.id, key: f.key, text: t(`details.feedback.${f.id}`), label: t(`details.feedback.${f.id}`) })));
    this.see = area();
    this.meaning = area();
    this.deepen = area();
    this.qText = h('input', { type: 'text', className: 'field' });
    this.qType = h('select', { className: 'field', 'aria-label': t('details.form.questionType') }, h('option', { value: 'verdiepend' }, t('details.type.verdiepend')), h('option', { value: 'verbredend' }, t('details.type.verbredend')));
    this.title.id = `df${n}-title`;
    this.rangeRow.append(this.range, h('span', {}));
    this.element = h(
      'form',
      { className: 'detail-form', 'data-typing-zone': 'true', 'aria-labelledby': this.title.id, hidden: true, novalidate: true },
      h('div', { className: 'df-head' }, this.title, this.who),
      this.tags.element,
      field('details.prompt.see', this.see),
      field('details.prompt.meaning', this.meaning),
      field('details.prompt.deepen', this.deepen),
      h('div', { className: 'df-field' }, h('span', { className: 'df-label', 'aria-hidden': 'true' }, t('details.form.feedback')), this.feedback.element),
      h('div', { className: 'df-field df-question' }, h('label', { for: (this.qText.id = `df${n}-q`) }, t('details.form.question')), h('div', { className: 'df-row' }, this.qText, this.qType)),
      this.rangeRow,
      this.refused,
      h('div', { className: 'df-buttons' }, h('button', { type: 'submit', className: 'button' }, t('details.form.save')), h('button', { type: 'button', className: 'button button-secondary', onclick: () => this.cancel() }, t('details.form.cancel'))),
      this.hint,
    );
    // A click on Opslaan (or Enter on the button) saves and stays paused: only the Enter key in
    // the form is the "save and play on" the hint promises, a mouse click must not surprise.
    this.element.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.save(false);
    });
    this.element.addEventListener('keydown', (e) => this.keys(e));
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  get editingId(): string | null {
    return this.isOpen && this.editing ? this.editing.id : null;
  }

  /** A new detail at `time` (the waveform selection, if any, is offered as its range). */
  openNew(time: number): void {
    const s = this.ctx.store.session;
    if (!s || this.ctx.store.readOnly) return;
    if (this.isOpen && !this.editing && this.hasContent()) {
      this.tags.focus(); // keep what is being typed; a second "tag here" just brings it back
      return;
    }
    this.editing = null;
    this.time = time;
    this.selection = this.ctx.selection();
    this.fill(this.ctx.author(), { start: time, end: null, tags: [], see: '', meaning: '', deepen: '', feedback: null, question: null });
    this.title.textContent = this.ctx.t('details.form.titleNew', formatClock(time));
    this.hint.textContent = this.ctx.t('details.form.keys');
    this.show();
  }

  openEdit(d: Detail): void {
    if (!this.ctx.store.session || this.ctx.store.readOnly) return;
    this.editing = d;
    this.time = d.start;
    this.selection = d.end !== null ? { start: d.start, end: d.end } : null;
    this.fill(d.authorId, d);
    this.title.textContent = this.ctx.t('details.form.titleEdit', formatClock(d.start));
    this.hint.textContent = this.ctx.t('details.form.keysEdit');
    this.show();
  }

  cancel(): void {
    this.close();
  }

  close(): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.refused.hidden = true;
    this.editing = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back && back.isConnected && !this.element.contains(back)) back.focus();
  }

  private fill(authorId: string | null, d: Omit<DetailDraft, 'start' | 'end'> & { start: number; end: number | null }): void {
    const s = this.ctx.store.session!;
    const lang = this.ctx.settings.lang;
    const author: Participant | undefined = s.participants.find((p) => p.id === authorId);
    this.who.replaceChildren();
    const sw = h('span', { className: 'swatch' });
    sw.style.background = author?.colour ?? 'transparent';
    this.who.append(sw, author ? this.ctx.t('details.form.noting', author.name || author.role.toUpperCase()) : this.ctx.t('details.noAuthor'));
    const mark = this.ctx.t('details.form.lens');
    this.tags.setOptions(tagsForAuthor(s.framework.tags, author?.lens ?? []).map(({ tag, lens }) => ({ id: tag.id, key: tag.key || undefined, text: tag.label[lang], label: tag.label[lang], colour: tag.colour, mark: lens ? mark : undefined })));
    this.tags.set(d.tags);
    this.see.value = d.see;
    this.meaning.value = d.meaning;
    this.deepen.value = d.deepen;
    this.feedback.set(d.feedback ? [d.feedback] : []);
    this.qText.value = d.question?.text ?? '';
    this.qType.value = d.question?.type ?? 'verdiepend';
    const sel = this.selection;
    this.rangeRow.hidden = !sel;
    this.range.checked = !!sel && (this.editing ? this.editing.end !== null : true);
    if (sel) this.rangeRow.lastElementChild!.textContent = ` ${this.ctx.t('details.form.range', formatClock(sel.start), formatClock(sel.end))}`;
  }

  private show(): void {
    const active = this.ctx.win.document.activeElement as HTMLElement | null;
    if (!this.isOpen) this.returnFocus = active && !this.element.contains(active) ? active : null;
    this.element.hidden = false;
    this.revealBelowPlayer();
    this.tags.focus({ preventScroll: true });
  }

  /**
   * The form sits below the player in a pane that scrolls while the player stays pinned on top.
   * Scrolling it into view must leave its top below the pinned picture, and so must Tab into a
   * field further down: the pane's scroll padding is the player's current height (the user can
   * resize it).
   */
  private revealBelowPlayer(): void {
    const pane = this.element.closest<HTMLElement>('.media-pane');
    const player = pane?.querySelector<HTMLElement>('.player');
    if (!pane) return;
    const pinned = player && getComputedStyle(player).position === 'sticky' ? player.offsetHeight : 0;
    pane.style.scrollPaddingTop = `${pinned + 8}px`;
    this.element.scrollIntoView?.({ block: 'nearest' });
  }

  private hasContent(): boolean {
    return this.tags.value.length > 0 || [this.see, this.meaning, this.deepen, this.qText].some((x) => x.value.trim() !== '');
  }

  draft(): DetailDraft {
    const ranged = !!this.selection && this.range.checked;
    const q: SuggestedQuestion | null = this.qText.value.trim() ? { text: this.qText.value, type: this.qType.value === 'verbredend' ? 'verbredend' : 'verdiepend' } : null;
    return {
      start: ranged ? this.selection!.start : this.time,
      end: ranged ? this.selection!.end : null,
      tags: this.tags.value,
      see: this.see.value,
      meaning: this.meaning.value,
      deepen: this.deepen.value,
      feedback: (this.feedback.value[0] as FeedbackKind | undefined) ?? null,
      question: q,
    };
  }

  /**
   * Saves; `playOn` (the Enter key, for a new detail) resumes playback as the hint says. Resolves
   * when the form closed (the host confirmed the edit) or stayed open (it refused, and says why).
   */
  async save(playOn = false): Promise<void> {
    const s = this.ctx.store.session;
    if (!s || !this.isOpen || this.ctx.store.readOnly || this.saving) return;
    const draft = this.draft();
    const wasNew = !this.editing;
    const { edit, id } = saveDetailEdit(draft, this.editing?.id ?? null, this.ctx.author(), s.transcript);
    this.saving = true;
    try {
      await this.ctx.store.submit(edit);
    } catch (e) {
      this.refused.textContent = this.ctx.t('form.refused', String((e as Error)?.message ?? e));
      this.refused.hidden = false;
      return;
    } finally {
      this.saving = false;
    }
    this.announce(this.ctx.t('details.saved', formatClock(draft.start)));
    this.returnFocus = null; // focus goes to the saved detail, not back to where the form was opened
    this.close();
    this.saved(id);
    if (wasNew && playOn) this.ctx.clock.play();
  }

  private keys(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.cancel();
      return;
    }
    if (e.key === 'Enter' && !e.altKey) {
      e.stopPropagation();
      if (e.shiftKey && target.tagName === 'TEXTAREA') return; // a new line
      const isPlainButton = target.tagName === 'BUTTON' && !target.classList.contains('toggle-chip');
      if (isPlainButton && !(e.ctrlKey || e.metaKey)) return; // Save or Cancel act as themselves
      e.preventDefault();
      void this.save(true);
      return;
    }
    const inChips = !!target.closest('.chip-group');
    if (inChips && plain && e.key.length === 1) {
      const tag = this.tags.byKey(e.key);
      const fb = tag ? undefined : this.feedback.byKey(e.key);
      if (tag) this.tags.toggle(tag.id);
      else if (fb) this.feedback.toggle(fb.id);
      if (tag || fb) e.preventDefault();
    }
    keepTypingInField(e);
  }
}
