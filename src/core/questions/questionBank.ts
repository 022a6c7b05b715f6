import type { QuestionFunction } from '../analysis/questionFunction';
import type { Detail, LocalText, Question, QuestionOrigin, QuestionType, Seconds, Session } from '../session/model';
import { listQuestionFunction } from './listQuestionFunction';
import { normaliseQuestion, searchKey } from './normaliseQuestion';
import { ORIGIN_LABELS, questionOrigin } from './questionOrigin';

/**
 * The question bank: all good questions from many sessions, near-duplicates merged (see
 * `normaliseQuestion`). A trainer collects the trios' werkbladen into one list; this is that list.
 */

export interface BankInput {
  sessionPath: string;
  session: Session;
}

export interface BankTag {
  id: string;
  /** The label from the session's own framework (the id itself when the tag is unknown there). */
  label: LocalText;
}

export interface BankOccurrence {
  sessionPath: string;
  sessionTitle: string;
  questionId: string;
  detailId: string | null;
  time: Seconds | null;
  origin: QuestionOrigin;
  /** Who asked it in the recording (the speaker's name; '' for a suggested question or when unknown). */
  askedBy: string;
  /** Who suggested it, or for an asked question who put it on the list ('' when unknown). */
  proposedBy: string;
  tags: BankTag[];
  type: QuestionType;
  /** Its function in the method, as the Gespreksspiegel reads it (with the trio's correction). */
  function: QuestionFunction;
  note: string;
  text: string;
}

/**
 * One question of the list. An asked and a suggested question with the same wording stay two
 * entries: what the begeleider did is not what an observer proposed.
 */
export interface BankEntry {
  /** The wording of the first occurrence (sessions in the order given). */
  text: string;
  normalised: string;
  origin: QuestionOrigin;
  /** The most frequent type among the occurrences; on a tie, the first occurrence's. */
  type: QuestionType;
  /** The most frequent function in the method among the occurrences; on a tie, the first occurrence's. */
  function: QuestionFunction;
  count: number;
  occurrences: BankOccurrence[];
}

/**
 * A detail's suggested question as a Question-shaped draft, or null when the detail has none.
 * `id` is the detail id prefixed with "d:" so it can never collide with a real question id.
 */
export function questionsFromDetail(detail: Detail): Question | null {
  if (!detail.question || detail.question.text.trim() === '') return null;
  return {
    id: `d:${detail.id}`,
    text: detail.question.text,
    type: detail.question.type,
    proposedBy: detail.authorId,
    time: detail.start,
    speakerId: null,
    source: 'detail',
    detailId: detail.id,
    tags: [...detail.tags],
    note: '',
    createdAt: detail.createdAt,
  };
}

function tagRefs(session: Session, ids: readonly string[]): BankTag[] {
  return ids.map((id) => {
    const tag = session.framework.tags.find((x) => x.id === id);
    return { id, label: tag ? { ...tag.label } : { nl: id, en: id } };
  });
}

/**
 * The questions observers suggested at a detail that nobody has put on the list yet. They are
 * offered in the panel, never exported: only what was put on the list goes out.
 */
export function unlistedSuggestions(session: Session): Question[] {
  const captured = new Set(session.questions.map((q) => q.detailId).filter((x): x is string => x !== null));
  return session.details
    .filter((d) => !captured.has(d.id))
    .map(questionsFromDetail)
    .filter((q): q is Question => q !== null);
}

export function buildQuestionBank(inputs: readonly BankInput[]): BankEntry[] {
  const byKey = new Map<string, BankEntry>();
  // The same wording recurs across many sessions; normalising it once keeps a 300-file scan fast.
  const keys = new Map<string, string>();
  for (const { sessionPath, session } of inputs) {
    for (const q of session.questions) {
      let normalised = keys.get(q.text);
      if (normalised === undefined) keys.set(q.text, (normalised = normaliseQuestion(q.text)));
      if (normalised === '') continue;
      const origin = questionOrigin(q);
      const occ: BankOccurrence = {
        sessionPath,
        sessionTitle: session.title,
        questionId: q.id,
        detailId: q.detailId,
        time: q.time,
        origin,
        askedBy: origin === 'asked' ? (session.speakers.find((sp) => sp.id === q.speakerId)?.name ?? '') : '',
        proposedBy: session.participants.find((p) => p.id === q.proposedBy)?.name ?? '',
        tags: tagRefs(session, q.tags),
        type: q.type,
        function: listQuestionFunction(session, q),
        note: q.note,
        text: q.text,
      };
      const key = `${origin}|${normalised}`;
      const entry = byKey.get(key);
      if (entry) entry.occurrences.push(occ);
      else byKey.set(key, { text: q.text.trim(), normalised, origin, type: q.type, function: occ.function, count: 0, occurrences: [occ] });
    }
  }
  const entries = [...byKey.values()];
  for (const e of entries) {
    e.count = e.occurrences.length;
    e.type = majority(e.occurrences, (o) => o.type);
    e.function = majority(e.occurrences, (o) => o.function);
  }
  // Asked before suggested; most frequent first; then alphabetically, so the list is stable between runs.
  return entries.sort((a, b) => originRank(a.origin) - originRank(b.origin) || b.count - a.count || a.normalised.localeCompare(b.normalised, 'nl'));
}

const originRank = (o: QuestionOrigin): number => (o === 'asked' ? 0 : 1);

/** The most frequent value among the occurrences; on a tie, the first occurrence's. */
function majority<T>(occ: readonly BankOccurrence[], of: (o: BankOccurrence) => T): T {
  const counts = new Map<T, number>();
  for (const o of occ) counts.set(of(o), (counts.get(of(o)) ?? 0) + 1);
  let best = of(occ[0]!);
  for (const [value, n] of counts) if (n > counts.get(best)!) best = value;
  return best;
}

export interface BankGroup {
  key: string;
  label: LocalText;
  entries: BankEntry[];
}

const TYPE_LABELS: Record<QuestionType, LocalText> = {
  verbredend: { nl: 'Verbredend', en: 'Broadening' },
  verdiepend: { nl: 'Verdiepend', en: 'Deepening' },
  anders: { nl: 'Anders', en: 'Other' },
};

/** By origin (asked, then suggested) and within it by type: "Gesteld in het gesprek · verdiepend". */
export function groupByType(entries: readonly BankEntry[]): BankGroup[] {
  return (['asked', 'suggested'] as const).flatMap((origin) =>
    (['verbredend', 'verdiepend', 'anders'] as const)
      .map((type) => ({
        key: `${origin}:${type}`,
        label: { nl: `${ORIGIN_LABELS[origin].nl} · ${TYPE_LABELS[type].nl.toLowerCase()}`, en: `${ORIGIN_LABELS[origin].en} · ${TYPE_LABELS[type].en.toLowerCase()}` },
        entries: entries.filter((e) => e.origin === origin && e.type === type),
      }))
      .filter((g) => g.entries.length > 0),
  );
}

/** By uitgangspunt (tag). An entry appears under every tag any occurrence has; untagged ones last. */
export function groupByTag(entries: readonly BankEntry[]): BankGroup[] {
  const groups = new Map<string, BankGroup>();
  const none: BankEntry[] = [];
  for (const e of entries) {
    const tags = new Map<string, BankTag>();
    for (const o of e.occurrences) for (const tg of o.tags) if (!tags.has(tg.id)) tags.set(tg.id, tg);
    if (tags.size === 0) none.push(e);
    for (const tg of tags.values()) {
      const g = groups.get(tg.id) ?? { key: tg.id, label: tg.label, entries: [] };
      g.entries.push(e);
      groups.set(tg.id, g);
    }
  }
  const out = [...groups.values()].sort((a, b) => a.key.localeCompare(b.key, 'nl', { numeric: true }));
  if (none.length) out.push({ key: '', label: { nl: 'Zonder uitgangspunt', en: 'No principle' }, entries: none });
  return out;
}

/** By session (path). An entry appears under every session it occurs in. */
export function groupBySession(entries: readonly BankEntry[]): BankGroup[] {
  const groups = new Map<string, BankGroup>();
  for (const e of entries) {
    for (const o of e.occurrences) {
      const g = groups.get(o.sessionPath) ?? { key: o.sessionPath, label: { nl: o.sessionTitle || o.sessionPath, en: o.sessionTitle || o.sessionPath }, entries: [] };
      if (!g.entries.includes(e)) g.entries.push(e);
      groups.set(o.sessionPath, g);
    }
  }
  return [...groups.values()];
}

export interface BankFilter {
  type?: QuestionType;
  origin?: QuestionOrigin;
  tag?: string;
  sessionPath?: string;
  /** Only questions asked at least this often. */
  minCount?: number;
  /** Case- and accent-insensitive substring of the question text or a note. */
  search?: string;
}

export function filterQuestionBank(entries: readonly BankEntry[], f: BankFilter): BankEntry[] {
  const needle = f.search ? searchKey(f.search).trim() : '';
  return entries.filter((e) => {
    if (f.type && e.type !== f.type) return false;
    if (f.origin && e.origin !== f.origin) return false;
    if (f.minCount !== undefined && e.count < f.minCount) return false;
    if (f.tag && !e.occurrences.some((o) => o.tags.some((tg) => tg.id === f.tag))) return false;
    if (f.sessionPath && !e.occurrences.some((o) => o.sessionPath === f.sessionPath)) return false;
    if (needle && !e.occurrences.some((o) => searchKey(o.text).includes(needle) || searchKey(o.note).includes(needle))) return false;
    return true;
  });
}

export function searchQuestionBank(entries: readonly BankEntry[], query: string): BankEntry[] {
  return filterQuestionBank(entries, { search: query });
}
