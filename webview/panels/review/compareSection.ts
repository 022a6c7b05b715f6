import { compareObservers, type CompareResult } from '../../../src/core/compare/compareObservers';
import { kappaGaps, type Sentence } from '../../../src/core/compare/explainComparison';
import type { Detail, Session } from '../../../src/core/session/model';
import { formatDecimal } from '../../../src/core/text/numbers';
import { clear, h } from '../../dom';
import { keepTypingInField } from '../../fieldKeys';
import type { ViewContext } from '../../viewContext';
import { collapsible, local, seekButton, touches, type Section } from './reviewKit';


/**
 * What two observatoren saw together and apart, per uitgangspunt by name, in the core's plain
 * sentences; each detail at its own time. Kappa only in an expert section behind a summary.
 * Deliberately no colours for "good" or "bad".
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
  tolerance.addEventListener('keydown', keepTypingInField);
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

  /** The uitgangspunten of a detail by name, as the trio knows them (not their keys). */
  const tagNames = (d: Detail, s: Session) => d.tags.map((id) => { const t = s.framework.tags.find((x) => x.id === id); return t ? local(ctx, t.label) : id; });

  /** One detail at its own time: who, when, which uitgangspunten, what they saw. */
  const momentLine = (who: string | null, d: Detail, s: Session) => {
    const names = tagNames(d, s);
    return h('div', { className: 'review-moment' },
      seekButton(ctx, d.start),
      who ? h('span', { className: 'review-moment-who' }, ` ${who}`) : '',
      names.length ? h('span', { className: 'review-moment-tags' }, ` — ${names.join(' · ')}`) : '',
      d.see ? h('span', { className: 'review-moment-see' }, `: ${d.see}`) : '',
    );
  };

  const momentList = (title: string, ids: readonly string[], s: Session) => {
    const byId = new Map(s.details.map((d) => [d.id, d]));
    const ul = h('ul', { className: 'review-moments' });
    for (const id of ids) {
      const d = byId.get(id);
      if (d) ul.append(h('li', {}, momentLine(null, d, s)));
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
    out.append(h('h4', {}, ctx.t('review.cmp.overall')), sentence(r, 'overall', 'matching') ?? '');

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
        ));
      }
      table.append(body);
      out.append(table);
    }
    out.append(pairList(r, s), momentList(ctx.t('review.cmp.onlyMoments', B), r.onlyBIds, s), momentList(ctx.t('review.cmp.onlyMoments', C), r.onlyCIds, s));
    if (ids.length > 0) out.append(expert(r));
  }

  /**
   * Kappa for whoever wants the figure (a trainer, a researcher): behind a summary, with what it
   * counts in words, one line per uitgangspunt that has it, and the reason said once for the rest.
   */
  function expert(r: CompareResult): HTMLElement {
    const withKappa = Object.entries(r.perTag).filter(([, t]) => t.kappa !== null);
    const box = h('details', { className: 'review-expert' }, h('summary', {}, ctx.t('review.cmp.expert')));
    box.append(h('p', { className: 'muted' }, ctx.t('review.cmp.expertHint', formatDecimal(r.binSize, 2, ctx.settings.lang, { dropZeroFraction: true }))));
    box.append(sentence(r, 'overall', 'kappa') ?? '');
    if (withKappa.length) {
      const ul = h('ul', { className: 'review-sentences' });
      for (const [id] of withKappa) ul.append(h('li', { 'data-tag': id }, sentence(r, id, 'kappa') ?? ''));
      box.append(ul);
    }
    for (const gap of kappaGaps(r)) box.append(h('p', { className: 'review-sentence review-gap' }, local(ctx, gap)));
    return box;
  }

  /** Moments both saw: each observer's detail at its own time, so the trio talks about the same moment. */
  function pairList(r: CompareResult, s: Session): HTMLElement {
    const [B, C] = r.names;
    const byId = new Map(s.details.map((d) => [d.id, d]));
    const ul = h('ul', { className: 'review-moments review-pairs' });
    for (const p of r.pairs) {
      const db = byId.get(p.b);
      const dc = byId.get(p.c);
      if (!db || !dc) continue;
      ul.append(h('li', {}, momentLine(B, db, s), momentLine(C, dc, s)));
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
