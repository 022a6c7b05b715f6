import type { Detail, Tag } from '../../../src/core/session/model';

/** How the details tab shows details and tags: short chip labels, the form's tag order, sorting. */

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
