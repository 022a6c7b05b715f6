import { formatClock } from '../../../src/core/text/time';
import type { MirrorResult } from '../../../src/core/analysis/conversationMirror';
import { QUESTION_CLASSES, QUESTION_CLASS_LABELS } from '../../../src/core/analysis/questionClassifier';
import { QUESTION_FUNCTION_SHORT } from '../../../src/core/analysis/questionFunction';
import type { Session } from '../../../src/core/session/model';
import { h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import { figure, momentList, seekLink, sentenceOf } from './mirrorKit';
import { formatDecimal } from '../../../src/core/text/numbers';
import { activatable, dataColour, rovingRow, s } from './svg';
import { localText } from '../../../src/core/text/lang';

/** Internal width of a row; rows stretch to the panel (marks are rects, so stretching is harmless). */
const W = 1000;
const H = 20;

interface Mark {
  time: number;
  end?: number;
  label: string;
  kind: 'tick' | 'span' | 'word';
  colour?: string;
}

/** One row of the strip: a label and an SVG with a mark per moment; one tab stop, arrows inside. */
function row(ctx: ViewContext, label: string, marks: Mark[], duration: number, rowClass: string): HTMLElement | null {
  if (marks.length === 0) return null;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', width: '100%', height: H, class: `mirror-strip ${rowClass}`, role: 'group', 'aria-label': label });
  svg.append(s('line', { x1: 0, y1: H / 2, x2: W, y2: H / 2, class: 'mirror-axis' }));
  const x = (t: number) => Math.max(0, Math.min(W, (t / duration) * W));
  const items: SVGElement[] = [];
  for (const m of [...marks].sort((a, b) => a.time - b.time)) {
    const g = s('g', { 'data-time': m.time });
    const x0 = x(m.time);
    const width = m.kind === 'span' && m.end !== undefined ? Math.max(3, x(m.end) - x0) : m.kind === 'tick' ? 3 : 7;
    const left = m.kind === 'span' ? x0 : x0 - width / 2;
    // A wider transparent target makes small marks easy to hit with a mouse.
    g.append(s('rect', { x: left - 4, y: 0, width: width + 8, height: H, class: 'mirror-target' }));
    const mark = s('rect', { x: left, y: m.kind === 'tick' ? 2 : 5, width, height: m.kind === 'tick' ? H - 4 : H - 10, class: `mirror-mark mirror-mark-${m.kind}` });
    if (m.colour) mark.setAttribute('fill', m.colour);
    g.append(mark);
    activatable(g, m.label, () => ctx.clock.seek(m.time), -1);
    items.push(g);
    svg.append(g);
  }
  rovingRow(items);
  return h('div', { className: 'mirror-row' }, h('div', { className: 'mirror-row-label', 'aria-hidden': 'true' }, label), svg);
}

/**
 * The conversation laid out in time: questions by kind, silences, emotion words (picked up or
 * not) and the trio's own details. Every mark seeks; the lists below are the text alternative.
 */
export function timelineFigure(ctx: ViewContext, r: MirrorResult, session: Session | null, knownDuration: number): HTMLElement {
  const lang = ctx.settings.lang;
  const L = (x: { nl: string; en: string }) => localText(lang, x);
  const details = session?.details ?? [];
  const duration = Math.max(
    1,
    knownDuration,
    ...r.questions.map((q) => q.time),
    ...r.pauses.map((p) => p.end),
    ...r.emotionWords.map((w) => w.time),
    ...details.map((d) => d.end ?? d.start),
  );
  const rows: (HTMLElement | null)[] = [];
  for (const c of QUESTION_CLASSES) {
    const qs = r.questions.filter((q) => q.class === c);
    rows.push(row(ctx, ctx.t('mirror.tl.questions', L(QUESTION_CLASS_LABELS[c])), qs.map((q) => ({ time: q.time, kind: 'tick', label: ctx.t('mirror.tl.question', L(q.label), formatClock(q.time), q.text) })), duration, `mirror-q-${c}`));
  }
  const secText = (x: number) => formatDecimal(x, 1, lang, { dropZeroFraction: true });
  rows.push(row(ctx, ctx.t('mirror.tl.silences'), r.pauses.map((p) => ({ time: p.start, end: p.end, kind: 'span', label: ctx.t('mirror.tl.silence', secText(p.durationSec), formatClock(p.start)) })), duration, 'mirror-silences'));
  // What followed each word is described (the next question and its function), never judged.
  const followed = (w: MirrorResult['emotionWords'][number]) => {
    const f = w.followedBy;
    if (!f) return ctx.t('mirror.tl.followNone');
    return f.question ? ctx.t('mirror.tl.followQuestion', formatClock(f.time), f.question.text, L(QUESTION_FUNCTION_SHORT[f.question.function])) : ctx.t('mirror.tl.followOther', formatClock(f.time), f.text);
  };
  const wordLabel = (w: MirrorResult['emotionWords'][number]) => ctx.t('mirror.tl.word', ctx.t('mirror.tl.emotion'), formatClock(w.time), w.word, followed(w));
  rows.push(row(ctx, ctx.t('mirror.tl.emotion'), r.emotionWords.map((w) => ({ time: w.time, kind: 'word', label: wordLabel(w) })), duration, 'mirror-emotion'));
  const tags = new Map((session?.framework.tags ?? []).map((t) => [t.id, t]));
  const detailText = (d: (typeof details)[number]) => [d.tags.map((id) => tags.get(id) ? L(tags.get(id)!.label) : id).join(', '), d.see].filter(Boolean).join(' — ');
  rows.push(row(ctx, ctx.t('mirror.tl.details'), details.map((d) => ({ time: d.start, kind: 'tick', colour: dataColour(tags.get(d.tags[0] ?? '')?.colour, '') || undefined, label: ctx.t('mirror.tl.detail', formatClock(d.start), detailText(d)) })), duration, 'mirror-details'));

  const strip = h('div', { className: 'mirror-timeline' }, h('p', { className: 'muted' }, ctx.t('mirror.tl.hint')), ...rows.filter((x): x is HTMLElement => x !== null));

  const silenceRows = r.pauses.map((p) => h('span', {}, seekLink(ctx, p.start), ` ${ctx.t('mirror.sec', secText(p.durationSec))}`));
  const wordRows = r.emotionWords.map((w) => h('span', {}, seekLink(ctx, w.time), ' ', h('q', {}, w.word), ` — ${followed(w)}`));
  const detailRows = details.map((d) => h('span', {}, seekLink(ctx, d.start), ` ${detailText(d)}`));
  const stilte = [sentenceOf(ctx, r, 'stilte'), sentenceOf(ctx, r, 'wachttijd')].filter(Boolean);
  return figure('timeline', ctx.t('mirror.tl.title'), sentenceOf(ctx, r, 'emotiewoorden'), strip,
    momentList(ctx.t('mirror.list.silences', secText(r.pauseMinSec)), silenceRows, ctx.t('mirror.list.none'), stilte.join(' ') || undefined),
    momentList(ctx.t('mirror.list.emotion'), wordRows, ctx.t('mirror.list.none')),
    momentList(ctx.t('mirror.list.details'), detailRows, ctx.t('mirror.list.none')));
}
