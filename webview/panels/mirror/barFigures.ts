import { formatClock } from '../../../src/core/text/time';
import type { MirrorResult } from '../../../src/core/analysis/conversationMirror';
import { QUESTION_CLASSES, QUESTION_CLASS_LABELS } from '../../../src/core/analysis/questionClassifier';
import { h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { figure, momentList, seekLink, sentenceOf } from './mirrorKit';
import { questionCorrection } from './questionCorrection';
import { QUESTION_FUNCTIONS, QUESTION_FUNCTION_LABELS } from '../../../src/core/analysis/questionFunction';
import { activatable, dataColour, s } from './svg';
import { localText } from '../../../src/core/text/lang';

const W = 400;
const ROW = 34;
const BAR_MAX = 300;

interface Bar {
  label: string;
  value: number;
  /** 0..1 of the longest bar. */
  fraction: number;
  text: string;
  aria: string;
  colour: string | null;
  seekTo: number | null;
}

/**
 * Horizontal bars in SVG: the name above, the bar, its figure beside it. The viewBox scales with
 * the panel; colours are the speakers' own or the theme's chart colour, never a judgement.
 */
function barChart(ctx: ViewContext, label: string, bars: Bar[]): SVGSVGElement {
  const height = bars.length * ROW + 4;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, width: '100%', class: 'mirror-bars', role: 'group', 'aria-label': label, preserveAspectRatio: 'xMinYMin meet' });
  bars.forEach((b, i) => {
    const y = i * ROW;
    const g = s('g', { class: 'mirror-bar-row' });
    const width = Math.max(b.value > 0 ? 2 : 0, b.fraction * BAR_MAX);
    const rect = s('rect', { x: 0, y: y + 16, width, height: 12, rx: 2, class: 'mirror-bar' });
    if (b.colour) rect.setAttribute('fill', b.colour);
    g.append(
      s('text', { x: 0, y: y + 12, class: 'mirror-label' }, b.label),
      s('rect', { x: 0, y: y + 16, width: BAR_MAX, height: 12, class: 'mirror-track' }),
      rect,
    );
    if (b.seekTo !== null) {
      const to = b.seekTo;
      activatable(g, b.aria, () => ctx.clock.seek(to));
    } else {
      g.setAttribute('role', 'img');
      g.setAttribute('aria-label', b.aria);
    }
    // The figure stands beside the row, outside its button: the button's name says it in words
    // and starts with the visible label, as speech users say it (WCAG 2.5.3, axe
    // label-content-name-mismatch).
    svg.append(g, s('text', { x: width + 6, y: y + 26, class: 'mirror-value', 'aria-hidden': 'true' }, b.text));
  });
  return svg;
}

function table(caption: string, head: string[], rows: (string | Node)[][]): HTMLTableElement {
  return h('table', { className: 'mirror-table' },
    h('caption', { className: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))),
  );
}

/** Who talks how much: share of speaking time, turns, longest turn ("spreek met, niet tegen"). */
export function talkFigure(ctx: ViewContext, r: MirrorResult, speakerColour: (id: string) => string | undefined): HTMLElement {
  const sp = r.talk.speakers;
  const max = Math.max(0, ...sp.map((x) => x.share));
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const longest = (x: (typeof sp)[number]) => (x.longestTurn ? ctx.t('mirror.talk.longestAt', formatClock(x.longestTurn.durationSec), formatClock(x.longestTurn.start)) : '—');
  const bars: Bar[] = sp.map((x) => ({
    label: x.name || x.speakerId,
    value: x.share,
    fraction: max > 0 ? x.share / max : 0,
    text: `${pct(x.share)} · ${x.turns}`,
    aria: ctx.t('mirror.talk.bar', x.name || x.speakerId, pct(x.share), x.turns, longest(x)),
    colour: dataColour(speakerColour(x.speakerId), '') || null,
    seekTo: x.longestTurn?.start ?? null,
  }));
  const title = ctx.t('mirror.talk.title');
  const rows = sp.map((x) => [x.name || x.speakerId, pct(x.share), String(x.turns), x.longestTurn ? h('span', {}, `${formatClock(x.longestTurn.durationSec)} `, seekLink(ctx, x.longestTurn.start)) : '—']);
  const more = [sentenceOf(ctx, r, 'monoloog'), sentenceOf(ctx, r, 'overlap')].filter(Boolean);
  return figure('talk', title, sentenceOf(ctx, r, 'spreektijd'), barChart(ctx, title, bars),
    table(title, [ctx.t('mirror.talk.speaker'), ctx.t('mirror.talk.share'), ctx.t('mirror.talk.turns'), ctx.t('mirror.talk.longest')], rows),
    more.length > 0 ? h('div', { className: 'mirror-notes' }, ...more.map((m) => h('p', { className: 'mirror-sentence' }, m))) : null);
}

/** Kinds of questions, one bar per class (open, gesloten, waarom, …), and the list of questions. */
export function questionFigure(ctx: ViewContext, r: MirrorResult): HTMLElement {
  const lang = ctx.settings.lang;
  const max = Math.max(0, ...QUESTION_CLASSES.map((c) => r.classCounts[c] ?? 0));
  const name = (c: (typeof QUESTION_CLASSES)[number]) => localText(lang, QUESTION_CLASS_LABELS[c]);
  const bars: Bar[] = QUESTION_CLASSES.map((c) => {
    const n = r.classCounts[c] ?? 0;
    const first = r.questions.find((q) => q.class === c);
    return { label: name(c), value: n, fraction: max > 0 ? n / max : 0, text: String(n), aria: ctx.t('mirror.q.bar', name(c), n), colour: null, seekTo: first ? first.time : null };
  });
  const title = ctx.t('mirror.q.title');
  // Each question with its form and function (and the rules' reasons as a tooltip), correctable by the trio.
  const rows = r.questions.map((q) =>
    h('span', { className: 'mirror-question', title: `${localText(lang, q.reason)}; ${localText(lang, q.functionReason)}` },
      seekLink(ctx, q.time), ' ', h('q', {}, q.text), ' ', questionCorrection(ctx, q)));
  const extra = [sentenceOf(ctx, r, 'waarom'), sentenceOf(ctx, r, 'suggestief')].filter(Boolean).join(' ');
  return figure('questions', title, sentenceOf(ctx, r, 'vragen'), barChart(ctx, title, bars),
    table(title, [ctx.t('mirror.q.kind'), ctx.t('mirror.q.count')], QUESTION_CLASSES.map((c) => [name(c), String(r.classCounts[c] ?? 0)])),
    momentList(ctx.t('mirror.q.list'), rows, ctx.t('mirror.q.none'), extra || undefined));
}

/** Function in the method, one bar per function (ervaring, precies, emotie, …) with its uitgangspunt. */
export function functionFigure(ctx: ViewContext, r: MirrorResult): HTMLElement {
  const name = (f: (typeof QUESTION_FUNCTIONS)[number]) => localText(ctx.settings.lang, QUESTION_FUNCTION_LABELS[f]);
  const max = Math.max(0, ...QUESTION_FUNCTIONS.map((f) => r.functionCounts[f] ?? 0));
  const bars: Bar[] = QUESTION_FUNCTIONS.map((f) => {
    const n = r.functionCounts[f] ?? 0;
    const first = r.questions.find((q) => q.function === f);
    return { label: name(f), value: n, fraction: max > 0 ? n / max : 0, text: String(n), aria: ctx.t('mirror.q.bar', name(f), n), colour: null, seekTo: first ? first.time : null };
  });
  const title = ctx.t('mirror.f.title');
  return figure('functions', title, sentenceOf(ctx, r, 'functies'), barChart(ctx, title, bars),
    table(title, [ctx.t('mirror.f.kind'), ctx.t('mirror.q.count')], QUESTION_FUNCTIONS.map((f) => [name(f), String(r.functionCounts[f] ?? 0)])));
}
