import { newSession } from '../../../src/core/session/newSession';
import type { Detail, Segment, Session } from '../../../src/core/session/model';

/** A small, valid session with fixed ids, for tests that need something realistic. */
export function sampleSession(): Session {
  const s = newSession({ path: 'gesprek.mp4', size: 1234, quickHash: 'abc', durationSec: 120 }, 'Gesprek met Noor');
  s.id = 'sTEST';
  s.createdAt = '2026-11-01T10:00:00.000Z';
  s.participants = [
    { id: 'pA', name: 'Marieke de Vries', role: 'a', colour: '#E69F00', lens: [] },
    { id: 'pB', name: 'Joost Bakker', role: 'b', colour: '#56B4E9', lens: ['u2', 'u6'] },
    { id: 'pC', name: 'Fatima El Amrani', role: 'c', colour: '#009E73', lens: ['u3', 'u4'] },
  ];
  s.speakers = [
    { id: 'spB', name: 'Marieke', role: 'begeleider', colour: '#0072B2' },
    { id: 'spS', name: 'Noor', role: 'student', colour: '#D55E00' },
  ];
  const seg = (id: string, start: number, end: number, speakerId: string, text: string): Segment => ({ id, start, end, speakerId, text });
  s.transcript = [
    seg('g1', 0, 4.5, 'spB', 'Vertel eens, wat is er vorige week gebeurd op je stage?'),
    seg('g2', 5, 12, 'spS', 'Nou, ik baalde eigenlijk best wel… ik moest alleen de groep draaien.'),
    seg('g3', 13, 16, 'spB', 'Wat gebeurde er precies toen je binnenkwam?'),
  ];
  const detail = (id: string, start: number, authorId: string, tags: string[]): Detail => ({
    id,
    start,
    end: null,
    tags,
    authorId,
    see: 'Noor zucht en kijkt weg.',
    meaning: 'Er zit een emotie onder.',
    deepen: 'Doorvragen op "baalde".',
    feedback: 'goed',
    question: { text: 'Wat maakte dat je baalde?', type: 'verdiepend' },
    segmentIds: ['g2'],
    createdAt: '2026-11-01T10:05:00.000Z',
    updatedAt: '2026-11-01T10:05:00.000Z',
  });
  s.details = [detail('d1', 6, 'pB', ['u2']), detail('d2', 14, 'pC', ['u3'])];
  s.questions = [
    {
      id: 'q1',
      text: 'Waar speelt dat nog meer?',
      type: 'verbredend',
      proposedBy: 'pC',
      time: 14,
      speakerId: null,
      source: 'free',
      detailId: null,
      tags: ['u4'],
      note: '',
      createdAt: '2026-11-01T10:06:00.000Z',
    },
  ];
  s.review.leervraag = 'Hoe vraag ik door zonder in te vullen?';
  return s;
}
