import { analyzeSession, type MirrorResult } from '../../src/core/analysis/conversationMirror';
import { clear, h } from '../dom';
import type { Panel } from './panel';
import type { ViewContext } from '../viewContext';
import { functionFigure, questionFigure, talkFigure } from './mirror/barFigures';
import { timelineFigure } from './mirror/timelineFigure';
import { localText } from '../../src/core/text/lang';

function isMirrorResult(x: unknown): x is MirrorResult {
  const r = x as MirrorResult;
  return !!r && typeof r === 'object' && r.format === 'klein-kijken/mirror' && Array.isArray(r.questions) && Array.isArray(r.sentences) && !!r.talk && Array.isArray(r.talk.speakers);
}

/**
 * The Gespreksspiegel tab: figures about the conversation from its transcript (who talks how much,
 * kinds of questions, a timeline of questions, silences, emotion words and the trio's details),
 * each with one plain sentence. A mirror, never a score. The host computes the analysis (it knows
 * the settings and audio silences); when it cannot, the same pure core runs here.
 */
export function createMirrorPanel(ctx: ViewContext): Panel {
  let result: MirrorResult | null = null;
  let stale = true;
  let ticket = 0;
  const status = h('p', { className: 'mirror-status muted', role: 'status', 'aria-live': 'polite' });
  const refresh = h('button', { type: 'button', className: 'button button-secondary mirror-refresh', onclick: () => void load() }, h('span', { className: 'codicon codicon-refresh', 'aria-hidden': 'true' }), ' ', ctx.t('mirror.refresh'));
  const figures = h('div', { className: 'mirror-figures' });
  const element = h('div', { className: 'mirror-panel' },
    h('div', { className: 'mirror-top' }, h('h2', { className: 'mirror-title' }, ctx.t('mirror.title')), refresh),
    h('p', { className: 'muted' }, ctx.t('mirror.intro')),
    status,
    figures,
  );

  const knownDuration = () => {
    const d = ctx.clock.duration;
    return Number.isFinite(d) && d > 0 ? d : (ctx.store.session?.recording?.durationSec ?? 0);
  };

  function render(): void {
    // A redraw (after a correction) keeps the lists the trio opened and the choice they were on.
    const open = [...figures.querySelectorAll('details')].map((d) => d.open);
    const active = ctx.win.document.activeElement as HTMLElement | null;
    const focusKey = active && figures.contains(active) ? `${active.className}|${active.getAttribute('data-key') ?? ''}` : null;
    draw();
    figures.querySelectorAll('details').forEach((d, i) => (d.open = open[i] ?? d.open));
    if (focusKey) [...figures.querySelectorAll<HTMLElement>('[data-key]')].find((el) => `${el.className}|${el.getAttribute('data-key')}` === focusKey)?.focus();
  }

  function draw(): void {
    clear(figures);
    const s = ctx.store.session;
    if (!result) return;
    if ((s?.transcript.length ?? 1) === 0) {
      figures.append(h('p', { className: 'mirror-empty' }, ctx.t('mirror.noTranscript')));
      return;
    }
    for (const n of result.notes) figures.append(h('p', { className: 'mirror-note', role: 'note' }, localText(ctx.settings.lang, n)));
    const colours = new Map((s?.speakers ?? []).map((x) => [x.id, x.colour]));
    figures.append(
      talkFigure(ctx, result, (id) => colours.get(id)),
      questionFigure(ctx, result),
      functionFigure(ctx, result),
      timelineFigure(ctx, result, s, knownDuration()),
    );
  }

  async function load(): Promise<void> {
    const mine = ++ticket;
    status.textContent = ctx.t('mirror.loading');
    refresh.disabled = true;
    let r: MirrorResult | null = null;
    let local = false;
    try {
      const reply = await ctx.bridge.request({ method: 'analyze' });
      if (isMirrorResult(reply)) r = reply;
    } catch {
      // Fall through to the local analysis below.
    }
    if (mine !== ticket) return;
    const s = ctx.store.session;
    if (!r && s) {
      r = analyzeSession(s, { pauseMinSec: ctx.settings.pauseThresholdSec, corrections: s.spiegelCorrections });
      local = true;
    }
    refresh.disabled = false;
    stale = false;
    result = r;
    status.textContent = r ? ctx.t(local ? 'mirror.local' : 'mirror.ready') : '';
    render();
  }

  return {
    id: 'mirror',
    titleKey: 'tab.mirror',
    element,
    update(change) {
      if (change.kind === 'replace' && !element.hidden) {
        // A whole new state (opened, reverted, reloaded) while the mirror is on screen.
        stale = true;
        void load();
      } else if (change.kind === 'edit' && change.touched.has('spiegel')) {
        // A correction by the trio (or its undo): the counts and sentences follow it at once.
        void load();
      } else if (change.kind === 'replace' || change.touched.has('transcript') || change.touched.has('speakers')) {
        // Not re-analysed per transcript keystroke: the user refreshes when ready.
        stale = true;
        if (result) status.textContent = ctx.t('mirror.stale');
      }
      // The trio's details are drawn from the session directly; redraw without a new analysis.
      else if (result && change.touched.has('details')) render();
    },
    shown() {
      if (stale || !result) void load();
    },
    focus: () => refresh.focus(),
  };
}
