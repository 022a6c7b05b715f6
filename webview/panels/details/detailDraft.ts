import { newId, nowIso } from '../../../src/core/session/ids';
import type { Detail, FeedbackKind, Question, Segment, SuggestedQuestion, Tag } from '../../../src/core/session/model';
import { segmentIdsOverlapping } from '../../../src/core/session/timeSpan';

/** What the pause-and-tag form collects; the rest of a Detail is filled in here. */
export interface DetailDraft {
  start: number;
  end: number | null;
  tags: string[];
  see: string;
  meaning: string;
  deepen: string;
  feedback: FeedbackKind | null;
  question: SuggestedQuestion | null;
}

/** Keeps times valid for the host's schema (finite, ≥ 0, two decimals are plenty). */
export function cleanTime(t: number): number {
  return Number.isFinite(t) && t > 0 ? Math.round(t * 100) / 100 : 0;
}

function cleanQuestion(q: SuggestedQuestion | null): SuggestedQuestion | null {
  return q && q.text.trim() ? { text: q.text.trim(), type: q.type } : null;
}

export function newDetail(draft: DetailDraft, authorId: string | null, transcript: readonly Segment[]): Detail {
  const fields = detailPatch(draft, transcript);
  return { id: newId('d'), ...fields, authorId, createdAt: fields.updatedAt };
}

/** The fields an edit of an existing detail changes (its author and creation stay). */
export function detailPatch(draft: DetailDraft, transcript: readonly Segment[]): Omit<Detail, 'id' | 'authorId' | 'createdAt'> {
  const start = cleanTime(draft.start);
  const end = draft.end === null ? null : Math.max(start, cleanTime(draft.end));
  return {
    start,
    end,
    tags: [...draft.tags],
    see: draft.see.trim(),
    meaning: draft.meaning.trim(),
    deepen: draft.deepen.trim(),
    feedback: draft.feedback,
    question: cleanQuestion(draft.question),
    segmentIds: segmentIdsOverlapping(transcript, { start, end }),
    updatedAt: nowIso(),
  };
}

/** A detail's suggested question, put on the list of good questions. */
export function questionFromDetail(d: Detail): Question | null {
  if (!d.question || !d.question.text.trim()) return null;
  return {
    id: newId('q'),
    text: d.question.text,
    type: d.question.type,
    proposedBy: d.authorId,
    time: d.start,
    speakerId: null,
    source: 'detail',
    detailId: d.id,
    tags: [...d.tags],
    note: '',
    createdAt: nowIso(),
  };
}

/**
 * The framework's labels are whole sentences; a chip in a list shows the start of it and the full
 * label goes in the tooltip and the accessible name. A marker such as "(verdiepen)" or
 * "(verbreden)" that the cut would drop is kept: it says what kind of uitgangspunt it is.
 */
export function shortLabel(label: string, max = 24): string {
  const s = label.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = `${(space >= max / 3 ? cut.slice(0, space) : cut).replace(/[\s,.;:—-]+$/, '')}…`;
  const marker = /\(([^()]{3,})\)/.exec(s);
  return marker && marker.index + marker[0].length > head.length - 1 ? `${head} ${marker[0]}` : head;
}

/** Tags in the order the form shows them: the author's lens first, then the rest. */
export function tagsForAuthor(tags: readonly Tag[], lens: readonly string[]): { tag: Tag; lens: boolean }[] {
  const inLens = new Set(lens);
  return [...tags.filter((t) => inLens.has(t.id)).map((tag) => ({ tag, lens: true })), ...tags.filter((t) => !inLens.has(t.id)).map((tag) => ({ tag, lens: false }))];
}

export type DetailSort = 'time' | 'tag' | 'author';

/** Sorts a copy; ties keep time order so the list reads like the recording. */
export function sortDetails(details: readonly Detail[], by: DetailSort, tagOrder: ReadonlyMap<string, number>, authorOrder: ReadonlyMap<string, number>): Detail[] {
  const byTime = (a: Detail, b: Detail) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start);
  if (by === 'time') return [...details].sort(byTime);
  const far = Number.MAX_SAFE_INTEGER;
  const key =
    by === 'tag'
      ? (d: Detail) => Math.min(far, ...d.tags.map((t) => tagOrder.get(t) ?? far - 1))
      : (d: Detail) => (d.authorId === null ? far : (authorOrder.get(d.authorId) ?? far - 1));
  const keys = new Map(details.map((d) => [d, key(d)]));
  return [...details].sort((a, b) => keys.get(a)! - keys.get(b)! || byTime(a, b));
}
