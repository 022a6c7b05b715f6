import { compareObservers, type CompareResult } from '../../../src/core/compare/compareObservers';
import type { Sentence } from '../../../src/core/compare/explainComparison';
import type { Detail, Session } from '../../../src/core/session/model';
import { clear, h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { collapsible, local, mmss, seekButton, touches, type Section } from './reviewKit';

const decimal = (x: number, lang: string) => (lang === 'en' ? x.toFixed(2) : x.toFixed(2).replace('.', ','));

/**
 * What two observers saw together and apart, per uitgangspunt, with kappa where it can be
 * computed and the core's plain sentences. Deliberately no colours for "good" or "bad".
 */
export function createCompareSection(ctx: ViewContext): Section {
  let dirty = true;
  const sec = collapsible('compare', ctx.t('review.cmp.title'), false, (open) => {
    if (open && dirty) render();
  });
  const first = h('select', { className: 'field', id: 'review-cmp-first' });
  const second = h('select', { className: 'field', id: 'review-cmp-second' });
  const tolerance = h('input', { type: 'number', className: 'field review-seconds', id: 'review-cmp-tol', min: 0, max: 60, step: 0.5 });
  tolerance.value = String(ctx.settings.compareToleranceSec);
  const onlyFrag = h('input', { type: 'checkbox', id: 'review-cmp-frag' });
  const fragLabel = h('label', { for: 'review-cmp-frag' }, ctx.t('review.cmp.onlyFragments'));
  const out = h('div', { className: 'review-compare-out', 'aria-live': 'polite' });
  for (const el of [first, second, tolerance, onlyFrag]) el.addEventListener('change', () => render());
  tolerance.addEventListener('keydown', (e) => e.stopPropagation());
  sec.body.append(
    h('p', { className: 'muted' }, ctx.t('review.cmp.hint')),
    h('div', { className: 'review-row review-wrap' },
      h('label', { for: first.id }, ctx.t('review.cmp.first')), first,
      h('label', { for: second.id }, ctx.t('review.cmp.second')), second,
      h('label', { for: tolerance.id }, ctx.t('review.cmp.tolerance')), tolerance,
    ),
    h('div', { className: 'review-row' }, onlyFrag, fragLabel),
    out,
  );

  const fillSelect = (sel: HTMLSelectElement, s: Session, fallbackRole: 'b' | 'c') => {
    const keep = sel.value;
    clear(sel);
    for (const p of s.participants) sel.append(h('option', { value: p.id }, `${p.name || p.role} (${p.role})`));
    const def = s.participants.find((p) => p.role === fallbackRole)?.id ?? s.participants[fallbackRole === 'b' ? 0 : 1]?.id ?? '';
    sel.value = s.participants.some((p) => p.id === keep) ? keep : def;
  };

  const sentence = (r: CompareResult, about: string, figure: Sentence['figure']) => {
    const x = r.sentences.find((y) => y.about === about && y.figure === figure);
    return x ? h('p', { className: 'review-sentence' }, local(ctx, x)) : null;
  };

  const momentText = (d: Detail | undefined, s: Session) => {
    if (!d) return '';
    const tags = d.tags.map((id) => s.framework.tags.find((t) => t.id === id)?.key ?? id).join(', ');
    return [tags ? `[${tags}]` : '', d.see].filter(Boolean).join(' ');
  };

  const momentList = (title: string, ids: readonly string[], s: Session) => {
    const byId = new Map(s.details.map((d) => [d.id, d]));
    const ul = h('ul', { className: 'review-moments' });
    for (const id of ids) {
      const d = byId.get(id);
      if (d) ul.append(h('li', {}, seekButton(ctx, d.start), ' ', momentText(d, s)));
    }
    if (ids.length === 0) ul.append(h('li', { className: 'muted' }, ctx.t('review.cmp.noMoments')));
    return h('div', {}, h('h4', {}, title), ul);
  };

  function render(): void {
    dirty = false;
    const s = ctx.store.session;
    clear(out);
    if (!s) return;
    fillSelect(first, s, 'b');
    fillSelect(second, s, 'c');
    const frags = s.fragments.filter((f) => f.end > f.start);
    onlyFrag.hidden = fragLabel.hidden = frags.length === 0;
    if (!first.value || !second.value || first.value === second.value || s.participants.length < 2) {
      out.append(h('p', { className: 'muted' }, ctx.t('review.cmp.needTwo')));
      return;
    }
    const tol = Number(tolerance.value);
    const res = compareObservers(s, {
      observers: [first.value, second.value],
      tolerance: Number.isFinite(tol) && tol >= 0 ? tol : ctx.settings.compareToleranceSec,
      ...(onlyFrag.checked && frags.length > 0 ? { ranges: frags.map((f) => ({ start: f.start, end: f.end })) } : {}),
    });
    if (!res.ok) {
      out.append(h('p', {}, local(ctx, res.error)));
      return;
    }
    const r = res.value;
    const [B, C] = r.names;
    out.append(h('h4', {}, ctx.t('review.cmp.overall')), sentence(r, 'overall', 'matching') ?? '', sentence(r, 'overall', 'kappa') ?? '');

    const ids = Object.keys(r.perTag);
    if (ids.length === 0) out.append(h('p', { className: 'muted' }, ctx.t('review.cmp.noTags')));
    else {
      const table = h('table', { className: 'review-table' },
        h('caption', { className: 'sr-only' }, ctx.t('review.cmp.title')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, ctx.t('review.cmp.tag')),
          h('th', { scope: 'col' }, ctx.t('review.cmp.together')),
          h('th', { scope: 'col' }, ctx.t('review.cmp.onlyOf', B)),
          h('th', { scope: 'col' }, ctx.t('review.cmp.onlyOf', C)),
          h('th', { scope: 'col' }, ctx.t('review.cmp.kappa')),
        )),
      );
      const body = h('tbody');
      for (const id of ids) {
        const t = r.perTag[id]!;
        body.append(h('tr', { 'data-tag': id },
          h('th', { scope: 'row' }, local(ctx, t.label)),
          h('td', { className: 'review-matched' }, String(t.matched)),
          h('td', { className: 'review-onlyb' }, String(t.onlyB)),
          h('td', { className: 'review-onlyc' }, String(t.onlyC)),
          h('td', { className: 'review-kappa' }, t.kappa === null ? ctx.t('review.cmp.noKappa') : decimal(t.kappa, ctx.settings.lang)),
        ));
      }
      table.append(body);
      out.append(table);
      const explain = h('ul', { className: 'review-sentences' });
      for (const id of ids) {
        const block = h('li', { 'data-tag': id }, h('strong', {}, local(ctx, r.perTag[id]!.label)), sentence(r, id, 'matching') ?? '', sentence(r, id, 'kappa') ?? '');
        explain.append(block);
      }
      out.append(explain);
    }
    out.append(pairList(r, s), momentList(ctx.t('review.cmp.onlyMoments', B), r.onlyBIds, s), momentList(ctx.t('review.cmp.onlyMoments', C), r.onlyCIds, s));
  }

  /** Moments both saw, with both observers' notes, so the trio can talk about the same moment. */
  function pairList(r: CompareResult, s: Session): HTMLElement {
    const [B, C] = r.names;
    const byId = new Map(s.details.map((d) => [d.id, d]));
    const ul = h('ul', { className: 'review-moments review-pairs' });
    for (const p of r.pairs) {
      const db = byId.get(p.b);
      const dc = byId.get(p.c);
      if (!db || !dc) continue;
      ul.append(h('li', {}, seekButton(ctx, Math.min(db.start, dc.start)), ' ', h('span', {}, `${B}: ${momentText(db, s)}`), h('br'), h('span', {}, `${C} (${mmss(dc.start)}): ${momentText(dc, s)}`)));
    }
    if (!ul.firstChild) ul.append(h('li', { className: 'muted' }, ctx.t('review.cmp.noMoments')));
    return h('div', {}, h('h4', {}, ctx.t('review.cmp.pairs')), ul);
  }

  return {
    element: sec.element,
    update(c) {
      if (!touches(c, 'details', 'participants', 'fragments', 'meta')) return;
      dirty = true;
      // Computed only while visible: a long session's details change often during a viewing.
      if (sec.isOpen()) render();
    },
  };
}
