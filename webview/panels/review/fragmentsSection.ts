import { formatClock } from '../../../src/core/text/time';
import { newId } from '../../../src/core/session/ids';
import type { Fragment } from '../../../src/core/session/model';
import { clear, h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import type { FragmentSequence } from './fragmentSequence';
import { collapsible, commitField, touches, type Section } from './reviewKit';

const PRESET_SEC = 120;
const AROUND_SEC = 60;
const tenth = (x: number) => Math.round(x * 10) / 10;

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
  const fragment = (name: string, start: number, end: number): Fragment => {
    const dur = knownDuration(ctx);
    const s = tenth(Math.max(0, start));
    const e = tenth(dur > 0 ? Math.min(dur, end) : end);
    return { id: newId('f'), name, start: s, end: Math.max(s, e) };
  };
  const nextName = () => ctx.t('review.frag.defaultName', (ctx.store.session?.fragments.length ?? 0) + 1);
  const add = (f: Fragment) => ctx.store.edit({ op: 'add', coll: 'fragments', item: f });

  const fromSelection = h('button', {
    type: 'button',
    className: 'button button-secondary',
    onclick: () => {
      const r = ctx.selection();
      if (!r || !(r.end > r.start)) {
        status.textContent = ctx.t('review.frag.noSelection');
        return;
      }
      add(fragment(nextName(), r.start, r.end));
    },
  }, ctx.t('review.frag.fromSelection'));
  const aroundNow = h('button', {
    type: 'button',
    className: 'button button-secondary',
    onclick: () => add(fragment(nextName(), ctx.clock.time - AROUND_SEC, ctx.clock.time + AROUND_SEC)),
  }, ctx.t('review.frag.aroundNow'));
  const presets = h('button', {
    type: 'button',
    className: 'button button-secondary',
    onclick: () => {
      const d = knownDuration(ctx);
      if (!(d > 0)) {
        status.textContent = ctx.t('review.frag.noDuration');
        return;
      }
      const len = Math.min(PRESET_SEC, d / 3);
      const mid = d / 2;
      const items = [
        fragment(ctx.t('review.frag.begin'), 0, len),
        fragment(ctx.t('review.frag.middle'), mid - len / 2, mid + len / 2),
        fragment(ctx.t('review.frag.end'), d - len, d),
      ];
      ctx.store.edit({ op: 'batch', label: ctx.t('review.frag.presetLabel'), edits: items.map((item) => ({ op: 'add' as const, coll: 'fragments' as const, item })) });
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
    const name = commitField({ label: ctx.t('review.frag.nameOf', label), value: f.name, onCommit: (v) => ctx.store.edit({ op: 'update', coll: 'fragments', id: f.id, patch: { name: v } }) });
    name.readOnly = ctx.store.readOnly;
    const play = h('button', { type: 'button', className: 'icon-button', 'aria-label': ctx.t('review.frag.play', label, formatClock(f.start)), onclick: () => ctx.clock.seek(f.start) }, h('span', { className: 'codicon codicon-play', 'aria-hidden': 'true' }));
    const remove = h('button', { type: 'button', className: 'icon-button', 'aria-label': ctx.t('review.frag.remove', label), disabled: ctx.store.readOnly, onclick: () => ctx.store.edit({ op: 'remove', coll: 'fragments', id: f.id }) }, h('span', { className: 'codicon codicon-trash', 'aria-hidden': 'true' }));
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
