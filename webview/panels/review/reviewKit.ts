import { formatClock } from '../../../src/core/text/time';
import type { LocalText } from '../../../src/core/session/model';
import type { StoreChange } from '../../sessionStore';
import { h } from '../../dom';
import { keepTypingInField } from '../../fieldKeys';
import type { ViewContext } from '../../viewContext';
import { localText } from '../../../src/core/text/lang';

/** One part of the review panel: its element and how it redraws on a session change. */
export interface Section {
  element: HTMLElement;
  update(change: StoreChange): void;
}

/** True when a change may concern any of the given parts of the session. */
export function touches(change: StoreChange, ...what: string[]): boolean {
  return change.kind === 'replace' || what.some((w) => change.touched.has(w as never));
}

export function local(ctx: ViewContext, text: LocalText): string {
  return localText(ctx.settings.lang, text);
}

/**
 * A collapsible section: a heading whose button toggles the body (aria-expanded), so the long
 * panel stays navigable by keyboard and by screen-reader heading jumps.
 */
export function collapsible(id: string, title: string, open: boolean, onToggle?: (open: boolean) => void): { element: HTMLElement; body: HTMLElement; isOpen: () => boolean } {
  const body = h('div', { className: 'review-body', id: `review-${id}-body` });
  const button = h('button', { type: 'button', className: 'review-toggle', 'aria-expanded': String(open), 'aria-controls': body.id }, h('span', { className: 'codicon codicon-chevron-right review-chevron', 'aria-hidden': 'true' }), title);
  body.hidden = !open;
  button.addEventListener('click', () => {
    const now = body.hidden;
    body.hidden = !now;
    button.setAttribute('aria-expanded', String(now));
    onToggle?.(now);
  });
  const element = h('section', { className: `review-section review-${id}`, 'aria-labelledby': `review-${id}-heading` }, h('h3', { className: 'review-heading', id: `review-${id}-heading` }, button), body);
  return { element, body, isOpen: () => !body.hidden };
}

/**
 * A text field that commits on blur or Enter (Shift+Enter adds a line in a textarea), never per
 * keystroke: one undo step per change. Escape restores the stored value.
 */
export function commitField(opts: { multiline?: boolean; label: string; value: string; onCommit: (v: string) => void; className?: string; id?: string }): HTMLInputElement | HTMLTextAreaElement {
  const el = opts.multiline ? h('textarea', { className: `field ${opts.className ?? ''}`, rows: 2, 'aria-label': opts.label, id: opts.id }) : h('input', { type: 'text', className: `field ${opts.className ?? ''}`, 'aria-label': opts.label, id: opts.id });
  el.value = opts.value;
  let stored = opts.value;
  const commit = () => {
    if (el.value !== stored) {
      stored = el.value;
      opts.onCommit(el.value);
    }
  };
  el.addEventListener('blur', commit);
  el.addEventListener('keydown', (e: Event) => {
    const k = e as KeyboardEvent;
    if (k.key === 'Enter' && !k.shiftKey) {
      k.preventDefault();
      k.stopPropagation();
      commit();
    } else if (k.key === 'Escape') {
      k.stopPropagation();
      el.value = stored;
    } else keepTypingInField(k);
  });
  // The panel calls this when the session changed; a field being typed in is left alone.
  (el as unknown as { setStored: (v: string) => void }).setStored = (v: string) => {
    stored = v;
    if (el.ownerDocument.activeElement !== el) el.value = v;
  };
  return el;
}

export function setStored(el: HTMLInputElement | HTMLTextAreaElement, v: string): void {
  (el as unknown as { setStored: (v: string) => void }).setStored(v);
}

/** A button that seeks the player to a time, labelled for screen readers. */
export function seekButton(ctx: ViewContext, time: number, text?: string): HTMLButtonElement {
  const label = formatClock(time);
  return h('button', { type: 'button', className: 'review-time', 'aria-label': ctx.t('review.cmp.seek', label), onclick: () => ctx.clock.seek(time) }, text ?? label);
}

export function safeColour(c: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(c) ? c : '#999999';
}
