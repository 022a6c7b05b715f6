import { formatClock } from '../../../src/core/text/time';
import { back, next, pause, resume, roundSteps, skip, startRound, tick, type RoundState, type RoundStep, type RoundStepId } from '../../../src/core/review/guidedRounds';
import type { NoteKind, Participant } from '../../../src/core/session/model';
import { clear, h } from '../../dom';
import { keepTypingInField } from '../../fieldKeys';
import type { ViewContext } from '../../viewContext';
import { ROUND_TEMPLATES, durationsOf, roundTemplate, withDurations, type RoundTemplateId } from '../../../src/core/review/roundTemplates';
import { QuestionForm } from '../questions/questionForm';
import { knownDuration } from './fragmentsSection';
import { createNoteBox, type NoteBox } from './noteBox';
import type { FragmentSequence } from './fragmentSequence';
import { collapsible, local, touches, type Section } from './reviewKit';
import type { UiStringKey } from '../../../src/protocol/uiStrings';

/** What the round needs from the outside world; tests pass a fake clock and a silent beep. */
export interface RoundDeps {
  now: () => number;
  beep: () => void;
}

const VIEWING = new Set(['eersteKeerKijken', 'tweedeKeerKijken']);

/** The notes each step asks for; while a step runs, its note field sits right under the timer. */
export const STEP_NOTES: Partial<Record<RoundStepId, NoteKind>> = {
  context: 'verduidelijking',
  eersteKeerKijken: 'observation',
  feedback: 'reactie',
  feedforward: 'feedforward',
};

/** A short, soft tone (no decoding, low volume), for when the time of a step is up. */
export function softBeep(win: Window): void {
  try {
    const AC = (win as unknown as { AudioContext?: typeof AudioContext }).AudioContext;
    if (!AC) return;
    const ac = new AC();
    const t = ac.currentTime;
    const osc = ac.createOscillator();
    const gain = ac.createGain();
    osc.type = 'sine';
    osc.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.05, t + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.6);
    osc.connect(gain).connect(ac.destination);
    osc.start(t);
    osc.stop(t + 0.65);
    osc.onended = () => void ac.close();
  } catch {
    // Sound is a courtesy; the visual signal is what counts.
  }
}

/** The trio in turn order: a first, then b, then c (only those present). */
function trio(participants: readonly Participant[]): string[] {
  return (['a', 'b', 'c'] as const).map((r) => participants.find((p) => p.role === r)?.id).filter((x): x is string => !!x);
}

/**
 * The guided round: seven steps with a countdown each, pause, next/skip/back, a gentle signal
 * when time is up, and at the end the roles move on. The round lives in memory (view state).
 */
export function createRoundsSection(ctx: ViewContext, seq: FragmentSequence, deps: RoundDeps): Section {
  // Opening the section refits the viewing steps to the recording, whose length may be known by now.
  const sec = collapsible('rounds', ctx.t('review.round.title'), false, (open) => {
    if (open) {
      render();
      if (!loaded) loadDurations();
    }
  });
  let loaded = false;
  // A running round survives the webview being reloaded (moved to another editor group, …).
  const saved = ctx.viewState?.get<{ state: RoundState | null; steps: RoundStep[]; customised: boolean; template?: RoundTemplateId }>('review.round');
  let state: RoundState | null = saved?.state ?? null;
  let steps: RoundStep[] = saved?.steps ?? roundSteps(null);
  let customised = saved?.customised ?? false;
  let template: RoundTemplateId = roundTemplate(saved?.template).id;
  let sound = false;
  let fragmentsOnly = false;
  let timer: number | null = null;
  let signalledIndex = -1;

  const roundLabel = h('p', { className: 'review-round-label' });
  const stepList = h('ol', { className: 'review-steps', 'aria-label': ctx.t('review.round.steps') });
  const instruction = h('p', { className: 'review-instruction' });
  const timerEl = h('div', { className: 'review-timer', role: 'timer', 'aria-label': ctx.t('review.round.timer') });
  const live = h('p', { className: 'review-live', role: 'status', 'aria-live': 'polite' });
  const btn = (key: UiStringKey, iconName: string, on: () => void) =>
    h('button', { type: 'button', className: 'button button-secondary', onclick: on }, h('span', { className: `codicon codicon-${iconName}`, 'aria-hidden': 'true' }), ' ', ctx.t(key));
  const startBtn = h('button', { type: 'button', className: 'button', onclick: () => start() }, ctx.t('review.round.start'));
  const backBtn = btn('review.round.back', 'arrow-left', () => change((s, now) => back(s, now)));
  const pauseBtn = btn('review.round.pause', 'debug-pause', () => change((s, now) => (s.pausedAt === null ? pause(s, now) : resume(s, now))));
  const nextBtn = btn('review.round.next', 'arrow-right', () => change((s, now) => next(s, now)));
  const skipBtn = btn('review.round.skip', 'debug-step-over', () => change((s, now) => skip(s, now)));
  const stopBtn = btn('review.round.stop', 'debug-stop', () => stop());
  const rotateBtn = h('button', { type: 'button', className: 'button', onclick: () => doRotate() }, ctx.t('review.round.rotate'));
  const dayBtn = btn('review.round.dayReport', 'output', () => dayReport());
  const controls = h('div', { className: 'review-row review-wrap' }, startBtn, backBtn, pauseBtn, nextBtn, skipBtn, stopBtn, rotateBtn, dayBtn);

  const durationBox = h('div', { className: 'review-durations' });
  const soundBox = h('input', { type: 'checkbox', id: 'review-round-sound' });
  soundBox.addEventListener('change', () => void (sound = soundBox.checked));
  const fragBox = h('input', { type: 'checkbox', id: 'review-round-frag' });
  fragBox.addEventListener('change', () => {
    fragmentsOnly = fragBox.checked;
    syncSequence();
  });
  const fragRow = h('div', { className: 'review-row' }, fragBox, h('label', { for: 'review-round-frag' }, ctx.t('review.round.fragmentsOnly')));
  const settings = h('details', { className: 'review-round-settings' }, h('summary', {}, ctx.t('review.round.durations')), durationBox, h('div', { className: 'review-row' }, soundBox, h('label', { for: 'review-round-sound' }, ctx.t('review.round.sound'))), fragRow);
  // Which kind of round: the 20-minute round or the 7 + 8 drill; the trio's own times come back per workspace.
  const templateSelect = h('select', { className: 'field', id: 'review-round-template' });
  for (const tp of ROUND_TEMPLATES) templateSelect.append(h('option', { value: tp.id }, local(ctx, tp.name)));
  templateSelect.value = template;
  templateSelect.addEventListener('change', () => {
    template = roundTemplate(templateSelect.value).id;
    customised = false;
    loadDurations();
  });
  templateSelect.addEventListener('keydown', keepTypingInField);
  const templateRow = h('div', { className: 'review-row' }, h('label', { for: templateSelect.id }, ctx.t('review.round.template')), templateSelect);

  function loadDurations(): void {
    loaded = true;
    const want = template;
    ctx.bridge.request({ method: 'roundDurations', template: want }).then(
      (r) => {
        if (want !== template || state) return;
        const own = r && typeof r === 'object' ? (r as Record<string, unknown>) : {};
        customised = Object.keys(own).length > 0;
        steps = customised ? withDurations(roundTemplate(template).steps, own) : roundSteps(knownDuration(ctx) || null, roundTemplate(template).steps);
        render();
      },
      () => undefined, // without saved times the template's own times stand
    );
    steps = roundSteps(knownDuration(ctx) || null, roundTemplate(template).steps);
    render();
  }

  // The drill's review: b names the questions that made them think, and they go on the list at once.
  const drillForm = new QuestionForm(ctx, (text) => void (live.textContent = text));
  const drillButton = h('button', { type: 'button', className: 'button button-secondary', onclick: () => {
    const b = ctx.store.session?.participants.find((p) => p.role === 'b');
    drillForm.openNew({ origin: 'asked', proposedBy: b?.id ?? null, note: ctx.t('review.round.drillNote') });
  } }, ctx.t('review.round.drillQuestion'));
  const drillBox = h('div', { className: 'review-drill', hidden: true }, h('p', { className: 'muted' }, ctx.t('review.round.drillHint')), drillButton, drillForm.element);

  const stepNotes = new Map<NoteKind, NoteBox>();
  for (const kind of new Set(Object.values(STEP_NOTES))) stepNotes.set(kind, createNoteBox(ctx, kind));
  const notesSlot = h('div', { className: 'review-step-notes' }, ...[...stepNotes.values()].map((b) => b.element));
  sec.body.append(templateRow, roundLabel, stepList, instruction, timerEl, controls, live, notesSlot, drillBox, settings);

  function renderStepNotes(): void {
    const step = state && !state.finished ? state.steps[state.index] : undefined;
    const kind = step ? STEP_NOTES[step.id] : undefined;
    for (const [k, box] of stepNotes) {
      box.element.hidden = k !== kind;
      if (k === kind) box.render();
    }
    drillBox.hidden = step?.id !== 'terugkijken';
    if (drillBox.hidden) drillForm.close();
  }

  const currentSteps = () => state?.steps ?? steps;

  function renderDurations(): void {
    const focusedId = durationBox.contains(durationBox.ownerDocument.activeElement) ? durationBox.ownerDocument.activeElement!.id : '';
    clear(durationBox);
    currentSteps().forEach((s, i) => {
      const id = `review-round-dur-${i}`;
      const input = h('input', { type: 'number', className: 'field review-minutes', id, min: 0.5, max: 120, step: 0.5, 'aria-label': ctx.t('review.round.durationOf', local(ctx, s.title)) });
      input.value = String(Math.round((s.durationSec / 60) * 10) / 10);
      input.addEventListener('change', () => {
        const min = Number(input.value);
        if (!(min > 0) || !Number.isFinite(min)) return;
        const sec = Math.round(min * 60);
        customised = true;
        steps = currentSteps().map((x, j) => (j === i ? { ...x, durationSec: sec } : x));
        if (state) state = { ...state, steps };
        ctx.bridge.request({ method: 'roundDurations', template, save: durationsOf(steps) }).then(undefined, (e: unknown) => void (live.textContent = ctx.t('review.round.rotateFailed', e instanceof Error ? e.message : String(e))));
        render();
      });
      input.addEventListener('keydown', keepTypingInField);
      durationBox.append(h('label', { for: id }, local(ctx, s.title)), input);
    });
    if (focusedId) durationBox.ownerDocument.getElementById(focusedId)?.focus();
  }

  function syncSequence(): void {
    const step = state && !state.finished ? state.steps[state.index] : undefined;
    const want = !!step && fragmentsOnly && VIEWING.has(step.id);
    if (want !== seq.round) {
      seq.round = want;
      seq.apply(want);
    }
  }

  function startTimer(): void {
    if (timer === null) timer = ctx.win.setInterval(() => renderTick(), 1000);
  }
  function stopTimer(): void {
    if (timer !== null) ctx.win.clearInterval(timer);
    timer = null;
  }

  function renderTick(): void {
    if (!state) {
      timerEl.textContent = '';
      timerEl.classList.remove('review-timer-over');
      return;
    }
    const tk = tick(state, deps.now());
    if (tk.finished || !tk.step) {
      timerEl.textContent = '';
      timerEl.classList.remove('review-timer-over');
      return;
    }
    timerEl.textContent = tk.overtime ? ctx.t('review.round.over', formatClock(tk.overtimeSec)) : formatClock(Math.ceil(tk.remainingSec - 1e-9));
    timerEl.classList.toggle('review-timer-over', tk.overtime);
    timerEl.classList.toggle('review-timer-paused', tk.paused);
    if (tk.overtime && signalledIndex !== state.index) {
      signalledIndex = state.index;
      live.textContent = ctx.t('review.round.timeUp', local(ctx, tk.step.title));
      if (sound) deps.beep();
    }
  }

  function render(): void {
    const s = ctx.store.session;
    if (!state && !customised) steps = roundSteps(knownDuration(ctx) || null, roundTemplate(template).steps);
    templateRow.hidden = !!state;
    const list = currentSteps();
    clear(stepList);
    const lastRecord = new Map((state?.history ?? []).map((r) => [r.id, r] as const));
    list.forEach((st, i) => {
      const li = h('li', { className: 'review-step' }, local(ctx, st.title));
      if (state && !state.finished && i === state.index) {
        li.setAttribute('aria-current', 'step');
        li.classList.add('review-step-current');
      }
      const rec = lastRecord.get(st.id);
      if (rec) li.classList.add(rec.status === 'done' ? 'review-step-done' : 'review-step-skipped');
      stepList.append(li);
    });
    const running = !!state && !state.finished;
    const step = running ? state!.steps[state!.index] : undefined;
    roundLabel.textContent = state ? ctx.t('review.round.roundN', state.round) : '';
    // Once finished, the status line says so and the instruction says what comes next (not the same words twice).
    instruction.textContent = step ? local(ctx, step.instruction) : state?.finished ? ctx.t('review.round.finishedNext') : local(ctx, list[0]!.instruction);
    const hasTrio = !!s && trio(s.participants).length > 0;
    startBtn.hidden = !!state;
    startBtn.disabled = !hasTrio;
    startBtn.title = hasTrio ? '' : ctx.t('review.round.needTrio');
    for (const b of [backBtn, stopBtn]) b.hidden = !state;
    for (const b of [pauseBtn, nextBtn, skipBtn]) b.hidden = !running;
    pauseBtn.lastChild!.textContent = ctx.t(state?.pausedAt != null ? 'review.round.resume' : 'review.round.pause');
    pauseBtn.setAttribute('aria-pressed', String(state?.pausedAt != null));
    rotateBtn.hidden = !state?.finished;
    rotateBtn.disabled = ctx.store.readOnly;
    fragRow.hidden = (s?.fragments.length ?? 0) === 0;
    renderDurations();
    renderStepNotes();
    renderTick();
    if (running && state!.pausedAt === null) startTimer();
    else stopTimer();
    syncSequence();
    ctx.viewState?.set('review.round', { state, steps, customised, template });
  }

  function start(): void {
    const s = ctx.store.session;
    if (!s) return;
    const members = trio(s.participants);
    if (members.length === 0) {
      live.textContent = ctx.t('review.round.needTrio');
      return;
    }
    state = startRound({ members, steps }, deps.now());
    signalledIndex = -1;
    announceStep();
    render();
  }

  function change(f: (s: RoundState, now: number) => RoundState): void {
    if (!state) return;
    const before = state.index;
    const wasFinished = state.finished;
    state = f(state, deps.now());
    if (state.index !== before || state.finished !== wasFinished) {
      signalledIndex = -1;
      announceStep();
    }
    render();
  }

  function announceStep(): void {
    if (!state) return;
    if (state.finished) live.textContent = ctx.t('review.round.finished');
    else live.textContent = ctx.t('review.round.nowStep', state.index + 1, state.steps.length, local(ctx, state.steps[state.index]!.title));
  }

  function stop(): void {
    state = null;
    stopTimer();
    render();
  }

  /**
   * The next member brings their own recording: the host opens (or creates) that session and sets
   * the trio up there. This session's roles stay as they were, so its report keeps naming its a.
   */
  function doRotate(): void {
    const s = ctx.store.session;
    if (!state || !s) return;
    rotateBtn.disabled = true;
    live.textContent = ctx.t('review.round.rotateBusy');
    ctx.bridge.request({ method: 'trioNextRound' }).then(
      (r) => {
        rotateBtn.disabled = ctx.store.readOnly;
        if (typeof r !== 'string') {
          live.textContent = ctx.t('review.round.rotateCancelled');
          return;
        }
        // This round is over here; the next one runs in the next member's session.
        state = null;
        live.textContent = ctx.t('review.round.rotatedTo', r.split(/[\\/]/).pop() ?? r);
        render();
      },
      (e: unknown) => {
        rotateBtn.disabled = ctx.store.readOnly;
        live.textContent = ctx.t('review.round.rotateFailed', e instanceof Error ? e.message : String(e));
      },
    );
  }

  function dayReport(): void {
    live.textContent = ctx.t('review.round.dayReportBusy');
    ctx.bridge.request({ method: 'trioDayReport' }).then(
      (r) => void (live.textContent = typeof r === 'string' ? ctx.t('review.round.dayReportDone', r) : ctx.t('review.round.rotateCancelled')),
      (e: unknown) => void (live.textContent = ctx.t('review.round.rotateFailed', e instanceof Error ? e.message : String(e))),
    );
  }

  return {
    element: sec.element,
    update(c) {
      if (touches(c, 'participants', 'fragments', 'meta')) render();
      else if (touches(c, 'notes')) renderStepNotes();
    },
  };
}
