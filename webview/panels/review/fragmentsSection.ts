import { formatClock } from '../../../src/core/text/time';
import type { Edit } from '../../../src/core/session/edits';
import { addFragmentEdit, aroundFragmentEdit, presetFragmentsEdit, removeFragmentEdit, renameFragmentEdit } from '../../../src/core/session/fragmentEdits';
import type { Fragment } from '../../../src/core/session/model';
import { clear, h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import type { FragmentSequence } from './fragmentSequence';
import { collapsible, commitField, setStored, touches, type Section } from './reviewKit';

/** Length of the recording: the player's when it knows it, else what the session recorded. */
export function knownDuration(ctx: ViewContext): number {
  const d = ctx.clock.duration;
  if (Number.isFinite(d) && d > 0) return d;
  return ctx.store.session?.recording?.durationSec ?? 0;
}

/** Named parts of the recording the trio watches together, and playing only those. */
export function createFragmentsSection(ctx: ViewContext, seq: FragmentSequence): Section {
  const sec = collapsible('fragments', ctx.t('review.frag.title'), false);
  const list = h('ul', { className: 'review-fragments' });
  const status = h('p', { className: 'review-status', role: 'status', 'aria-live': 'polite' });
  const nextName = () => ctx.t('review.frag.defaultName', (ctx.store.session?.fragments.length ?? 0) + 1);
  /** Sends the edit, or says why there is none (no part of the recording lies in the range). */
  const send = (edit: Edit | null, why: 'review.frag.noSelection' | 'review.frag.noDuration' | 'review.frag.outside') => {
    if (edit) ctx.store.edit(edit);
    else status.textContent = ctx.t(why);
  };

  const fromSelection = h('button', {
    type: 'button',
    className: 'button button-secondary',
    onclick: () => {
      const r = ctx.selection();
      send(r && addFragmentEdit(nextName(), r.start, r.end, knownDuration(ctx)), 'review.frag.noSelection');
    },
  }, ctx.t('review.frag.fromSelection'));
  const aroundNow = h('button', {
    type: 'button',
    className: 'button button-secondary',
    onclick: () => send(aroundFragmentEdit(nextName(), ctx.clock.time, knownDuration(ctx)), 'review.frag.outside'),
  }, ctx.t('review.frag.aroundNow'));
  const presets = h('button', {
    type: 'button',
    className: 'button button-secondary',
    onclick: () => {
      const names = { begin: ctx.t('review.frag.begin'), middle: ctx.t('review.frag.middle'), end: ctx.t('review.frag.end') };
      send(presetFragmentsEdit(knownDuration(ctx), names, ctx.t('review.frag.presetLabel')), 'review.frag.noDuration');
    },
  }, ctx.t('review.frag.presets'));

  const onlyBox = h('input', { type: 'checkbox', id: 'review-frag-only' });
  onlyBox.addEventListener('change', () => {
    seq.user = onlyBox.checked;
    seq.apply(onlyBox.checked);
    status.textContent = ctx.t(onlyBox.checked ? 'review.frag.onlyOn' : 'review.frag.onlyOff');
  });
  const empty = h('p', { className: 'muted' }, ctx.t('review.frag.none'));

  sec.body.append(
    h('div', { className: 'review-row review-wrap' }, fromSelection, aroundNow, presets),
    empty,
    list,
    h('div', { className: 'review-row' }, onlyBox, h('label', { for: 'review-frag-only' }, ctx.t('review.frag.only'))),
    status,
  );

  const row = (f: Fragment): HTMLElement => {
    const label = f.name || formatClock(f.start);
    const name = commitField({ label: ctx.t('review.frag.nameOf', label), value: f.name, onCommit: (v) => {
        const s = ctx.store.session;
        const edit = s && renameFragmentEdit(s, f.id, v);
        if (edit) ctx.store.edit(edit);
        else setStored(name, f.name);
      },
    });
    name.readOnly = ctx.store.readOnly;
    const play = h('button', { type: 'button', className: 'icon-button', 'aria-label': ctx.t('review.frag.play', label, formatClock(f.start)), onclick: () => ctx.clock.seek(f.start) }, h('span', { className: 'codicon codicon-play', 'aria-hidden': 'true' }));
    const remove = h('button', { type: 'button', className: 'icon-button', 'aria-label': ctx.t('review.frag.remove', label), disabled: ctx.store.readOnly, onclick: () => ctx.store.edit(removeFragmentEdit(f.id)) }, h('span', { className: 'codicon codicon-trash', 'aria-hidden': 'true' }));
    return h('li', { className: 'review-fragment', 'data-id': f.id }, play, name, h('span', { className: 'review-range' }, `${formatClock(f.start)}–${formatClock(f.end)}`), remove);
  };

  const render = () => {
    const frags = [...(ctx.store.session?.fragments ?? [])].sort((x, y) => x.start - y.start);
    const wasOn = seq.user || seq.round;
    clear(list);
    for (const f of frags) list.append(row(f));
    empty.hidden = frags.length > 0;
    onlyBox.disabled = frags.length === 0;
    if (frags.length === 0 && onlyBox.checked) {
      onlyBox.checked = false;
      seq.user = false;
    }
    for (const b of [fromSelection, aroundNow, presets]) b.disabled = ctx.store.readOnly;
    // The sequence follows the fragments while it is on (a fragment added, renamed or removed).
    if (wasOn) seq.apply(false);
  };

  return {
    element: sec.element,
    update(change) {
      if (touches(change, 'fragments')) render();
    },
  };
}
