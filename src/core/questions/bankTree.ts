import type { LocalText, QuestionOrigin, QuestionType, Seconds } from '../session/model';
import { t, type Lang } from '../text/lang';
import { formatClock } from '../text/time';
import { filterQuestionBank, groupBySession, groupByTag, groupByType, type BankEntry, type BankFilter, type BankGroup, type BankOccurrence } from './questionBank';

/**
 * The question bank as a three-level tree (group → question → where it was asked), the shape the
 * Vragenbank view shows. Pure, so grouping, counts and filtering are tested without VS Code.
 */

export type BankGrouping = 'type' | 'tag' | 'session';
export const BANK_GROUPINGS: readonly BankGrouping[] = ['type', 'tag', 'session'];


export const GROUPING_LABELS: Record<BankGrouping, LocalText> = {
  type: { nl: 'Soort vraag', en: 'Question type' },
  tag: { nl: 'Uitgangspunt', en: 'Principle' },
  session: { nl: 'Gesprek', en: 'Session' },
};

export const TYPE_NAMES: Record<QuestionType, LocalText> = {
  verbredend: { nl: 'verbredend', en: 'broadening' },
  verdiepend: { nl: 'verdiepend', en: 'deepening' },
  anders: { nl: 'anders', en: 'other' },
};

export interface OccurrenceNode {
  kind: 'occurrence';
  /** Unique in the tree, stable between refreshes (keeps the expanded state). */
  id: string;
  label: string;
  sessionPath: string;
  seconds: Seconds | null;
  /** The wording here when it differs from the entry's (a merged near-duplicate); '' otherwise. */
  variant: string;
  occurrence: BankOccurrence;
}

export interface EntryNode {
  kind: 'entry';
  id: string;
  label: string;
  /** "3×" when the question was asked in more places than one; '' otherwise. */
  badge: string;
  count: number;
  type: QuestionType;
  origin: QuestionOrigin;
  entry: BankEntry;
  children: OccurrenceNode[];
}

export interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  /** How many questions the group holds, e.g. "4 vragen". */
  description: string;
  children: EntryNode[];
}

export type BankNode = GroupNode | EntryNode | OccurrenceNode;

export function nextGrouping(g: BankGrouping): BankGrouping {
  return BANK_GROUPINGS[(BANK_GROUPINGS.indexOf(g) + 1) % BANK_GROUPINGS.length]!;
}

export function hasFilter(f: BankFilter): boolean {
  return Boolean(f.type || f.origin || f.tag || f.sessionPath || f.minCount !== undefined || (f.search && f.search.trim()));
}

/** The active filter in a few words, for the view's description ('' when nothing is filtered). */
export function describeFilter(f: BankFilter, lang: Lang): string {
  const parts: string[] = [];
  if (f.origin) parts.push(f.origin === 'asked' ? t(lang, 'gesteld', 'asked') : t(lang, 'voorgesteld', 'suggested'));
  if (f.type) parts.push(TYPE_NAMES[f.type][lang]);
  if (f.search && f.search.trim()) parts.push(`“${f.search.trim()}”`);
  if (f.tag) parts.push(t(lang, `uitgangspunt ${f.tag}`, `principle ${f.tag}`));
  if (f.minCount !== undefined) parts.push(t(lang, `${f.minCount}× of vaker`, `${f.minCount}× or more`));
  // 'filter' is the same word in Dutch and English.
  return parts.length ? `filter: ${parts.join(' · ')}` : '';
}

/**
 * "Gesprek met Sanne · 2:05 · gesteld door Anouk · op de lijst gezet door Ruben": which session,
 * when, who asked it in the recording and who suggested or listed it, never one for the other.
 */
export function occurrenceLabel(o: BankOccurrence, lang: Lang): string {
  const title = o.sessionTitle.trim() || o.sessionPath.split(/[\\/]/).pop() || o.sessionPath;
  const parts = [title, o.time === null ? t(lang, 'geen moment', 'no moment') : formatClock(o.time)];
  if (o.askedBy.trim()) parts.push(t(lang, `gesteld door ${o.askedBy.trim()}`, `asked by ${o.askedBy.trim()}`));
  if (o.proposedBy.trim()) {
    const by = o.proposedBy.trim();
    parts.push(o.origin === 'asked' ? t(lang, `op de lijst gezet door ${by}`, `put on the list by ${by}`) : t(lang, `voorgesteld door ${by}`, `suggested by ${by}`));
  }
  return parts.join(' · ');
}

function entryNode(groupId: string, e: BankEntry, lang: Lang): EntryNode {
  const id = `${groupId}/${e.normalised}`;
  return {
    kind: 'entry',
    id,
    label: e.text,
    badge: e.count > 1 ? `${e.count}×` : '',
    count: e.count,
    type: e.type,
    origin: e.origin,
    entry: e,
    children: e.occurrences.map((o, i) => ({
      kind: 'occurrence',
      id: `${id}/${i}`,
      label: occurrenceLabel(o, lang),
      sessionPath: o.sessionPath,
      seconds: o.time,
      variant: o.text.trim() === e.text ? '' : o.text.trim(),
      occurrence: o,
    })),
  };
}

function groups(entries: readonly BankEntry[], grouping: BankGrouping): BankGroup[] {
  if (grouping === 'tag') return groupByTag(entries);
  if (grouping === 'session') return groupBySession(entries);
  return groupByType(entries);
}

export function buildBankTree(entries: readonly BankEntry[], opts: { grouping: BankGrouping; filter?: BankFilter; lang: Lang }): GroupNode[] {
  const shown = opts.filter && hasFilter(opts.filter) ? filterQuestionBank(entries, opts.filter) : entries;
  return groups(shown, opts.grouping).map((g) => {
    const id = `${opts.grouping}:${g.key}`;
    const n = g.entries.length;
    return {
      kind: 'group',
      id,
      label: g.label[opts.lang] || g.label.nl,
      description: t(opts.lang, n === 1 ? '1 vraag' : `${n} vragen`, n === 1 ? '1 question' : `${n} questions`),
      children: g.entries.map((e) => entryNode(id, e, opts.lang)),
    };
  });
}
