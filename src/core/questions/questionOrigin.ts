import type { LocalText, Question, QuestionOrigin } from '../session/model';

/**
 * Asked in the recording or suggested by an observer. Files from before format 2 have no
 * `origin`: a question taken from the transcript was asked there, every other one suggested.
 */
export function questionOrigin(q: Pick<Question, 'origin' | 'source'>): QuestionOrigin {
  return q.origin ?? (q.source === 'transcript' ? 'asked' : 'suggested');
}

export const ORIGINS: readonly QuestionOrigin[] = ['asked', 'suggested'];

export const ORIGIN_LABELS: Record<QuestionOrigin, LocalText> = {
  asked: { nl: 'Gesteld in het gesprek', en: 'Asked in the conversation' },
  suggested: { nl: 'Voorgesteld door observatoren', en: 'Suggested by observers' },
};
