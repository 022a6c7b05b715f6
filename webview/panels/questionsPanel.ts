import { h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';

// Placeholder until the questions panel is built.
export function createQuestionsPanel(ctx: ViewContext): Panel {
  return { id: 'questions', titleKey: 'tab.questions', element: h('div', { className: 'panel-empty' }, ctx.t('tab.questions')), update() {} };
}
