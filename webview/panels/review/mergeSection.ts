import type { CollectionName } from '../../../src/core/session/model';
import { clear, h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { collapsible, touches, type Section } from './reviewKit';

interface MergeReply {
  added: { coll: CollectionName; id: string }[];
  conflicts: number;
}

function isMergeReply(x: unknown): x is MergeReply {
  const r = x as MergeReply;
  return !!r && typeof r === 'object' && Array.isArray(r.added) && typeof r.conflicts === 'number';
}

/** Merging a colleague's copy (made on another laptop) and showing who brought in what. */
export function createMergeSection(ctx: ViewContext): Section {
  const sec = collapsible('merge', ctx.t('review.merge.title'), false);
  const button = h('button', { type: 'button', className: 'button' }, ctx.t('review.merge.button'));
  const status = h('p', { className: 'review-status', role: 'status', 'aria-live': 'polite' });
  const details = h('ul', { className: 'review-merge-list' });
  let last: MergeReply | null = null;
  sec.body.append(h('p', { className: 'muted' }, ctx.t('review.merge.hint')), button, status, details);

  const renderResult = () => {
    clear(details);
    if (!last) return;
    const counts = new Map<CollectionName, number>();
    for (const a of last.added) counts.set(a.coll, (counts.get(a.coll) ?? 0) + 1);
    for (const [coll, n] of counts) details.append(h('li', {}, `${n} ${ctx.t(`review.coll.${coll}`, n)}`));
    // Who added what: the details that came in, by their author (names from the merged session).
    const s = ctx.store.session;
    const addedDetails = new Set(last.added.filter((a) => a.coll === 'details').map((a) => a.id));
    if (!s || addedDetails.size === 0) return;
    const byAuthor = new Map<string | null, number>();
    for (const d of s.details) if (addedDetails.has(d.id)) byAuthor.set(d.authorId, (byAuthor.get(d.authorId) ?? 0) + 1);
    const authors = h('ul', { className: 'review-merge-authors' });
    for (const [id, n] of byAuthor) {
      const name = s.participants.find((p) => p.id === id)?.name || ctx.t('review.merge.unknownAuthor');
      authors.append(h('li', {}, ctx.t('review.merge.byAuthor', name, n)));
    }
    details.append(h('li', {}, authors));
  };

  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = ctx.t('review.merge.busy');
    ctx.bridge.request({ method: 'mergeCopy' }).then(
      (r) => {
        button.disabled = ctx.store.readOnly;
        if (!isMergeReply(r)) {
          last = null;
          status.textContent = ctx.t('review.merge.cancelled');
        } else {
          last = r;
          status.textContent = ctx.t('review.merge.result', r.added.length, r.conflicts);
        }
        renderResult();
      },
      (e: unknown) => {
        button.disabled = ctx.store.readOnly;
        status.textContent = ctx.t('review.merge.failed', e instanceof Error ? e.message : String(e));
      },
    );
  });

  return {
    element: sec.element,
    update(c) {
      button.disabled = ctx.store.readOnly;
      if (last && touches(c, 'details', 'participants')) renderResult();
    },
  };
}
