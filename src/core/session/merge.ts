import type { Edit, MetaPatch } from './edits';
import { newId as randomId, nowIso } from './ids';
import {
  COLLECTION_NAMES,
  type CollectionName,
  type Framework,
  type LeervraagVersion,
  type Review,
  type ReviewContext,
  type Session,
  type SpiegelCorrection,
} from './model';

/**
 * Merging two versions of one session, so that nothing anybody made is lost.
 *
 * Three-way (`base` given): the editor's unsaved version (`mine`) against the file that changed
 * on disk (`theirs`), both descended from `base`, the version last loaded or saved.
 * Two-way (`base` null): a colleague's copy of the same session from another laptop.
 *
 * Collections are merged by id:
 * - added on either side → kept;
 * - removed on one side → removed only when the other side left it unchanged, else kept (with
 *   the other side's changes) and reported as a conflict;
 * - changed on both sides → merged field by field when the changed fields differ; when one field
 *   was changed to two different values, mine stays as it is and theirs is kept as a copy under a
 *   new id; both are named in `conflicts`. `updatedAt` never conflicts (the later one wins).
 * - two-way: the same id with different content is such a conflict too.
 * Order: mine's items in mine's order; new items from theirs are inserted by start time
 * (transcript, details) or appended (the rest), so `mergeAsEdit` can reach the result with adds.
 */

/** `recordingNotTaken`: theirs names another recording; a merge never takes it (recordingPath.ts). */
export type MergeConflictReason = 'bothChanged' | 'changedAndRemoved' | 'field' | 'recordingNotTaken';

export interface MergeConflict {
  /** A collection, or the scalar part the conflict is in. */
  coll: CollectionName | 'meta' | 'review' | 'framework';
  /** The item id, or the field name for scalar parts (`title`, `leervraag`, `context.niveau`, …). */
  id: string;
  /** The id under which theirs was kept as a copy; null when no copy was made. */
  copyId: string | null;
  reason: MergeConflictReason;
  /** For scalar conflicts: the value on the other side that was not taken. */
  theirs?: unknown;
}

export interface MergeResult {
  session: Session;
  conflicts: MergeConflict[];
  added: { fromTheirs: { coll: CollectionName; id: string }[] };
}

export interface MergeOptions {
  /** Id generator for copies (tests inject a deterministic one). */
  newId?: (prefix: string) => string;
  /** Timestamp for a leervraag of theirs pushed into the history. */
  now?: () => string;
}

const COPY_PREFIX: Record<CollectionName, string> = {
  participants: 'p',
  speakers: 'sp',
  transcript: 'seg',
  details: 'd',
  questions: 'q',
  notes: 'n',
  fragments: 'f',
};

type Item = { id: string } & Record<string, unknown>;

/** Structural equality for JSON values (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => k in bo && jsonEqual(ao[k], bo[k]));
}

/** "Empty" scalars lose to anything in a two-way merge: a blank title is not a choice. */
function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

type Pick3<T> = { value: T; conflict: boolean };

/** Three-way choice for one value; without a base, a blank side yields to the other. */
function pick3<T>(base: T | undefined, hasBase: boolean, mine: T, theirs: T): Pick3<T> {
  if (jsonEqual(mine, theirs)) return { value: mine, conflict: false };
  if (hasBase) {
    if (jsonEqual(mine, base)) return { value: theirs, conflict: false };
    if (jsonEqual(theirs, base)) return { value: mine, conflict: false };
  } else {
    if (isBlank(mine)) return { value: theirs, conflict: false };
    if (isBlank(theirs)) return { value: mine, conflict: false };
  }
  return { value: mine, conflict: true };
}

/** Field-by-field merge of one item changed on both sides; null when a field truly conflicts. */
function mergeItem(base: Item | undefined, mine: Item, theirs: Item): Item | null {
  if (!base) return null;
  const out: Item = { ...mine };
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  for (const k of keys) {
    if (k === 'updatedAt') {
      const m = String(mine[k] ?? '');
      const t = String(theirs[k] ?? '');
      out[k] = t > m ? theirs[k] : mine[k];
      continue;
    }
    const p = pick3(base[k], true, mine[k], theirs[k]);
    if (p.conflict) return null;
    if (p.value === undefined) delete out[k];
    else out[k] = p.value;
  }
  return out;
}

function byId(l: readonly Item[] | undefined): Map<string, Item> {
  return new Map((l ?? []).map((x) => [x.id, x]));
}

/** Where a new item goes: after the last item that starts no later (timed lists), else at the end. */
function insertAt(out: Item[], coll: CollectionName, item: Item): void {
  if (coll === 'transcript' || coll === 'details') {
    const t = Number(item.start);
    let at = out.length;
    while (at > 0 && Number(out[at - 1]!.start) > t) at--;
    out.splice(at, 0, item);
  } else out.push(item);
}

interface CollCtx {
  conflicts: MergeConflict[];
  fromTheirs: { coll: CollectionName; id: string }[];
  makeId: (coll: CollectionName, taken: Set<string>) => string;
}

function mergeCollection(coll: CollectionName, base: Item[] | null, mine: Item[], theirs: Item[], ctx: CollCtx): Item[] {
  const b = byId(base ?? []);
  const m = byId(mine);
  const t = byId(theirs);
  const taken = new Set<string>([...b.keys(), ...m.keys(), ...t.keys()]);
  const out: Item[] = [];
  const copies: Item[] = [];
  const copyOf = (id: string, item: Item, reason: MergeConflictReason): void => {
    const copyId = ctx.makeId(coll, taken);
    copies.push({ ...item, id: copyId });
    ctx.conflicts.push({ coll, id, copyId, reason });
    ctx.fromTheirs.push({ coll, id: copyId });
  };
  for (const mi of mine) {
    const id = mi.id;
    const bi = b.get(id);
    const ti = t.get(id);
    if (ti === undefined) {
      // Removed by theirs (or never there, two-way/added by mine): keep unless theirs removed it unchanged.
      if (bi !== undefined && jsonEqual(bi, mi)) continue;
      if (bi !== undefined) ctx.conflicts.push({ coll, id, copyId: null, reason: 'changedAndRemoved' });
      out.push(mi);
      continue;
    }
    if (jsonEqual(mi, ti)) out.push(mi);
    else if (bi !== undefined && jsonEqual(bi, mi)) out.push(ti);
    else if (bi !== undefined && jsonEqual(bi, ti)) out.push(mi);
    else {
      const merged = mergeItem(bi, mi, ti);
      if (merged) out.push(merged);
      else {
        out.push(mi);
        copyOf(id, ti, 'bothChanged');
      }
    }
  }
  for (const ti of theirs) {
    if (m.has(ti.id)) continue;
    const bi = b.get(ti.id);
    if (bi !== undefined && jsonEqual(bi, ti)) continue; // mine removed it, theirs left it alone
    if (bi !== undefined) ctx.conflicts.push({ coll, id: ti.id, copyId: null, reason: 'changedAndRemoved' });
    insertAt(out, coll, ti);
    ctx.fromTheirs.push({ coll, id: ti.id });
  }
  for (const c of copies) insertAt(out, coll, c);
  return out;
}

/** Three-way merge of a list of plain values treated as a set (keys by JSON text). */
function mergeSet<T>(base: readonly T[] | null, mine: readonly T[], theirs: readonly T[]): T[] {
  const key = (x: T): string => JSON.stringify(x);
  const bk = new Set((base ?? []).map(key));
  const mk = new Set(mine.map(key));
  const out = mine.filter((x) => !(bk.has(key(x)) && !theirs.some((y) => key(y) === key(x))));
  const ok = new Set(out.map(key));
  for (const x of theirs) {
    const k = key(x);
    if (ok.has(k)) continue;
    if (bk.has(k) && !mk.has(k)) continue; // mine removed it
    out.push(x);
    ok.add(k);
  }
  return out;
}

function mergeFramework(base: Framework | null, mine: Framework, theirs: Framework, ctx: CollCtx): Framework {
  const sub = (field: 'tags' | 'groups'): Framework[typeof field] => {
    const local: CollCtx = { conflicts: [], fromTheirs: [], makeId: ctx.makeId };
    const bl = (base?.[field] ?? null) as Item[] | null;
    const merged = mergeCollection('fragments', bl, mine[field] as unknown as Item[], theirs[field] as unknown as Item[], local);
    // Tags are referenced by id everywhere, so a conflicting tag is never copied: mine stays.
    const copyIds = new Set(local.conflicts.map((c) => c.copyId).filter((x) => x !== null));
    for (const c of local.conflicts) {
      const theirsTag = (theirs[field] as unknown as Item[]).find((x) => x.id === c.id);
      ctx.conflicts.push({ coll: 'framework', id: `${field}.${c.id}`, copyId: null, reason: c.reason, theirs: theirsTag });
    }
    return merged.filter((x) => !copyIds.has(x.id)) as unknown as Framework[typeof field];
  };
  const out: Framework = { ...mine, tags: sub('tags') as Framework['tags'], groups: sub('groups') as Framework['groups'] };
  for (const k of ['id', 'name'] as const) {
    const p = pick3(base?.[k], base !== null, mine[k], theirs[k]);
    (out as unknown as Record<string, unknown>)[k] = p.value;
    if (p.conflict) ctx.conflicts.push({ coll: 'framework', id: k, copyId: null, reason: 'field', theirs: theirs[k] });
  }
  return out;
}

function mergeReview(base: Review | null, mine: Review, theirs: Review, ctx: CollCtx, now: () => string): Review {
  const hasBase = base !== null;
  const context = { ...mine.context } as ReviewContext;
  const keys = new Set([...Object.keys(mine.context), ...Object.keys(theirs.context)]) as Set<keyof ReviewContext>;
  for (const k of keys) {
    const p = pick3(base?.context[k], hasBase, mine.context[k], theirs.context[k]);
    context[k] = p.value;
    if (p.conflict) ctx.conflicts.push({ coll: 'review', id: `context.${k}`, copyId: null, reason: 'field', theirs: theirs.context[k] });
  }
  const history: LeervraagVersion[] = mergeSet(base?.leervraagHistory ?? null, mine.leervraagHistory, theirs.leervraagHistory);
  const lv = pick3(base?.leervraag, hasBase, mine.leervraag, theirs.leervraag);
  if (lv.conflict) {
    ctx.conflicts.push({ coll: 'review', id: 'leervraag', copyId: null, reason: 'field', theirs: theirs.leervraag });
    if (!history.some((h) => h.text === theirs.leervraag)) history.push({ text: theirs.leervraag, at: now() });
  }
  // Oldest first, as the model promises; a stable sort keeps equal timestamps in merge order.
  history.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  return {
    ...mine,
    leervraag: lv.value,
    leervraagHistory: history,
    context,
    focus: mergeSet(base?.focus ?? null, mine.focus, theirs.focus),
  };
}

/** Merges `theirs` into `mine`; `base` is their common ancestor, or null for a two-way merge. */
export function mergeSessions(base: Session | null, mine: Session, theirs: Session, opts: MergeOptions = {}): MergeResult {
  const gen = opts.newId ?? randomId;
  const ctx: CollCtx = {
    conflicts: [],
    fromTheirs: [],
    makeId: (coll, taken) => {
      let id = gen(COPY_PREFIX[coll]);
      while (taken.has(id)) id = gen(COPY_PREFIX[coll]);
      taken.add(id);
      return id;
    },
  };
  const out: Session = { ...mine };
  const rec = out as unknown as Record<string, unknown>;
  for (const coll of COLLECTION_NAMES) {
    const bl = base ? ((base[coll] ?? []) as unknown as Item[]) : null;
    rec[coll] = mergeCollection(coll, bl, (mine[coll] ?? []) as unknown as Item[], (theirs[coll] ?? []) as unknown as Item[], ctx);
  }
  const title = pick3(base?.title, base !== null, mine.title, theirs.title);
  out.title = title.value;
  if (title.conflict) ctx.conflicts.push({ coll: 'meta', id: 'title', copyId: null, reason: 'field', theirs: theirs.title });
  // Which file this computer plays is never decided by someone else's copy: mine always stays,
  // and a different path on their side is named, so the user can link it on purpose.
  out.recording = mine.recording;
  if (!jsonEqual(mine.recording?.path ?? null, theirs.recording?.path ?? null) && !(base && jsonEqual(base.recording?.path ?? null, theirs.recording?.path ?? null))) {
    ctx.conflicts.push({ coll: 'meta', id: 'recording', copyId: null, reason: 'recordingNotTaken', theirs: theirs.recording });
  }
  out.framework = mergeFramework(base?.framework ?? null, mine.framework, theirs.framework, ctx);
  out.review = mergeReview(base?.review ?? null, mine.review, theirs.review, ctx, opts.now ?? nowIso);
  const corrections = mergeSpiegelCorrections(base, mine, theirs);
  if (corrections.length) out.spiegelCorrections = corrections;
  else delete out.spiegelCorrections;
  return { session: out, conflicts: ctx.conflicts, added: { fromTheirs: ctx.fromTheirs } };
}

/** The trio's Gespreksspiegel corrections, key by key (three-way when there is a base; mine wins a tie). */
function mergeSpiegelCorrections(base: Session | null, mine: Session, theirs: Session): SpiegelCorrection[] {
  const map = (s: Session | null) => new Map((s?.spiegelCorrections ?? []).map((c) => [c.key, c] as const));
  const b = map(base);
  const m = map(mine);
  const t = map(theirs);
  const out: SpiegelCorrection[] = [];
  for (const key of new Set([...m.keys(), ...t.keys()])) {
    const v = pick3<SpiegelCorrection | null>(b.get(key) ?? null, base !== null, m.get(key) ?? null, t.get(key) ?? null).value;
    if (v) out.push(v);
  }
  return out;
}

/**
 * One undoable `batch` edit that turns `mine` into `merged` (applyEdit(mine, e).session deep-equals
 * merged). Removes first, then updates, then adds at their final index in ascending order; an item
 * whose relative order changed, or whose shape changed, is removed and added again.
 */
export function mergeAsEdit(mine: Session, merged: Session, label = 'Samenvoegen / Merge'): Edit {
  const edits: Edit[] = [];
  const meta: MetaPatch = {};
  for (const k of ['title', 'recording', 'framework'] as const) {
    if (!jsonEqual(mine[k], merged[k])) (meta as Record<string, unknown>)[k] = merged[k];
  }
  if (Object.keys(meta).length > 0) edits.push({ op: 'meta', patch: meta });
  const review: Partial<Review> = {};
  for (const k of Object.keys(merged.review) as (keyof Review)[]) {
    if (!jsonEqual(mine.review[k], merged.review[k])) (review as Record<string, unknown>)[k] = merged.review[k];
  }
  if (Object.keys(review).length > 0) edits.push({ op: 'review', patch: review });
  const mineCorr = new Map((mine.spiegelCorrections ?? []).map((c) => [c.key, c] as const));
  const mergedCorr = new Map((merged.spiegelCorrections ?? []).map((c) => [c.key, c] as const));
  for (const key of new Set([...mineCorr.keys(), ...mergedCorr.keys()])) {
    const g = mergedCorr.get(key);
    if (jsonEqual(mineCorr.get(key) ?? null, g ?? null)) continue;
    edits.push({ op: 'spiegel', key, correction: g ? { ...(g.form !== undefined ? { form: g.form } : {}), ...(g.function !== undefined ? { function: g.function } : {}) } : null });
  }

  const removes: Edit[] = [];
  const updates: Edit[] = [];
  const adds: Edit[] = [];
  for (const coll of COLLECTION_NAMES) {
    const ml = (mine[coll] ?? []) as unknown as Item[];
    const gl = (merged[coll] ?? []) as unknown as Item[];
    const gIndex = new Map(gl.map((x, i) => [x.id, i]));
    const mMap = byId(ml);
    const readd = new Set<string>();
    // Kept items must keep their relative order; greedily re-add the ones that moved back.
    let last = -1;
    for (const x of ml) {
      const gi = gIndex.get(x.id);
      if (gi === undefined) continue;
      if (gi < last) readd.add(x.id);
      else last = gi;
    }
    for (const x of ml) {
      const g = gIndex.get(x.id);
      if (g === undefined || readd.has(x.id)) {
        removes.push({ op: 'remove', coll, id: x.id });
        continue;
      }
      const y = gl[g]!;
      if (jsonEqual(x, y)) continue;
      const sameShape = Object.keys(y).every((k) => k in x) && Object.keys(x).every((k) => k in y);
      if (!sameShape) {
        removes.push({ op: 'remove', coll, id: x.id });
        readd.add(x.id);
        continue;
      }
      const patch: Record<string, unknown> = {};
      for (const k of Object.keys(y)) if (k !== 'id' && !jsonEqual(x[k], y[k])) patch[k] = y[k];
      updates.push({ op: 'update', coll, id: x.id, patch });
    }
    gl.forEach((y, i) => {
      if (!mMap.has(y.id) || readd.has(y.id)) adds.push({ op: 'add', coll, item: y as never, index: i });
    });
  }
  edits.push(...removes, ...updates, ...adds);
  return { op: 'batch', label, edits };
}
