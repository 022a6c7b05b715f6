import type { Segment, Speaker } from '../../../src/core/session/model';

/** A segment in one line: seg('g1', 0, 4, 'b', 'Hallo'). */
export function seg(id: string, start: number, end: number, speakerId: string | null, text = ''): Segment {
  return { id, start, end, speakerId, text };
}

export const SPEAKERS: Speaker[] = [
  { id: 'b', name: 'Docent', role: 'begeleider', colour: '' },
  { id: 's', name: 'Student', role: 'student', colour: '' },
];
