import { UITGANGSPUNTEN } from '../framework/builtinFrameworks';
import { newId, nowIso } from './ids';
import { SESSION_FORMAT, SESSION_VERSION, type RecordingRef, type Session } from './model';

export function emptyReview(): Session['review'] {
  return {
    leervraag: '',
    leervraagHistory: [],
    context: { opleiding: '', leerjaar: '', niveau: '', aanleiding: '', voorafgaand: '', plek: '' },
    focus: [],
  };
}

/** A fresh session for a recording, with the nine uitgangspunten as its tag set. */
export function newSession(recording: RecordingRef | null, title = ''): Session {
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    id: newId('s'),
    title,
    createdAt: nowIso(),
    recording,
    participants: [],
    framework: structuredClone(UITGANGSPUNTEN),
    speakers: [],
    transcript: [],
    details: [],
    questions: [],
    notes: [],
    fragments: [],
    review: emptyReview(),
  };
}
