import { h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';

// Placeholder until the transcript panel is built.
export function createTranscriptPanel(ctx: ViewContext): Panel {
  return { id: 'transcript', titleKey: 'tab.transcript', element: h('div', { className: 'panel-empty' }, ctx.t('tab.transcript')), update() {} };
}
