import { h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';

// Placeholder until the mirror panel is built.
export function createMirrorPanel(ctx: ViewContext): Panel {
  return { id: 'mirror', titleKey: 'tab.mirror', element: h('div', { className: 'panel-empty' }, ctx.t('tab.mirror')), update() {} };
}
