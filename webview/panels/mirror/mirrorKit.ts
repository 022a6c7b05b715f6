import type { MirrorResult } from '../../../src/core/analysis/conversationMirror';
import type { MirrorTopic } from '../../../src/core/analysis/mirrorSentences';
import { formatClock } from '../../../src/core/text/time';
import { h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { localText } from '../../../src/core/text/lang';

/** The analysis sentence about one topic, in the UI language (empty when the core had none). */
export function sentenceOf(ctx: ViewContext, r: MirrorResult, topic: MirrorTopic): string {
  const x = r.sentences.find((y) => y.topic === topic);
  return x ? localText(ctx.settings.lang, x) : '';
}

/** A figure with its heading, its one plain sentence, the chart, and the text alternative. */
export function figure(id: string, title: string, sentence: string, chart: Element, ...alt: (Node | null)[]): HTMLElement {
  const cap = h('figcaption', { className: 'mirror-caption', id: `mirror-${id}-caption` }, h('h3', { className: 'mirror-heading' }, title), sentence ? h('p', { className: 'mirror-sentence' }, sentence) : null);
  return h('figure', { className: `mirror-figure mirror-${id}`, 'aria-labelledby': cap.id }, cap, chart, ...alt.filter((x): x is Node => x !== null));
}

/** A time that seeks when clicked, labelled for screen readers. */
export function seekLink(ctx: ViewContext, time: number): HTMLButtonElement {
  return h('button', { type: 'button', className: 'mirror-time', 'aria-label': ctx.t('mirror.seek', formatClock(time)), onclick: () => ctx.clock.seek(time) }, formatClock(time));
}

/** A collapsible list under a chart: its text alternative, one line per moment. */
export function momentList(title: string, rows: Node[], emptyText: string, extra?: string): HTMLElement {
  const ul = h('ul', { className: 'mirror-list' }, ...rows.map((r) => h('li', {}, r)));
  if (rows.length === 0) ul.append(h('li', { className: 'muted' }, emptyText));
  return h('details', { className: 'mirror-more' }, h('summary', {}, `${title} (${rows.length})`), extra ? h('p', { className: 'mirror-sentence' }, extra) : null, ul);
}
