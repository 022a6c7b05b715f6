import { h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';

// Placeholder until the review panel is built.
export function createReviewPanel(ctx: ViewContext): Panel {
  return { id: 'review', titleKey: 'tab.review', element: h('div', { className: 'panel-empty' }, ctx.t('tab.review')), update() {} };
}
