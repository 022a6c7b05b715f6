import { FEEDBACK_LABELS, FEEDBACK_ORDER, feedbackSummary, type FeedbackItem, type TagFeedback } from '../../../src/core/review/feedbackSummary';
import { clear, h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { createNoteBox } from './noteBox';
import { collapsible, local, seekButton, touches, type Section } from './reviewKit';

/**
 * The feedback for a, in the order the method asks: the leervraag on top, then per uitgangspunt
 * what went well, what went best, what could be better — each at a moment one can click to see.
 */
export function createFeedbackSection(ctx: ViewContext): Section {
  let dirty = true;
  const sec = collapsible('feedback', ctx.t('review.fb.title'), false, (open) => {
    if (open && dirty) render();
  });
  const out = h('div', { className: 'review-fb-out' });
  // After goed, 't beste and kan beter: a replies, then names a's own next step.
  const reply = createNoteBox(ctx, 'reactie');
  const nextStep = createNoteBox(ctx, 'feedforward');
  sec.body.append(out, reply.element, nextStep.element);

  const itemEl = (it: FeedbackItem) => {
    const what = [it.see, it.meaning].map((x) => x.trim()).filter(Boolean).join(' — ');
    return h('li', { className: 'review-fb-item' },
      seekButton(ctx, it.start), ' ',
      h('span', {}, what),
      it.question ? h('div', { className: 'review-fb-question' }, ctx.t('review.fb.question', it.question.text)) : null,
    );
  };

  const tagBlock = (t: TagFeedback) => {
    const marks = [t.inFocus ? ctx.t('review.fb.focus') : '', t.inLeervraag ? ctx.t('review.fb.inLeervraag') : ''].filter(Boolean);
    const block = h('section', { className: 'review-fb-tag', 'data-tag': t.tagId ?? '' },
      h('h4', {}, local(ctx, t.label), ...marks.map((m) => h('span', { className: 'badge review-mark' }, m))),
    );
    if (t.count === 0) {
      block.append(h('p', { className: 'muted' }, ctx.t('review.fb.none')));
      return block;
    }
    for (const kind of FEEDBACK_ORDER) {
      if (t.groups[kind].length === 0) continue;
      const kindBox = h('div', { className: `review-fb-kind review-fb-${kind}`, 'data-kind': kind }, h('h5', {}, local(ctx, FEEDBACK_LABELS[kind])));
      for (const o of t.byObserver) {
        const items = o.groups[kind];
        if (items.length === 0) continue;
        kindBox.append(h('div', { className: 'review-fb-observer' }, h('span', { className: 'review-fb-name' }, o.name)), h('ul', {}, ...items.map(itemEl)));
      }
      block.append(kindBox);
    }
    return block;
  };

  function render(): void {
    dirty = false;
    clear(out);
    const s = ctx.store.session;
    if (!s) return;
    const sum = feedbackSummary(s);
    out.append(h('p', { className: 'review-fb-leervraag' }, sum.leervraag.trim() ? ctx.t('review.fb.leervraag', sum.leervraag.trim()) : ctx.t('review.fb.noLeervraag')));
    if (sum.tags.every((t) => t.count === 0)) out.append(h('p', { className: 'muted' }, ctx.t('review.fb.empty')));
    for (const t of sum.tags) out.append(tagBlock(t));
    if (sum.withoutFeedback > 0) out.append(h('p', { className: 'muted' }, ctx.t('review.fb.withoutFeedback', sum.withoutFeedback)));
  }

  return {
    element: sec.element,
    update(c) {
      if (touches(c, 'notes', 'participants')) {
        reply.render();
        nextStep.render();
      }
      if (!touches(c, 'details', 'participants', 'review', 'meta')) return;
      dirty = true;
      if (sec.isOpen()) render();
    },
  };
}
