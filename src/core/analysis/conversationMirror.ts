/**
 * The Gespreksspiegel: figures about one recorded conversation, each with one plain sentence that
 * links it to the method. A mirror, not a judgement: no scores, no verdicts.
 */
import type { LocalText, Seconds, Segment, Session } from '../session/model';
import { BASE_EMOTION_WORDS, compileEmotionWords, findEmotionWords, lemmasIn, type EmotionGroup, type EmotionMatcher, type EmotionWordList } from './emotionWords';
import type { Degree } from './degrees';
import { mirrorSentences, type MirrorSentence } from './mirrorSentences';
import { combinePauses, DEFAULT_PAUSE_SEC, findTranscriptPauses, waitTimes, type AudioSilence, type Pause, type WaitTime } from './pauses';
import { findQuestions, QUESTION_CLASS_LABELS, QUESTION_CLASSES, RULE_REASONS, type QuestionClass, type QuestionRule } from './questionClassifier';
import {
  classifyFunction,
  echoesOf,
  FUNCTION_RULE_REASONS,
  QUESTION_FUNCTION_LABELS,
  QUESTION_FUNCTIONS,
  type FunctionRule,
  type QuestionFunction,
} from './questionFunction';
import { applyCorrection, questionKey, type SpiegelCorrection } from './spiegelCorrections';
import { buildTurns, computeTalkStats, orderedSegments, round3, speakerKey, type Overlap, type SpeakerTalk } from './talkStats';

export interface AnalyzeOptions {
  /** Shortest pause counted, in seconds (default 2). */
  pauseMinSec?: number;
  /** Silences measured in the audio, to combine with the transcript's gaps. */
  audioSilences?: readonly AudioSilence[];
  /** The word list (default: the base list; merge a workspace's extra words first). */
  emotionWords?: EmotionWordList;
  /** The trio's corrections of a question's form or function (stored in the session). */
  corrections?: readonly SpiegelCorrection[];
}

export interface MirrorQuestion {
  /** Stable id of the question: segment id and character offset ("g12:40"), for corrections. */
  key: string;
  time: Seconds;
  segmentId: string;
  speakerId: string;
  text: string;
  /** The form (open, gesloten, …). */
  class: QuestionClass;
  label: LocalText;
  rule: QuestionRule;
  reason: LocalText;
  /** The function in the method (ervaring, precies, emotie, …) with its uitgangspunt. */
  function: QuestionFunction;
  functionLabel: LocalText;
  functionRule: FunctionRule;
  functionReason: LocalText;
  /** What the trio corrected (absent: as the rules found it). */
  corrected?: { form?: QuestionClass; function?: QuestionFunction };
  /** With a correction: what the rules found, so it can be shown and restored. */
  found?: { form: QuestionClass; function: QuestionFunction };
}

/** What the begeleider said next after a signal word: described, never judged. */
export interface MirrorFollowUp {
  segmentId: string;
  time: Seconds;
  /** The first sentence of that turn (shortened). */
  text: string;
  /** The turn's first question, if it asked one. */
  question: { key: string; text: string; class: QuestionClass; function: QuestionFunction } | null;
  /** The begeleider said the same word again. */
  repeatsWord: boolean;
}

export interface MirrorEmotionHit {
  time: Seconds;
  segmentId: string;
  speakerId: string;
  word: string;
  lemma: string;
  group: EmotionGroup;
  /** A vergrotende or overtreffende trap ("leuker", "het leukst"). */
  degree?: Degree;
  /** The begeleider's next turn, or null when none followed. */
  followedBy: MirrorFollowUp | null;
}

export interface MirrorResult {
  format: 'klein-kijken/mirror';
  version: 1;
  /** False when no speaker has the role begeleider: questions of all speakers are then analysed. */
  rolesSet: boolean;
  notes: LocalText[];
  questions: MirrorQuestion[];
  classCounts: Record<QuestionClass, number>;
  functionCounts: Record<QuestionFunction, number>;
  talk: { totalSpeakingSec: number; speakers: SpeakerTalk[]; overlaps: Overlap[] };
  pauseMinSec: number;
  pauses: Pause[];
  waitTimes: WaitTime[];
  emotionWords: MirrorEmotionHit[];
  sentences: MirrorSentence[];
}

export const ROLES_NOT_SET: LocalText = {
  nl: 'Er is geen spreker met de rol begeleider. De vragen van alle sprekers zijn meegeteld en emotiewoorden van alle sprekers gezocht; geef de sprekers een rol voor een preciezere spiegel.',
  en: 'No speaker has the role begeleider (guide). Questions of all speakers were counted and emotion words searched in everything said; set the speakers’ roles for a more precise mirror.',
};


/**
 * Characters of transcript text analysed between two pauses of `analyzeSessionInSlices`: with the
 * linear rules about 10 ms of work, so the extension host stays responsive on a long transcript.
 */
export const SLICE_CHARS = 20_000;

export function analyzeSession(session: Pick<Session, 'transcript' | 'speakers'>, options: AnalyzeOptions = {}): MirrorResult {
  const steps = analysisSteps(session, options);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * The same analysis in bounded slices: after every SLICE_CHARS characters it awaits `pause()`
 * (the host passes a setImmediate promise), so other work of the extension host runs in between.
 */
export async function analyzeSessionInSlices(session: Pick<Session, 'transcript' | 'speakers'>, options: AnalyzeOptions, pause: () => Promise<void>): Promise<MirrorResult> {
  const steps = analysisSteps(session, options);
  let r = steps.next();
  while (!r.done) {
    await pause();
    r = steps.next();
  }
  return r.value;
}

/** Yields once per slice of SLICE_CHARS characters; returns the result. */
export function* analysisSteps(session: Pick<Session, 'transcript' | 'speakers'>, options: AnalyzeOptions = {}): Generator<void, MirrorResult> {
  const pauseMinSec = options.pauseMinSec ?? DEFAULT_PAUSE_SEC;
  const segments = orderedSegments(session.transcript);
  const begeleiders = new Set(session.speakers.filter((s) => s.role === 'begeleider').map((s) => s.id));
  const rolesSet = begeleiders.size > 0;
  const isAsker = (s: Segment) => !rolesSet || begeleiders.has(speakerKey(s));
  const students = new Set(session.speakers.filter((s) => s.role === 'student').map((s) => s.id));
  // Without a student role, everyone who is not a begeleider is heard as the student.
  const isStudent = (s: Segment) => (!rolesSet ? true : students.size ? students.has(speakerKey(s)) : !begeleiders.has(speakerKey(s)));

  const matcher = compileEmotionWords(options.emotionWords ?? BASE_EMOTION_WORDS);
  const corrections = new Map((options.corrections ?? []).map((c) => [c.key, c] as const));
  const questions: MirrorQuestion[] = [];
  // The turn before the current one (by someone else): what an echo ("Machteloos?") repeats.
  let current: { speaker: string; parts: string[] } | null = null;
  let previous: { speaker: string; parts: string[]; echoes?: ReturnType<typeof echoesOf> } | null = null;
  let work = 0;
  for (const seg of segments) {
    work += seg.text.length;
    if (work >= SLICE_CHARS) {
      work = 0;
      yield;
    }
    const who = speakerKey(seg);
    if (!current || current.speaker !== who) {
      previous = current;
      current = { speaker: who, parts: [] };
    }
    current.parts.push(seg.text);
    if (!isAsker(seg)) continue;
    // Built once per turn: many begeleider segments can follow one student turn.
    const echoes = previous ? (previous.echoes ??= echoesOf(previous.parts.join(' '), matcher)) : echoesOf(undefined, matcher);
    let before: { function: QuestionFunction } | undefined;
    for (const q of findQuestions(seg.text, { echoes })) {
      const key = questionKey(seg.id, q.offset);
      const f = classifyFunction(q.text, q, { matcher, before });
      before = f;
      questions.push(
        applyCorrection(
          {
            key,
            time: timeAt(seg, q.offset),
            segmentId: seg.id,
            speakerId: who,
            text: q.text,
            class: q.class,
            label: QUESTION_CLASS_LABELS[q.class],
            rule: q.rule,
            reason: RULE_REASONS[q.rule],
            function: f.function,
            functionLabel: QUESTION_FUNCTION_LABELS[f.function],
            functionRule: f.rule,
            functionReason: FUNCTION_RULE_REASONS[f.rule],
          },
          corrections.get(key),
        ),
      );
    }
  }
  const classCounts = Object.fromEntries(QUESTION_CLASSES.map((c) => [c, questions.filter((q) => q.class === c).length])) as Record<QuestionClass, number>;
  const functionCounts = Object.fromEntries(QUESTION_FUNCTIONS.map((c) => [c, questions.filter((q) => q.function === c).length])) as Record<QuestionFunction, number>;

  const talk = computeTalkStats(segments, session.speakers);
  const transcriptPauses = findTranscriptPauses(segments, pauseMinSec);
  const pauses = options.audioSilences ? combinePauses(transcriptPauses, options.audioSilences, pauseMinSec) : transcriptPauses;
  const waits = waitTimes(segments, new Set(questions.map((q) => q.segmentId)));

  const emotionWords = yield* findEmotionHits(segments, matcher, questions, isStudent, (s) => (rolesSet ? begeleiders.has(speakerKey(s)) : true));

  const base = {
    format: 'klein-kijken/mirror' as const,
    version: 1 as const,
    rolesSet,
    notes: rolesSet ? [] : [ROLES_NOT_SET],
    questions,
    classCounts,
    functionCounts,
    talk: { totalSpeakingSec: talk.totalSpeakingSec, speakers: talk.speakers, overlaps: talk.overlaps },
    pauseMinSec,
    pauses,
    waitTimes: waits,
    emotionWords,
  };
  return { ...base, sentences: mirrorSentences(base) };
}

/** Where in the segment a question starts, spread evenly over its text (no word timings). */
function timeAt(seg: Segment, offset: number): Seconds {
  const len = seg.text.length || 1;
  return round3(seg.start + (Math.min(offset, len) / len) * Math.max(0, seg.end - seg.start));
}

const FOLLOW_TEXT_MAX = 160;

function* findEmotionHits(
  segments: readonly Segment[],
  matcher: EmotionMatcher,
  questions: readonly MirrorQuestion[],
  isStudent: (s: Segment) => boolean,
  isResponder: (s: Segment) => boolean,
): Generator<void, MirrorEmotionHit[]> {
  const turns = buildTurns(segments);
  const byId = new Map(segments.map((s) => [s.id, s] as const));
  const turnOf = new Map<string, number>();
  turns.forEach((t, i) => t.segmentIds.forEach((id) => turnOf.set(id, i)));
  const firstQuestion = new Map<string, MirrorQuestion>();
  for (const q of questions) if (!firstQuestion.has(q.segmentId)) firstQuestion.set(q.segmentId, q);
  // The responder turn after each turn, found in one backward pass (not a forward search per hit).
  const nextResponder = new Array<number>(turns.length).fill(-1);
  let nearest = -1;
  let nearestSpeaker = '';
  let second = -1;
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = turns[i]!;
    // The first later responder turn by someone other than this turn's speaker.
    nextResponder[i] = nearest >= 0 && nearestSpeaker !== t.speakerId ? nearest : second;
    if (isResponder(byId.get(t.segmentIds[0]!)!)) {
      if (nearestSpeaker !== t.speakerId) second = nearest;
      nearest = i;
      nearestSpeaker = t.speakerId;
    }
  }
  // What each responder turn said, worked out once per turn (many hits share one reply).
  const replies = new Map<number, { follow: Omit<MirrorFollowUp, 'repeatsWord'>; lemmas: Set<string> }>();
  const replyOf = (i: number) => {
    let r = replies.get(i);
    if (!r) {
      const t = turns[i]!;
      const segs = t.segmentIds.map((id) => byId.get(id)!);
      const q = segs.map((s) => firstQuestion.get(s.id)).find((x) => x !== undefined);
      const first = segs[0]!;
      const text = first.text.length > FOLLOW_TEXT_MAX ? first.text.slice(0, FOLLOW_TEXT_MAX - 1) + '…' : first.text;
      r = {
        follow: { segmentId: first.id, time: first.start, text, question: q ? { key: q.key, text: q.text, class: q.class, function: q.function } : null },
        lemmas: lemmasIn(segs.map((s) => s.text).join(' '), matcher),
      };
      replies.set(i, r);
    }
    return r;
  };
  const out: MirrorEmotionHit[] = [];
  let work = 0;
  for (const seg of segments) {
    if (!isStudent(seg)) continue;
    work += seg.text.length;
    if (work >= SLICE_CHARS) {
      work = 0;
      yield;
    }
    const hits = findEmotionWords(seg.text, matcher);
    if (!hits.length) continue;
    const next = nextResponder[turnOf.get(seg.id) ?? 0] ?? -1;
    const reply = next >= 0 ? replyOf(next) : null;
    for (const h of hits) {
      out.push({
        time: timeAt(seg, h.from),
        segmentId: seg.id,
        speakerId: speakerKey(seg),
        word: h.text,
        lemma: h.lemma,
        group: h.group,
        ...(h.degree ? { degree: h.degree } : {}),
        followedBy: reply ? { ...reply.follow, repeatsWord: reply.lemmas.has(h.lemma) } : null,
      });
    }
  }
  return out;
}
