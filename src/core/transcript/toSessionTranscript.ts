import { PALETTE } from '../framework/builtinFrameworks';
import { newId } from '../session/ids';
import type { Segment, Speaker, SpeakerRole } from '../session/model';
import type { ParsedTranscript } from './parseResult';

export interface SessionTranscript {
  /** Every speaker the session should have: the existing ones first, then the new ones. */
  speakers: Speaker[];
  segments: Segment[];
}

/** A first guess at a voice's role from its name; the user corrects it in the editor. */
export function guessRole(name: string): SpeakerRole {
  const n = name.toLowerCase();
  if (/begeleider|docent|coach|mentor|slb|interviewer|leraar|lerares|teacher/.test(n)) return 'begeleider';
  if (/student|leerling|deelnemer|stagiair|pupil/.test(n)) return 'student';
  return 'anders';
}

const key = (name: string): string => name.trim().toLowerCase();

/**
 * Turns parsed segments into session segments and speakers. A speaker name that matches an
 * existing speaker (ignoring case and surrounding spaces) reuses that speaker, so re-importing a
 * transcript keeps the roles and colours the user set; other names become new speakers.
 */
export function toSessionTranscript(parsed: ParsedTranscript, existingSpeakers: readonly Speaker[] = []): SessionTranscript {
  const speakers = existingSpeakers.slice();
  const byName = new Map<string, string>();
  for (const s of existingSpeakers) if (!byName.has(key(s.name))) byName.set(key(s.name), s.id);
  const segments: Segment[] = parsed.segments.map((p) => {
    let speakerId: string | null = null;
    if (p.speaker !== null && p.speaker.trim() !== '') {
      const k = key(p.speaker);
      let id = byName.get(k);
      if (id === undefined) {
        id = newId('sp');
        byName.set(k, id);
        speakers.push({ id, name: p.speaker.trim(), role: guessRole(p.speaker), colour: PALETTE[speakers.length % PALETTE.length]! });
      }
      speakerId = id;
    }
    return { id: newId('g'), start: p.start, end: p.end, speakerId, text: p.text };
  });
  // The session keeps its transcript in time order; a stable sort keeps equal starts in file order.
  segments.sort((x, y) => x.start - y.start);
  return { speakers, segments };
}
