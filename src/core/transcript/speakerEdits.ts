import { freeColour } from '../framework/builtinFrameworks';
import type { Edit } from '../session/edits';
import { newId } from '../session/ids';
import type { Session, Speaker, SpeakerRole } from '../session/model';

/**
 * Speaker edits for the transcript panel (the speakers list, "wie is wie", type-along), built here
 * so every place changes speakers by the same rules; the webview only sends what they return.
 */

export interface SpeakerChange {
  name?: string;
  role?: SpeakerRole;
  colour?: string;
}

const NAME_MAX = 200;

/** A person's name as stored (speakers and participants alike): trimmed, at most 200 characters. */
export function personName(name: string): string {
  return name.trim().slice(0, NAME_MAX);
}

/**
 * One update with only what differs: a name is trimmed and cut at 200 characters, a blank name
 * keeps the old one (a speaker always has a name), a colour must be #rrggbb. Null when nothing
 * changes or there is no such speaker, so the field shows the stored value again.
 */
export function speakerEdit(session: Session, id: string, change: SpeakerChange): Edit | null {
  const sp = session.speakers.find((x) => x.id === id);
  if (!sp) return null;
  const patch: Partial<Speaker> = {};
  const name = change.name === undefined ? undefined : personName(change.name);
  if (name && name !== sp.name) patch.name = name;
  if (change.role !== undefined && change.role !== sp.role) patch.role = change.role;
  if (change.colour !== undefined && /^#[0-9a-fA-F]{6}$/.test(change.colour) && change.colour.toLowerCase() !== sp.colour.toLowerCase()) patch.colour = change.colour;
  return Object.keys(patch).length ? { op: 'update', coll: 'speakers', id, patch } : null;
}

/** A new speaker named `name`, in the first palette colour no speaker has yet. */
export function newSpeaker(existing: readonly Speaker[], name: string, role: SpeakerRole = 'anders', colour?: string): Speaker {
  return { id: newId('sp'), name: personName(name), role, colour: colour ?? freeColour(existing) };
}

/** Adds speakers as one step (one undo). */
export function addSpeakersEdit(items: readonly Speaker[]): Edit {
  const adds: Edit[] = items.map((item) => ({ op: 'add', coll: 'speakers', item }));
  return adds.length === 1 ? adds[0]! : { op: 'batch', label: 'Sprekers toevoegen', edits: adds };
}
