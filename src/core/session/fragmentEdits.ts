import type { Edit } from './edits';
import { newId } from './ids';
import type { Fragment, Session } from './model';

/**
 * The named parts of the recording the trio watches together, built here so every way of
 * making one (the waveform selection, around now, the three presets) follows the same rules;
 * the webview only sends what they return.
 */

/** "Begin, midden en eind": three parts of at most two minutes. */
export const PRESET_SEC = 120;
/** "Rond nu": a minute either side of the playhead. */
export const AROUND_SEC = 60;

const tenth = (x: number) => Math.round(x * 10) / 10;

/**
 * A fragment from `start` to `end` in tenths of a second, inside the recording (from 0, and up to
 * `duration` when that is known, i.e. > 0). Null when the times are not numbers or nothing of the
 * recording is left between them: an empty fragment has nothing to watch.
 */
export function newFragment(name: string, start: number, end: number, duration: number): Fragment | null {
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  const s = tenth(Math.max(0, start));
  const e = tenth(duration > 0 ? Math.min(duration, end) : end);
  if (!(e > s)) return null;
  return { id: newId('f'), name: name.trim(), start: s, end: e };
}

export function addFragmentEdit(name: string, start: number, end: number, duration: number): Edit | null {
  const item = newFragment(name, start, end, duration);
  return item ? { op: 'add', coll: 'fragments', item } : null;
}

/** A fragment of a minute either side of `time`, kept inside the recording. */
export function aroundFragmentEdit(name: string, time: number, duration: number): Edit | null {
  return addFragmentEdit(name, time - AROUND_SEC, time + AROUND_SEC, duration);
}

export interface PresetNames {
  begin: string;
  middle: string;
  end: string;
}

/**
 * The begin, the middle and the end of the recording (each at most two minutes, a third of a
 * short recording), as one step labelled `label`. Null when the length is not known.
 */
export function presetFragmentsEdit(duration: number, names: PresetNames, label: string): Edit | null {
  if (!(duration > 0) || !Number.isFinite(duration)) return null;
  const len = Math.min(PRESET_SEC, duration / 3);
  const mid = duration / 2;
  const items = [
    newFragment(names.begin, 0, len, duration),
    newFragment(names.middle, mid - len / 2, mid + len / 2, duration),
    newFragment(names.end, duration - len, duration, duration),
  ].filter((x): x is Fragment => x !== null);
  if (items.length === 0) return null;
  return { op: 'batch', label, edits: items.map((item): Edit => ({ op: 'add', coll: 'fragments', item })) };
}

/** A new name, trimmed (a blank name is allowed: the list then shows the start time). Null when unchanged. */
export function renameFragmentEdit(session: Session, id: string, name: string): Edit | null {
  const f = session.fragments.find((x) => x.id === id);
  const clean = name.trim();
  if (!f || clean === f.name) return null;
  return { op: 'update', coll: 'fragments', id, patch: { name: clean } };
}

export function removeFragmentEdit(id: string): Edit {
  return { op: 'remove', coll: 'fragments', id };
}
