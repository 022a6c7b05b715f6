import { formatClock } from '../../../src/core/text/time';
import type { NoteKind, Participant } from '../../../src/core/session/model';
import { addNoteEdit, removeNoteEdit } from '../../../src/core/session/noteEdits';
import { clear, h, icon } from '../../dom';
import { keepTypingInField } from '../../fieldKeys';
import type { ViewContext } from '../../viewContext';
import { seekButton } from './reviewKit';

/**
 * Who writes a note of each kind by default: b and c ask, observe and give a their feedforward
 * (the toolkit: "B en c geven feedback", closed with a concrete next step for a); a replies.
 */
const AUTHOR_ROLES: Record<NoteKind, readonly string[]> = {
  verduidelijking: ['b', 'c'],
  observation: ['b', 'c'],
  reactie: ['a'],
  feedforward: ['b', 'c'],
};

export interface NoteBox {
  element: HTMLElement;
  render(): void;
}

let boxCount = 0;

/**
 * The notes of one step of the round, entered by keyboard where that step happens: pick who
 * speaks (a select), type, Enter adds the note (with the moment for a first-viewing note, taken
 * when typing began, so the time is that of what was seen). Each note can be removed; undo
 * brings it back. The list and the field sit together, so what was noted stays in sight.
 */
export function createNoteBox(ctx: ViewContext, kind: NoteKind): NoteBox {
  const n = ++boxCount;
  const inputId = `review-note-${kind}-${n}`;
  const list = h('ul', { className: 'review-notes', 'aria-label': ctx.t(`review.note.${kind}.list`) });
  const who = h('select', { className: 'field review-note-author', 'aria-label': ctx.t('review.note.author') });
  const input = h('input', { type: 'text', className: 'field review-note-text', id: inputId, placeholder: ctx.t(`review.note.${kind}.placeholder`) });
  const hint = h('p', { className: 'muted review-note-hint', id: `${inputId}-hint` }, ctx.t(`review.note.${kind}.hint`));
  input.setAttribute('aria-describedby', hint.id);
  const add = h('button', { type: 'button', className: 'button button-secondary' }, icon('add'), ' ', ctx.t('review.note.add'));
  const element = h(
    'div',
    { className: `review-notebox review-notebox-${kind}`, 'data-kind': kind },
    h('h4', {}, h('label', { for: inputId }, ctx.t(`review.note.${kind}.title`))),
    hint,
    list,
    h('div', { className: 'review-row review-wrap' }, who, input, add),
  );
  /** The moment typing began (first viewing): the note belongs to what was seen then. */
  let startedAt: number | null = null;
  let chosenAuthor: string | null = null;

  input.addEventListener('input', () => {
    if (input.value.trim() === '') startedAt = null;
    else if (startedAt === null) startedAt = ctx.clock.time;
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      commit();
    } else if (e.key === 'Escape' && input.value !== '') {
      // Escape clears what was typed; in an empty field it goes on to VS Code.
      e.stopPropagation();
      input.value = '';
      startedAt = null;
    } else keepTypingInField(e);
  });
  who.addEventListener('change', () => void (chosenAuthor = who.value || null));
  who.addEventListener('keydown', keepTypingInField);
  add.addEventListener('click', () => commit());

  function defaultAuthor(ps: readonly Participant[]): string | null {
    if (chosenAuthor && ps.some((p) => p.id === chosenAuthor)) return chosenAuthor;
    const current = ctx.author();
    const roles = AUTHOR_ROLES[kind];
    const cur = ps.find((p) => p.id === current);
    if (cur && roles.includes(cur.role)) return cur.id;
    return ps.find((p) => roles.includes(p.role))?.id ?? null;
  }

  function commit(): void {
    // A note made while watching keeps the moment typing began (the core drops it for other kinds).
    const made = addNoteEdit(kind, input.value, who.value || null, startedAt ?? ctx.clock.time);
    if (!ctx.store.session || ctx.store.readOnly || !made) return;
    ctx.store.edit(made.edit);
    input.value = '';
    startedAt = null;
    input.focus();
  }

  function render(): void {
    const s = ctx.store.session;
    clear(list);
    if (!s) return;
    const ro = ctx.store.readOnly;
    const name = (id: string | null) => {
      const p = s.participants.find((x) => x.id === id);
      return p ? p.name || p.role : ctx.t('review.note.nobody');
    };
    const notes = s.notes.filter((x) => x.kind === kind);
    if (notes.length === 0) list.append(h('li', { className: 'muted' }, ctx.t('review.note.none')));
    for (const note of notes) {
      const remove = h('button', { type: 'button', className: 'icon-button', 'aria-label': ctx.t('review.note.remove', note.text), title: ctx.t('review.note.remove', note.text), disabled: ro, onclick: () => ctx.store.edit(removeNoteEdit(note.id)) }, icon('trash'));
      list.append(h('li', { className: 'review-note', 'data-id': note.id }, note.time !== null ? seekButton(ctx, note.time, formatClock(note.time)) : null, ' ', h('span', { className: 'review-note-by' }, `${name(note.authorId)}: `), h('span', { className: 'review-note-body' }, note.text), ' ', remove));
    }
    const selected = defaultAuthor(s.participants);
    who.replaceChildren(h('option', { value: '' }, ctx.t('review.note.nobody')), ...s.participants.map((p) => h('option', { value: p.id }, `${p.name || p.role} (${p.role})`)));
    who.value = selected ?? '';
    input.disabled = who.disabled = add.disabled = ro;
  }

  return { element, render };
}
