import { newSession } from '../../../src/core/session/newSession';
import type { Detail, FeedbackKind, Participant, Session } from '../../../src/core/session/model';

/** A small trio session (a = Fatma, b = Ruud, c = Ilse) to build test cases on. */
export function trio(durationSec: number | null = 300, lens: { b?: string[]; c?: string[] } = {}): Session {
  const s = newSession({ path: 'gesprek.mp4', size: 1000, quickHash: 'h', durationSec }, 'Gesprek met Noor');
  s.id = 'sTEST';
  s.createdAt = '2025-01-01T10:00:00.000Z';
  const p = (id: string, name: string, role: Participant['role'], l: string[] = []): Participant => ({ id, name, role, colour: '#000000', lens: l });
  s.participants = [p('pa', 'Fatma', 'a'), p('pb', 'Ruud', 'b', lens.b ?? []), p('pc', 'Ilse', 'c', lens.c ?? [])];
  return s;
}

let counter = 0;

export function detail(authorId: string, start: number, tags: string[], extra: Partial<Detail> = {}): Detail {
  counter++;
  return {
    id: extra.id ?? `d${authorId}${counter}`,
    start,
    end: null,
    tags,
    authorId,
    see: '',
    meaning: '',
    deepen: '',
    feedback: null as FeedbackKind | null,
    question: null,
    segmentIds: [],
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    ...extra,
  };
}

export function withDetails(s: Session, ds: Detail[]): Session {
  return { ...s, details: [...s.details, ...ds].sort((x, y) => x.start - y.start) };
}
