import { freeColour, PALETTE } from '../framework/builtinFrameworks';
import { personName } from '../transcript/speakerEdits';
import type { Edit } from './edits';
import { newId } from './ids';
import type { Participant, ParticipantRole, Session } from './model';
import { toggleId } from './reviewEdits';

/**
 * Edits of who takes part in the review (a, b, c, a trainer), built here so the set-up and the
 * lens section change participants by the same rules; the webview only sends what they return.
 */

/** The roles in the order the set-up lists them. */
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['a', 'b', 'c', 'trainer', 'other'];

export function isParticipantRole(x: unknown): x is ParticipantRole {
  return typeof x === 'string' && (PARTICIPANT_ROLES as readonly string[]).includes(x);
}

/**
 * A new participant: the first of a, b, c nobody has yet (else "other"), a colour nobody has,
 * and the typed name trimmed; a blank name becomes `defaultName(role)` (such as "Deelnemer c").
 */
export function newParticipant(existing: readonly Participant[], name: string, defaultName: (role: ParticipantRole) => string): Participant {
  const taken = new Set(existing.map((p) => p.role));
  const role = (['a', 'b', 'c'] as const).find((r) => !taken.has(r)) ?? 'other';
  return { id: newId('p'), name: personName(name) || personName(defaultName(role)), role, colour: freeColour(existing), lens: [] };
}

export function addParticipantEdit(session: Session, name: string, defaultName: (role: ParticipantRole) => string): Edit {
  return { op: 'add', coll: 'participants', item: newParticipant(session.participants, name, defaultName) };
}

export interface ParticipantChange {
  name?: string;
  role?: string;
}

/**
 * One update with only what differs. A name is trimmed and cut at 200 characters, as a
 * speaker's is; a blank name keeps the old one (the field shows it again). A role must be one
 * of the roles. Null when nothing changes or there is no such participant.
 */
export function participantEdit(session: Session, id: string, change: ParticipantChange): Edit | null {
  const p = session.participants.find((x) => x.id === id);
  if (!p) return null;
  const patch: Partial<Participant> = {};
  const name = change.name === undefined ? '' : personName(change.name);
  if (name && name !== p.name) patch.name = name;
  if (isParticipantRole(change.role) && change.role !== p.role) patch.role = change.role;
  return Object.keys(patch).length ? { op: 'update', coll: 'participants', id, patch } : null;
}

/** The next colour of the palette (a colour not in it starts the round at the first). */
export function nextColourEdit(session: Session, id: string): Edit | null {
  const p = session.participants.find((x) => x.id === id);
  if (!p) return null;
  const at = PALETTE.findIndex((c) => c.toLowerCase() === p.colour.toLowerCase());
  return { op: 'update', coll: 'participants', id, patch: { colour: PALETTE[(at + 1) % PALETTE.length]! } };
}

/** Adds a tag to an observer's lens, or takes it off. Null when there is no such participant. */
export function toggleLensEdit(session: Session, id: string, tagId: string): Edit | null {
  const p = session.participants.find((x) => x.id === id);
  if (!p) return null;
  return { op: 'update', coll: 'participants', id, patch: { lens: toggleId(p.lens, tagId) } };
}

export function removeParticipantEdit(id: string): Edit {
  return { op: 'remove', coll: 'participants', id };
}
