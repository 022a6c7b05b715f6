import { h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';

// Placeholder until the details panel is built.
export function createDetailsPanel(ctx: ViewContext): Panel {
  return { id: 'details', titleKey: 'tab.details', element: h('div', { className: 'panel-empty' }, ctx.t('tab.details')), update() {} };
}
