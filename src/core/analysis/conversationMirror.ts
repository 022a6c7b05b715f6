/**
 * The Gespreksspiegel: figures about one recorded conversation, each with one plain sentence that
 * links it to the method. A mirror, not a judgement: no scores, no verdicts.
 */
import type { LocalText, Seconds, Segment, Session } from '../session/model';
import { BASE_EMOTION_WORDS, compileEmotionWords, findEmotionWords, lemmasIn, type EmotionGroup, type EmotionWordList } from './emotionWords';
import { mirrorSentences, type MirrorSentence } from './mirrorSentences';
import { combinePauses, DEFAULT_PAUSE_SEC, findTranscriptPauses, waitTimes, type AudioSilence, type Pause, type WaitTime } from './pauses';
import { findQuestions, QUESTION_CLASS_LABELS, QUESTION_CLASSES, RULE_REASONS, type QuestionClass, type QuestionRule } from './questionClassifier';
import { buildTurns, computeTalkStats, orderedSegments, round3, speakerKey, type Overlap, type SpeakerTalk } from './talkStats';

export interface AnalyzeOptions {
  /** Shortest pause counted, in seconds (default 2). */
  pauseMinSec?: number;
  /** Silences measured in the audio, to combine with the transcript's gaps. */
  audioSilences?: readonly AudioSilence[];
  /** The word list (default: the base list; merge a workspace's extra words first). */
  emotionWords?: EmotionWordList;
}

export interface MirrorQuestion {
  time: Seconds;
  segmentId: string;
  speakerId: string;
  text: string;
  class: QuestionClass;
  label: LocalText;
  rule: QuestionRule;
  reason: LocalText;
}

export interface MirrorEmotionHit {
  time: Seconds;
  segmentId: string;
  speakerId: string;
  word: string;
  lemma: string;
  group: EmotionGroup;
  /** The begeleider's next turn named the word, or asked a question that points back to it. */
  answered: boolean;
  answeredBy: 'woord' | 'vraag' | null;
}

export interface MirrorResult {
  format: 'klein-kijken/mirror';
  version: 1;
  /** False when no speaker has the role begeleider: questions of all speakers are then analysed. */
  rolesSet: boolean;
  notes: LocalText[];
  questions: MirrorQuestion[];
  classCounts: Record<QuestionClass, number>;
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

// A question that points back ("hoe was dat?", "kun je daar meer over vertellen?") picks up what was said.
const BACK_REFERENCE = /\b(dat|daar|daarover|daarbij|daarin|daarvan|die|dit|dat gevoel|dat moment)\b/i;

export function analyzeSession(session: Pick<Session, 'transcript' | 'speakers'>, options: AnalyzeOptions = {}): MirrorResult {
  const pauseMinSec = options.pauseMinSec ?? DEFAULT_PAUSE_SEC;
  const segments = orderedSegments(session.transcript);
  const begeleiders = new Set(session.speakers.filter((s) => s.role === 'begeleider').map((s) => s.id));
  const rolesSet = begeleiders.size > 0;
  const isAsker = (s: Segment) => !rolesSet || begeleiders.has(speakerKey(s));
  const students = new Set(session.speakers.filter((s) => s.role === 'student').map((s) => s.id));
  // Without a student role, everyone who is not a begeleider is heard as the student.
  const isStudent = (s: Segment) => (!rolesSet ? true : students.size ? students.has(speakerKey(s)) : !begeleiders.has(speakerKey(s)));

  const questions: MirrorQuestion[] = [];
  for (const seg of segments) {
    if (!isAsker(seg)) continue;
    for (const q of findQuestions(seg.text)) {
      questions.push({
        time: timeAt(seg, q.offset),
        segmentId: seg.id,
        speakerId: speakerKey(seg),
        text: q.text,
        class: q.class,
        label: QUESTION_CLASS_LABELS[q.class],
        rule: q.rule,
        reason: RULE_REASONS[q.rule],
      });
    }
  }
  const classCounts = Object.fromEntries(QUESTION_CLASSES.map((c) => [c, questions.filter((q) => q.class === c).length])) as Record<QuestionClass, number>;

  const talk = computeTalkStats(segments, session.speakers);
  const transcriptPauses = findTranscriptPauses(segments, pauseMinSec);
  const pauses = options.audioSilences ? combinePauses(transcriptPauses, options.audioSilences, pauseMinSec) : transcriptPauses;
  const waits = waitTimes(segments, new Set(questions.map((q) => q.segmentId)));

  const emotionWords = findEmotionHits(segments, options.emotionWords ?? BASE_EMOTION_WORDS, isStudent, (s) => (rolesSet ? begeleiders.has(speakerKey(s)) : true));

  const base = {
    format: 'klein-kijken/mirror' as const,
    version: 1 as const,
    rolesSet,
    notes: rolesSet ? [] : [ROLES_NOT_SET],
    questions,
    classCounts,
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

function findEmotionHits(
  segments: readonly Segment[],
  list: EmotionWordList,
  isStudent: (s: Segment) => boolean,
  isResponder: (s: Segment) => boolean,
): MirrorEmotionHit[] {
  const matcher = compileEmotionWords(list);
  const turns = buildTurns(segments);
  const byId = new Map(segments.map((s) => [s.id, s] as const));
  const turnOf = new Map<string, number>();
  turns.forEach((t, i) => t.segmentIds.forEach((id) => turnOf.set(id, i)));
  // What each responder turn picks up, worked out once per turn (many hits share one reply).
  const replies = new Map<number, { lemmas: Set<string>; pointsBack: boolean }>();
  const replyOf = (i: number) => {
    let r = replies.get(i);
    if (!r) {
      const text = turns[i]!.segmentIds.map((id) => byId.get(id)!.text).join(' ');
      r = { lemmas: lemmasIn(text, matcher), pointsBack: findQuestions(text).some((q) => q.class !== 'bevestiging' && BACK_REFERENCE.test(q.text)) };
      replies.set(i, r);
    }
    return r;
  };
  const out: MirrorEmotionHit[] = [];
  for (const seg of segments) {
    if (!isStudent(seg)) continue;
    const hits = findEmotionWords(seg.text, matcher);
    if (!hits.length) continue;
    // The responder's next turn: the first later turn by a begeleider (or, without roles, by anyone else).
    let next = -1;
    for (let i = (turnOf.get(seg.id) ?? 0) + 1; i < turns.length; i++) {
      const t = turns[i]!;
      if (t.speakerId !== speakerKey(seg) && isResponder(byId.get(t.segmentIds[0]!)!)) {
        next = i;
        break;
      }
    }
    const reply = next >= 0 ? replyOf(next) : null;
    for (const h of hits) {
      const byWord = reply !== null && reply.lemmas.has(h.lemma);
      const byQuestion = !byWord && reply !== null && reply.pointsBack;
      out.push({
        time: timeAt(seg, h.from),
        segmentId: seg.id,
        speakerId: speakerKey(seg),
        word: h.text,
        lemma: h.lemma,
        group: h.group,
        answered: byWord || byQuestion,
        answeredBy: byWord ? 'woord' : byQuestion ? 'vraag' : null,
      });
    }
  }
  return out;
}
