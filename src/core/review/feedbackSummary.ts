import { fold } from '../text/fold';
import { formatClock } from '../text/time';
import type { Detail, FeedbackKind, LocalText, Session, SuggestedQuestion } from '../session/model';
import { t, type Lang } from '../text/lang';

/**
 * The feedback for a, gathered per uitgangspunt and per observer, in the order the method asks
 * for: strengths first (goed, then 't beste), then kan beter.
 *
 * Order of the uitgangspunten (documented promise):
 *   1. the tags in `review.focus`, in the order the trio chose them;
 *   2. then the tags the leervraag mentions (see `mentionedTags`), by number of details, most first;
 *   3. then all other tags with feedback, by number of details, most first;
 *   ties keep the framework's order. Details without a tag come last, under `tagId: null`.
 * A detail with several tags appears under each of them. Details without a feedback kind are
 * counted (`withoutFeedback`) but not listed: they are observations, not feedback.
 */

export const FEEDBACK_ORDER: readonly FeedbackKind[] = ['goed', 'best', 'beter'];

export const FEEDBACK_LABELS: Record<FeedbackKind, LocalText> = {
  goed: { nl: 'Wat ging goed', en: 'What went well' },
  best: { nl: "Wat ging 't beste", en: 'What went best' },
  beter: { nl: 'Wat kan beter', en: 'What could be better' },
};

export interface FeedbackItem {
  detailId: string;
  start: number;
  end: number | null;
  authorId: string | null;
  see: string;
  meaning: string;
  deepen: string;
  question: SuggestedQuestion | null;
}

export type FeedbackGroups = Record<FeedbackKind, FeedbackItem[]>;

export interface ObserverFeedback {
  participantId: string | null;
  name: string;
  groups: FeedbackGroups;
}

export interface TagFeedback {
  tagId: string | null;
  label: LocalText;
  inFocus: boolean;
  inLeervraag: boolean;
  /** Details with feedback under this tag. */
  count: number;
  groups: FeedbackGroups;
  byObserver: ObserverFeedback[];
}

export interface FeedbackSummary {
  leervraag: string;
  tags: TagFeedback[];
  withoutFeedback: number;
}

function normalise(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Phrases by which a leervraag may name a tag: the whole label (nl, en), the label with its
 * brackets dropped ("Herken emoties"), a quoted part ("Leeg luisteren"), a part in brackets
 * (verdiepen), the part before a dash (NIVEA), and for a label of two words its last word when
 * that has 7 letters or more ("emoties", "luisteren"). Each key at least 4 letters. Words from
 * longer labels are deliberately not keys: "studenten" in a leervraag does not name uitgangspunt 5.
 */
export function mentionKeys(label: LocalText): string[] {
  const keys = new Set<string>();
  for (const l of [label.nl, label.en]) {
    keys.add(l);
    keys.add(l.replace(/\(([^)]*)\)/g, '$1'));
    for (const m of l.matchAll(/["'“‘]([^"'”’]+)["'”’]/g)) keys.add(m[1]!);
    for (const m of l.matchAll(/\(([^)]+)\)/g)) keys.add(m[1]!);
    const dash = l.split(/\s[—–-]\s/)[0];
    if (dash && dash !== l) keys.add(dash);
  }
  const words = normalise(label.nl.replace(/\(([^)]*)\)/g, '$1')).split(' ');
  if (words.length === 2 && words[1]!.length >= 7) keys.add(words[1]!);
  return [...keys].map(normalise).filter((k) => k.length >= 4);
}

/**
 * Tag ids whose label the leervraag mentions (whole words, case and accents ignored), or that it
 * names by number ("uitgangspunt 6", "principle 6").
 */
export function mentionedTags(s: Session): string[] {
  const q = ` ${normalise(s.review.leervraag)} `;
  if (q.trim() === '') return [];
  return s.framework.tags
    .filter((t) => [...mentionKeys(t.label), `uitgangspunt ${normalise(t.key)}`, `principle ${normalise(t.key)}`].some((k) => q.includes(` ${k} `)))
    .map((t) => t.id);
}

function emptyGroups(): FeedbackGroups {
  return { goed: [], best: [], beter: [] };
}

function item(d: Detail): FeedbackItem {
  return { detailId: d.id, start: d.start, end: d.end, authorId: d.authorId, see: d.see, meaning: d.meaning, deepen: d.deepen, question: d.question };
}

export function feedbackSummary(s: Session): FeedbackSummary {
  const withFb = s.details.filter((d) => d.feedback !== null && FEEDBACK_ORDER.includes(d.feedback));
  const mentioned = new Set(mentionedTags(s));
  const focus = s.review.focus;
  const fwOrder = new Map(s.framework.tags.map((t, i) => [t.id, i]));
  const ids = new Set<string | null>();
  for (const d of withFb) {
    if (d.tags.length === 0) ids.add(null);
    for (const t of d.tags) ids.add(t);
  }
  for (const t of focus) ids.add(t);
  const tags: TagFeedback[] = [...ids].map((tagId) => {
    const ds = [...withFb.filter((d) => (tagId === null ? d.tags.length === 0 : d.tags.includes(tagId)))].sort((x, y) => x.start - y.start);
    const groups = emptyGroups();
    const observers = new Map<string | null, ObserverFeedback>();
    for (const d of ds) {
      groups[d.feedback!].push(item(d));
      let o = observers.get(d.authorId);
      if (!o) {
        const p = s.participants.find((x) => x.id === d.authorId);
        o = { participantId: d.authorId, name: p ? p.name || p.role.toUpperCase() : '?', groups: emptyGroups() };
        observers.set(d.authorId, o);
      }
      o.groups[d.feedback!].push(item(d));
    }
    const tag = tagId === null ? undefined : s.framework.tags.find((t) => t.id === tagId);
    const label = tagId === null ? { nl: 'Zonder uitgangspunt', en: 'Without a principle' } : tag ? { ...tag.label } : { nl: tagId, en: tagId };
    // Observers in participant order (a, b, c as listed), unknown authors last.
    const pIndex = (id: string | null): number => {
      const i = s.participants.findIndex((p) => p.id === id);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    const byObserver = [...observers.values()].sort((x, y) => pIndex(x.participantId) - pIndex(y.participantId));
    return { tagId, label, inFocus: tagId !== null && focus.includes(tagId), inLeervraag: tagId !== null && mentioned.has(tagId), count: ds.length, groups, byObserver };
  });
  const rank = (t: TagFeedback): [number, number, number, number] => [
    t.tagId === null ? 3 : t.inFocus ? 0 : t.inLeervraag ? 1 : 2,
    t.inFocus ? focus.indexOf(t.tagId!) : 0,
    -t.count,
    t.tagId === null ? Number.MAX_SAFE_INTEGER : (fwOrder.get(t.tagId) ?? Number.MAX_SAFE_INTEGER - 1),
  ];
  tags.sort((x, y) => {
    const a = rank(x);
    const b = rank(y);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
  return { leervraag: s.review.leervraag, tags, withoutFeedback: s.details.length - withFb.length };
}

/** Plain text for the editor's summary view, or to paste into a werkblad. */
export function renderFeedbackText(sum: FeedbackSummary, lang: Lang = 'nl'): string {
  const L = (nl: string, en: string): string => t(lang, nl, en);
  const lines: string[] = [];
  if (sum.leervraag.trim() !== '') lines.push(`${L('Leervraag', 'Learning question')}: ${sum.leervraag.trim()}`, '');
  if (sum.tags.every((t) => t.count === 0)) {
    lines.push(L('Nog geen details met feedback.', 'No details with feedback yet.'));
    return lines.join('\n');
  }
  for (const t of sum.tags) {
    const marks = [t.inFocus ? L('focus', 'focus') : '', t.inLeervraag ? L('in de leervraag', 'in the learning question') : ''].filter(Boolean);
    lines.push(`== ${t.label[lang]}${marks.length > 0 ? ` (${marks.join(', ')})` : ''} ==`);
    if (t.count === 0) {
      lines.push(`  ${L('Nog geen feedback.', 'No feedback yet.')}`, '');
      continue;
    }
    for (const kind of FEEDBACK_ORDER) {
      if (t.groups[kind].length === 0) continue;
      lines.push(`${FEEDBACK_LABELS[kind][lang]}:`);
      for (const o of t.byObserver) {
        for (const it of o.groups[kind]) {
          const what = [it.see, it.meaning].map((x) => x.trim()).filter(Boolean).join(' — ');
          const q = it.question ? ` ${L('Vraag', 'Question')}: "${it.question.text}"` : '';
          lines.push(`  [${formatClock(it.start)}] ${o.name}: ${what || L('(geen tekst)', '(no text)')}${q}`);
        }
      }
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
