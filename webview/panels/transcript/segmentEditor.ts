import type { Segment, Speaker } from '../../../src/core/session/model';
import type { Translate, UiStringKey } from '../../../src/protocol/uiStrings';
import { h } from '../../dom';
import { formatClock, parseClock } from '../../../src/core/text/time';

/** What the user has typed in the editor so far; kept by the panel so a re-rendered row keeps it. */
export interface EditorDraft {
  id: string;
  text: string;
  speakerId: string | null;
  start: string;
  end: string;
}

export function draftOf(seg: Segment): EditorDraft {
  return { id: seg.id, text: seg.text, speakerId: seg.speakerId, start: formatClock(seg.start, true), end: formatClock(seg.end, true) };
}

export interface EditorActions {
  save(): void;
  cancel(): void;
  split(caret: number): void;
}

export type DraftCheck = { ok: true; start: number; end: number } | { ok: false; field: 'start' | 'end'; message: string };

/** Times must read as times, and the end may not lie before the start. */
export function checkDraft(d: EditorDraft, t: Translate): DraftCheck {
  const start = parseClock(d.start);
  if (start === null) return { ok: false, field: 'start', message: t('transcript.edit.badTime') };
  const end = parseClock(d.end);
  if (end === null) return { ok: false, field: 'end', message: t('transcript.edit.badTime') };
  if (end < start) return { ok: false, field: 'end', message: t('transcript.edit.endBeforeStart') };
  return { ok: true, start, end };
}

/**
 * The inline editor of one segment: text (Enter saves, Shift+Enter a new line, Escape cancels),
 * speaker, start and end. It writes every change into the draft.
 */
export function buildEditor(d: EditorDraft, speakers: Speaker[], t: Translate, act: EditorActions): HTMLElement {
  const area = h('textarea', { className: 'field kk-tr-edit-text', rows: 3, 'aria-label': t('transcript.edit.text') });
  area.value = d.text;
  area.addEventListener('input', () => (d.text = area.value));
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.isComposing) {
      e.preventDefault();
      e.stopPropagation();
      act.save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      act.cancel();
    }
  });
  const who = h('select', { className: 'field', 'aria-label': t('transcript.edit.speaker') });
  who.append(h('option', { value: '' }, t('transcript.noSpeaker')));
  for (const sp of speakers) who.append(h('option', { value: sp.id }, sp.name));
  who.value = d.speakerId ?? '';
  who.addEventListener('change', () => (d.speakerId = who.value || null));
  const timeField = (field: 'start' | 'end') => {
    const input = h('input', { className: 'field kk-tr-edit-time', type: 'text', inputmode: 'decimal', 'data-field': field, 'aria-label': t(`transcript.edit.${field}`), title: t('transcript.edit.timeHint') });
    input.value = d[field];
    input.addEventListener('input', () => {
      d[field] = input.value;
      input.removeAttribute('aria-invalid');
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        e.stopPropagation();
        act.save();
      } else if (e.key === 'Escape') {
        e.stopPropagation();
        act.cancel();
      }
    });
    return input;
  };
  const btn = (key: UiStringKey, cls: string, fn: () => void) => h('button', { type: 'button', className: cls, onclick: fn }, t(key));
  return h(
    'div',
    { className: 'kk-tr-editor', 'data-editor': d.id },
    area,
    h(
      'div',
      { className: 'kk-tr-editor-bar' },
      who,
      h('label', { className: 'kk-tr-edit-label' }, t('transcript.edit.start'), ' ', timeField('start')),
      h('label', { className: 'kk-tr-edit-label' }, t('transcript.edit.end'), ' ', timeField('end')),
    ),
    h('div', { className: 'kk-tr-edit-error', role: 'alert' }),
    h(
      'div',
      { className: 'kk-tr-editor-bar' },
      btn('transcript.edit.save', 'button', act.save),
      btn('transcript.edit.cancel', 'button button-secondary', act.cancel),
      btn('transcript.edit.splitHere', 'button button-secondary', () => act.split(area.selectionStart ?? 0)),
      h('span', { className: 'muted kk-tr-hint' }, t('transcript.edit.keys')),
    ),
  );
}

/** Shows a validation problem in the editor and marks the field. */
export function showEditorError(editor: HTMLElement, check: Extract<DraftCheck, { ok: false }>): void {
  editor.querySelector('.kk-tr-edit-error')!.textContent = check.message;
  const f = editor.querySelector<HTMLInputElement>(`[data-field="${check.field}"]`);
  f?.setAttribute('aria-invalid', 'true');
  f?.focus();
}
