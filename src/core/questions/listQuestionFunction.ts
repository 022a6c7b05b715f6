/**
 * The function in the method (ervaring, precies, emotie, eerder, elders, vergelijken, juiste
 * woord, toekomst, anders) of a question on the list, read by the same rules as the
 * Gespreksspiegel (src/core/analysis/questionFunction.ts), so the Vragenbank, the exports and the
 * spiegel never disagree. A question asked in the recording that the trio corrected in the
 * spiegel keeps that correction here too.
 */
import { BASE_EMOTION_WORDS, compileEmotionWords, type EmotionMatcher } from '../analysis/emotionWords';
import { findQuestions } from '../analysis/questionClassifier';
import { findQuestionFunctions, type QuestionFunction } from '../analysis/questionFunction';
import { isQuestionFunction, questionKey } from '../analysis/spiegelCorrections';
import type { Question, Session } from '../session/model';
import { normaliseQuestion } from './normaliseQuestion';

let matcher: EmotionMatcher | null = null;
/** Compiled once: the base emotion words, as the spiegel uses without a workspace list. */
const baseMatcher = (): EmotionMatcher => (matcher ??= compileEmotionWords(BASE_EMOTION_WORDS));

/** The function the rules give the wording; a list entry typed without "?" is still read as a question. */
export function functionOfText(text: string): QuestionFunction {
  const m = baseMatcher();
  const found = findQuestionFunctions(text, undefined, m)[0] ?? findQuestionFunctions(`${text.trim().replace(/[.!…]+$/, '')}?`, undefined, m)[0];
  return found?.function ?? 'anders';
}

/** Segments a question at `time` can come from (all of them when the time is unknown). */
function segmentsNear(session: Session, time: number | null) {
  if (time === null) return session.transcript;
  return session.transcript.filter((s) => s.start <= time + 1 && s.end >= time - 1);
}

/**
 * The trio's correction for a question taken from the transcript: the sentence in a segment at
 * the question's moment with the same wording carries the spiegel's key. Undefined when there is none.
 */
function correctedFunction(session: Session, q: Question): QuestionFunction | undefined {
  const corrections = session.spiegelCorrections;
  if (!corrections?.length || q.source !== 'transcript') return undefined;
  const byKey = new Map(corrections.map((c) => [c.key, c] as const));
  const wanted = normaliseQuestion(q.text);
  for (const seg of segmentsNear(session, q.time)) {
    // Only the sentence offsets matter here; hearing every short sentence as an echo finds them all.
    for (const m of findQuestions(seg.text, { echoes: () => true })) {
      if (normaliseQuestion(m.text) !== wanted) continue;
      const fn = byKey.get(questionKey(seg.id, m.offset))?.function;
      if (isQuestionFunction(fn)) return fn;
    }
  }
  return undefined;
}

/** The function of a question on a session's list: the trio's spiegel correction first, else the rules. */
export function listQuestionFunction(session: Session, q: Question): QuestionFunction {
  return correctedFunction(session, q) ?? functionOfText(q.text);
}
