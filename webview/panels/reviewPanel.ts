import { h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';
import { createCompareSection } from './review/compareSection';
import { createFeedbackSection } from './review/feedbackSection';
import { createFirstViewingSection } from './review/firstViewingSection';
import { createFragmentSequence } from './review/fragmentSequence';
import { createFragmentsSection } from './review/fragmentsSection';
import { createLensSection } from './review/lensSection';
import { createMergeSection } from './review/mergeSection';
import type { Section } from './review/reviewKit';
import { createRoundsSection, softBeep, type RoundDeps } from './review/roundsSection';
import { createSetupSection } from './review/setupSection';

/**
 * The Bespreking tab: everything a trio needs around one recording — who is a, b and c, the
 * context and leervraag, lenses, fragments, a guided round with timers, comparing two observers,
 * the feedback for a, and merging a colleague's copy. Each part is a collapsible section.
 */
export function createReviewPanel(ctx: ViewContext, deps: Partial<RoundDeps> = {}): Panel {
  const seq = createFragmentSequence(ctx);
  const sections: Section[] = [
    createSetupSection(ctx),
    createFirstViewingSection(ctx),
    createLensSection(ctx),
    createFragmentsSection(ctx, seq),
    createRoundsSection(ctx, seq, { now: deps.now ?? (() => Date.now()), beep: deps.beep ?? (() => softBeep(ctx.win)) }),
    createCompareSection(ctx),
    createFeedbackSection(ctx),
    createMergeSection(ctx),
  ];
  const readOnly = h('p', { className: 'review-readonly muted', role: 'note' }, ctx.t('review.readOnly'));
  const element = h('div', { className: 'review-panel' }, readOnly, ...sections.map((s) => s.element));
  const update: Panel['update'] = (change) => {
    readOnly.hidden = !ctx.store.readOnly;
    for (const s of sections) s.update(change);
  };
  if (ctx.store.session) update({ kind: 'replace' });
  return {
    id: 'review',
    titleKey: 'tab.review',
    element,
    update,
    focus: () => element.querySelector<HTMLElement>('.review-toggle')?.focus(),
  };
}
