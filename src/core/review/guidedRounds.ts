import type { LocalText, ParticipantRole } from '../session/model';
import { idRecord } from '../session/ids';

/**
 * The trio's review round as data plus a pure state machine. Time is always handed in (`now`,
 * milliseconds, e.g. Date.now()); nothing here starts a timer, so the webview ticks it and tests
 * can step through a whole round in microseconds.
 */

export type RoundStepId =
  | 'context'
  | 'eersteKeerKijken'
  | 'reactieLeervraag'
  | 'tweedeKeerKijken'
  | 'feedback'
  | 'goedeVragen'
  | 'feedforward'
  /** The 7 + 8 drill (see roundTemplates.ts). */
  | 'opnemen'
  | 'terugkijken';

export interface RoundStep {
  id: RoundStepId;
  title: LocalText;
  instruction: LocalText;
  /** Planned length in seconds. */
  durationSec: number;
}

/** Defaults add up to 20 minutes, the length of one trio round. */
export const ROUND_STEPS: readonly RoundStep[] = [
  {
    id: 'context',
    title: { nl: 'Context', en: 'Context' },
    instruction: {
      nl: 'a vertelt in hooguit twee minuten over de student, de aanleiding van het gesprek en de leervraag.',
      en: 'a tells, in two minutes at most, about the student, why the conversation took place and the learning question.',
    },
    durationSec: 120,
  },
  {
    id: 'eersteKeerKijken',
    title: { nl: 'Eerste keer kijken', en: 'First viewing' },
    instruction: {
      nl: 'b en c noteren alleen wat ze zien en horen, zonder het te duiden, en vertellen het daarna aan a.',
      en: 'b and c note only what they see and hear, without interpreting it, and then tell a.',
    },
    durationSec: 240,
  },
  {
    id: 'reactieLeervraag',
    title: { nl: 'Reactie en leervraag', en: 'Response and learning question' },
    instruction: {
      nl: 'a reageert en scherpt de leervraag eventueel aan; b en c kiezen de uitgangspunten voor hun lens.',
      en: 'a responds and may sharpen the learning question; b and c choose the principles for their lens.',
    },
    durationSec: 120,
  },
  {
    id: 'tweedeKeerKijken',
    title: { nl: 'Tweede keer kijken', en: 'Second viewing' },
    instruction: {
      nl: 'Kijk door de gekozen lenzen; zet de opname stil bij elk detail en leg het moment vast met zijn uitgangspunt.',
      en: 'Watch through the chosen lenses; pause at every detail and record the moment with its principle.',
    },
    durationSec: 360,
  },
  {
    id: 'feedback',
    title: { nl: 'Feedback', en: 'Feedback' },
    instruction: {
      nl: "Begin bij de leervraag: eerst wat goed ging en wat 't beste ging, dan wat beter kan, steeds bij een concreet moment.",
      en: 'Start from the learning question: first what went well and what went best, then what could be better, always at a concrete moment.',
    },
    durationSec: 180,
  },
  {
    id: 'goedeVragen',
    title: { nl: 'Goede vragen', en: 'Good questions' },
    instruction: {
      nl: 'Schrijf de verbredende en verdiepende vragen op die werkten of hadden kunnen werken.',
      en: 'Write down the broadening and deepening questions that worked or could have worked.',
    },
    durationSec: 120,
  },
  {
    id: 'feedforward',
    title: { nl: 'Feedforward', en: 'Feedforward' },
    instruction: {
      nl: 'b en c sluiten af met één concrete vervolgstap voor het volgende gesprek van a.',
      en: "b and c close with one concrete next step for a's next conversation.",
    },
    durationSec: 60,
  },
];

/** A viewing gets the fragment's length plus a margin, within these bounds (seconds). */
export const FIRST_VIEWING_BOUNDS = { min: 60, max: 600, margin: 30 } as const;
/** The second viewing pauses often, so it gets twice the length, within these bounds. */
export const SECOND_VIEWING_BOUNDS = { min: 120, max: 900, factor: 2 } as const;

export interface RoundConfig {
  /** Participant ids in the order they take their turn as a; the first is a now. */
  members: readonly string[];
  /** Length of the fragment (or recording) being shown, in seconds, when known. */
  mediaSec?: number | null;
  /** Other steps or durations; default ROUND_STEPS. */
  steps?: readonly RoundStep[];
}

export interface StepRecord {
  id: RoundStepId;
  status: 'done' | 'skipped';
  /** Seconds actually spent. */
  spentSec: number;
}

export interface RoundState {
  steps: RoundStep[];
  members: string[];
  /** How many places the roles moved on: member i has role ROLES[(i − offset) mod n]. */
  offset: number;
  /** 1 for the first a, 2 after one rotation, … */
  round: number;
  index: number;
  /** When the current step's clock started (ms), shifted forward by pauses. */
  stepStartedAt: number;
  /** Set while paused. */
  pausedAt: number | null;
  finished: boolean;
  history: StepRecord[];
}

export interface Tick {
  step: RoundStep | null;
  elapsedSec: number;
  /** Seconds left, never below 0. */
  remainingSec: number;
  overtime: boolean;
  /** Seconds past the planned end (0 when not over). */
  overtimeSec: number;
  finished: boolean;
  paused: boolean;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** The steps with the viewing durations fitted to the media length (rounded to whole seconds). */
export function roundSteps(mediaSec?: number | null, steps: readonly RoundStep[] = ROUND_STEPS): RoundStep[] {
  const len = typeof mediaSec === 'number' && Number.isFinite(mediaSec) && mediaSec > 0 ? mediaSec : null;
  return steps.map((s) => {
    if (len === null) return { ...s };
    if (s.id === 'eersteKeerKijken') {
      const f = FIRST_VIEWING_BOUNDS;
      return { ...s, durationSec: Math.round(clamp(len + f.margin, f.min, f.max)) };
    }
    if (s.id === 'tweedeKeerKijken') {
      const f = SECOND_VIEWING_BOUNDS;
      return { ...s, durationSec: Math.round(clamp(len * f.factor, f.min, f.max)) };
    }
    return { ...s };
  });
}

/** The roles in turn order; a fourth or later member watches along as 'other'. */
const ROLES: readonly ParticipantRole[] = ['a', 'b', 'c'];

export function rolesOf(state: Pick<RoundState, 'members' | 'offset'>): Record<string, ParticipantRole> {
  const n = state.members.length;
  const out = idRecord<ParticipantRole>();
  state.members.forEach((m, i) => {
    const pos = (((i - state.offset) % n) + n) % n;
    out[m] = ROLES[pos] ?? 'other';
  });
  return out;
}

export function startRound(config: RoundConfig, now: number): RoundState {
  return {
    steps: roundSteps(config.mediaSec, config.steps ?? ROUND_STEPS),
    members: [...config.members],
    offset: 0,
    round: 1,
    index: 0,
    stepStartedAt: now,
    pausedAt: null,
    finished: false,
    history: [],
  };
}

function elapsedMs(state: RoundState, now: number): number {
  const until = state.pausedAt ?? now;
  return Math.max(0, until - state.stepStartedAt);
}

export function tick(state: RoundState, now: number): Tick {
  const step = state.finished ? null : (state.steps[state.index] ?? null);
  const elapsedSec = step ? elapsedMs(state, now) / 1000 : 0;
  const planned = step?.durationSec ?? 0;
  const over = step !== null && elapsedSec > planned;
  return {
    step,
    elapsedSec,
    remainingSec: step ? Math.max(0, planned - elapsedSec) : 0,
    overtime: over,
    overtimeSec: over ? elapsedSec - planned : 0,
    finished: state.finished,
    paused: state.pausedAt !== null,
  };
}

function advance(state: RoundState, now: number, status: StepRecord['status']): RoundState {
  if (state.finished) return state;
  const step = state.steps[state.index]!;
  const history = [...state.history, { id: step.id, status, spentSec: elapsedMs(state, now) / 1000 }];
  const last = state.index >= state.steps.length - 1;
  return { ...state, history, index: last ? state.index : state.index + 1, finished: last, stepStartedAt: now, pausedAt: null };
}

/** The current step is done; on the last step, the round is finished. */
export function next(state: RoundState, now: number): RoundState {
  return advance(state, now, 'done');
}

/** Leave the current step out and go on. */
export function skip(state: RoundState, now: number): RoundState {
  return advance(state, now, 'skipped');
}

/** Back to the previous step (or, when finished, the last one); its clock starts again. */
export function back(state: RoundState, now: number): RoundState {
  if (state.finished) return { ...state, finished: false, stepStartedAt: now, pausedAt: null };
  if (state.index === 0) return { ...state, stepStartedAt: now, pausedAt: null };
  return { ...state, index: state.index - 1, stepStartedAt: now, pausedAt: null };
}

export function pause(state: RoundState, now: number): RoundState {
  return state.pausedAt !== null || state.finished ? state : { ...state, pausedAt: now };
}

export function resume(state: RoundState, now: number): RoundState {
  if (state.pausedAt === null) return state;
  return { ...state, stepStartedAt: state.stepStartedAt + (now - state.pausedAt), pausedAt: null };
}

/**
 * The next member becomes a (a→c, b→a, c→b: everyone moves one role back so b takes the turn
 * as a, as in the method's a→b→c→a rotation) and a new round starts at the first step.
 */
export function rotate(state: RoundState, now: number): { state: RoundState; roles: Record<string, ParticipantRole> } {
  const n = state.members.length;
  const offset = n > 0 ? (state.offset + 1) % n : 0;
  const s: RoundState = { ...state, offset, round: state.round + 1, index: 0, stepStartedAt: now, pausedAt: null, finished: false, history: [] };
  return { state: s, roles: rolesOf(s) };
}
