import type { CollectionName, Collections, Framework, RecordingRef, Review, Session, SpiegelCorrection } from './model';

/**
 * Every change to a session is an `Edit`: a small, JSON-safe value the webview sends as an
 * intent and the host applies here. `applyEdit` returns the new session and the exact inverse,
 * which is what undo applies (and the inverse of that is redo). Sessions are never mutated.
 */
export type Edit =
  | { op: 'add'; coll: CollectionName; item: Collections[CollectionName]; index?: number }
  | { op: 'update'; coll: CollectionName; id: string; patch: Record<string, unknown> }
  | { op: 'remove'; coll: CollectionName; id: string }
  /** The whole collection at once (imports): O(n) where n adds and removes would be O(n²). */
  | { op: 'replace'; coll: CollectionName; items: Collections[CollectionName][] }
  | { op: 'review'; patch: Partial<Review> }
  | { op: 'meta'; patch: MetaPatch }
  | { op: 'batch'; label: string; edits: Edit[] }
  /** The trio's correction of one question in the Gespreksspiegel; null removes it. */
  | { op: 'spiegel'; key: string; correction: Omit<SpiegelCorrection, 'key'> | null };

export interface MetaPatch {
  title?: string;
  recording?: RecordingRef | null;
  framework?: Framework;
}

export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

export interface Applied {
  session: Session;
  inverse: Edit;
}

type AnyItem = { id: string } & Record<string, unknown>;

/**
 * Optional fields (format 2) an item from an older file may lack; an update may set them. Their
 * inverse puts `undefined` back, which JSON drops, so undo restores the file as it was.
 */
const OPTIONAL_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  questions: ['origin'],
  // Word times: `null` in a patch (and in an inverse) means "no words" and is removed below.
  transcript: ['words'],
};

function list(s: Session, coll: CollectionName): AnyItem[] {
  const l = (s as unknown as Record<string, unknown>)[coll];
  if (!Array.isArray(l)) throw new EditError(`unknown collection ${coll}`);
  return l as AnyItem[];
}

function withList(s: Session, coll: CollectionName, l: AnyItem[]): Session {
  return { ...s, [coll]: l } as Session;
}

/** Keeps transcript and details in time order, so every view can rely on it. */
function insertIndex(l: AnyItem[], coll: CollectionName, item: AnyItem, index: number | undefined): number {
  if (index !== undefined) return Math.max(0, Math.min(index, l.length));
  if (coll === 'transcript' || coll === 'details') {
    const t = item.start as number;
    let lo = 0;
    let hi = l.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((l[mid]!.start as number) <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  return l.length;
}

/**
 * Word times belong to the text as the recogniser heard it. Once the text is changed by hand they
 * no longer line up with it (a click on a word would seek to the wrong moment), so a text change
 * drops them. `words: null` in a patch means "no word times" (JSON has no undefined), which is
 * also how the inverse of such an edit brings them back or takes them away again.
 */
function withWordsDropped(old: AnyItem, patch: Record<string, unknown>): Record<string, unknown> {
  if ('text' in patch && !('words' in patch) && old.words !== undefined && patch.text !== old.text) return { ...patch, words: null };
  return patch;
}

export function applyEdit(s: Session, e: Edit): Applied {
  switch (e.op) {
    case 'add': {
      const l = list(s, e.coll);
      const item = e.item as unknown as AnyItem;
      if (typeof item?.id !== 'string' || item.id === '') throw new EditError('item without id');
      if (l.some((x) => x.id === item.id)) throw new EditError(`${e.coll}: id ${item.id} exists`);
      const at = insertIndex(l, e.coll, item, e.index);
      const next = [...l.slice(0, at), item, ...l.slice(at)];
      return { session: withList(s, e.coll, next), inverse: { op: 'remove', coll: e.coll, id: item.id } };
    }
    case 'remove': {
      const l = list(s, e.coll);
      const at = l.findIndex((x) => x.id === e.id);
      if (at < 0) throw new EditError(`${e.coll}: no item ${e.id}`);
      const next = [...l.slice(0, at), ...l.slice(at + 1)];
      return {
        session: withList(s, e.coll, next),
        inverse: { op: 'add', coll: e.coll, item: l[at] as never, index: at },
      };
    }
    case 'replace': {
      const old = list(s, e.coll);
      const seen = new Set<string>();
      for (const it of e.items as unknown as AnyItem[]) {
        if (typeof it?.id !== 'string' || it.id === '') throw new EditError('item without id');
        if (seen.has(it.id)) throw new EditError(`${e.coll}: id ${it.id} occurs twice`);
        seen.add(it.id);
      }
      return {
        session: withList(s, e.coll, e.items as unknown as AnyItem[]),
        inverse: { op: 'replace', coll: e.coll, items: old as never },
      };
    }
    case 'update': {
      const l = list(s, e.coll);
      const at = l.findIndex((x) => x.id === e.id);
      if (at < 0) throw new EditError(`${e.coll}: no item ${e.id}`);
      if ('id' in e.patch) throw new EditError('an update cannot change an id');
      const old = l[at]!;
      const patch = e.coll === 'transcript' ? withWordsDropped(old, e.patch) : e.patch;
      const prev: Record<string, unknown> = {};
      for (const k of Object.keys(patch)) {
        if (!(k in old) && !OPTIONAL_FIELDS[e.coll]?.includes(k)) throw new EditError(`${e.coll}: unknown field ${k}`);
        prev[k] = k === 'words' ? (old.words ?? null) : old[k];
      }
      const next = l.slice();
      next[at] = { ...old, ...patch };
      if (next[at]!.words === null) delete next[at]!.words;
      return {
        session: withList(s, e.coll, next),
        inverse: { op: 'update', coll: e.coll, id: e.id, patch: prev },
      };
    }
    case 'review': {
      const prev: Partial<Review> = {};
      for (const k of Object.keys(e.patch) as (keyof Review)[]) {
        if (!(k in s.review)) throw new EditError(`review: unknown field ${k}`);
        (prev as Record<string, unknown>)[k] = s.review[k];
      }
      return {
        session: { ...s, review: { ...s.review, ...e.patch } },
        inverse: { op: 'review', patch: prev },
      };
    }
    case 'meta': {
      const prev: MetaPatch = {};
      const allowed = ['title', 'recording', 'framework'] as const;
      for (const k of Object.keys(e.patch)) {
        if (!(allowed as readonly string[]).includes(k)) throw new EditError(`meta: unknown field ${k}`);
        (prev as Record<string, unknown>)[k] = s[k as (typeof allowed)[number]];
      }
      return { session: { ...s, ...e.patch }, inverse: { op: 'meta', patch: prev } };
    }
    case 'spiegel': {
      const list = s.spiegelCorrections ?? [];
      const at = list.findIndex((c) => c.key === e.key);
      const prev = at >= 0 ? list[at]! : null;
      const rest = list.filter((c) => c.key !== e.key);
      // An empty correction is no correction: the field stays absent rather than holding {key}.
      const keep = e.correction && (e.correction.form !== undefined || e.correction.function !== undefined);
      const next = keep ? [...rest, { key: e.key, ...e.correction }] : rest;
      const session: Session = { ...s, spiegelCorrections: next };
      if (!next.length) delete session.spiegelCorrections;
      return { session, inverse: { op: 'spiegel', key: e.key, correction: prev ? { ...(prev.form !== undefined ? { form: prev.form } : {}), ...(prev.function !== undefined ? { function: prev.function } : {}) } : null } };
    }
    case 'batch': {
      let cur = s;
      const inverses: Edit[] = [];
      for (const sub of e.edits) {
        const r = applyEdit(cur, sub);
        cur = r.session;
        inverses.unshift(r.inverse);
      }
      return { session: cur, inverse: { op: 'batch', label: e.label, edits: inverses } };
    }
  }
}

/** A short label for the edit, shown by VS Code next to Undo/Redo. */
export function describeEdit(e: Edit): string {
  switch (e.op) {
    case 'batch':
      return e.label;
    case 'add':
    case 'remove':
    case 'update':
    case 'replace':
      return `${e.op} ${e.coll}`;
    default:
      return e.op;
  }
}
