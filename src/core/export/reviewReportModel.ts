import { ORIGIN_LABELS, ORIGINS, questionOrigin } from '../questions/questionOrigin';
import type { FeedbackKind, NoteKind, ParticipantRole, QuestionOrigin, Session } from '../session/model';
import { feedbackLabel, formatMoment, oneLine, participantName, questionTypeLabel, speakerName, tagLabels, type ExportLocale } from './exportText';
import { t } from '../text/lang';
import { maybePseudonymise, type PseudonymMode } from './pseudonymise';
import { formatDate } from '../text/time';

/**
 * What the review report says, independent of its format. Markdown, HTML and DOCX render this
 * same model, so the three never disagree. All strings are clean but not yet escaped.
 */
export interface ReportDetail {
  moment: string;
  tags: string[];
  author: string;
  see: string;
  meaning: string;
  deepen: string;
  feedbackKind: FeedbackKind | null;
  feedback: string;
  question: { text: string; type: string } | null;
}

export interface FeedbackGroup {
  kind: FeedbackKind;
  label: string;
  items: { moment: string; text: string }[];
}

export interface FeedbackSummary {
  label: string;
  groups: FeedbackGroup[];
}

export interface ReviewReport {
  locale: ExportLocale;
  title: string;
  context: { label: string; value: string }[];
  leervraag: string;
  /** `at`: the date as a teacher reads it ("12 maart 2024"). */
  leervraagHistory: { text: string; at: string }[];
  participants: { name: string; role: string; lens: string[] }[];
  focus: string[];
  details: ReportDetail[];
  byTag: FeedbackSummary[];
  byObserver: FeedbackSummary[];
  /** Only what was put on the list, asked before suggested (each in time order). */
  questionGroups: ReportQuestionGroup[];
  observations: ReportNote[];
  /** b and c's clarifying questions during the context. */
  clarifying: ReportNote[];
  /** a's reply to the feedback. */
  replies: ReportNote[];
  feedforward: ReportNote[];
  labels: Record<'context' | 'leervraag' | 'history' | 'participants' | 'focus' | 'details' | 'see' | 'meaning' | 'deepen' | 'feedback' | 'question' | 'summaryTag' | 'summaryObserver' | 'questions' | 'observations' | 'clarifying' | 'replies' | 'feedforward' | 'none', string>;
}

export interface ReportQuestion {
  text: string;
  type: string;
  /** The speaker who asked it in the recording ('' for a suggested question). */
  askedBy: string;
  /** Who suggested it, or for an asked question who put it on the list. */
  proposedBy: string;
  moment: string;
  note: string;
}

export interface ReportQuestionGroup {
  origin: QuestionOrigin;
  label: string;
  /** "gesteld door" / "voorgesteld door": the words for the people in this group. */
  askedByLabel: string;
  proposedByLabel: string;
  items: ReportQuestion[];
}

export interface ReportNote {
  moment: string;
  author: string;
  text: string;
}

export interface ReviewReportOptions {
  locale?: ExportLocale;
  pseudonymise?: PseudonymMode | null;
}

/** The facts after a question: its kind, who asked it, who suggested or listed it, when. */
export function questionFacts(q: ReportQuestion, g: ReportQuestionGroup): string[] {
  return [q.type, q.askedBy ? `${g.askedByLabel} ${q.askedBy}` : '', q.proposedBy ? `${g.proposedByLabel} ${q.proposedBy}` : '', q.moment].filter(Boolean);
}

/** Strengths first: what went well, what went best, then what could be better. */
export const FEEDBACK_ORDER: readonly FeedbackKind[] = ['goed', 'best', 'beter'];

function roleLabel(role: ParticipantRole, locale: ExportLocale): string {
  switch (role) {
    case 'a':
      return t(locale, 'a (brengt de opname in)', 'a (brings the recording)');
    case 'b':
      return t(locale, 'b (observator)', 'b (observer)');
    case 'c':
      return t(locale, 'c (observator)', 'c (observer)');
    case 'trainer':
      return 'trainer';
    default:
      return t(locale, 'anders', 'other');
  }
}

export function reviewReportModel(input: Session, opts: ReviewReportOptions = {}): ReviewReport {
  const locale = opts.locale ?? 'nl';
  const s = maybePseudonymise(input, opts.pseudonymise);
  const fw = s.framework;
  const ctx = s.review.context;
  const context = [
    { label: t(locale, 'Opleiding', 'Programme'), value: ctx.opleiding },
    { label: t(locale, 'Leerjaar', 'Year'), value: ctx.leerjaar },
    { label: t(locale, 'Niveau', 'Level'), value: ctx.niveau },
    { label: t(locale, 'Aanleiding', 'Reason'), value: ctx.aanleiding },
    { label: t(locale, 'Wat ging eraan vooraf', 'What came before'), value: ctx.voorafgaand },
    { label: t(locale, 'Plek in de begeleiding', 'Place in the guidance'), value: ctx.plek },
  ]
    .map((c) => ({ label: c.label, value: oneLine(c.value) }))
    .filter((c) => c.value !== '');

  const details = [...s.details]
    .sort((a, b) => a.start - b.start)
    .map((d) => ({
      d,
      r: {
        moment: d.end !== null && d.end > d.start ? `${formatMoment(d.start)}–${formatMoment(d.end)}` : formatMoment(d.start),
        tags: tagLabels(fw, d.tags, locale).map(oneLine),
        author: oneLine(participantName(s, d.authorId)),
        see: oneLine(d.see),
        meaning: oneLine(d.meaning),
        deepen: oneLine(d.deepen),
        feedbackKind: d.feedback,
        feedback: feedbackLabel(d.feedback, locale),
        question: d.question && d.question.text.trim() ? { text: oneLine(d.question.text), type: questionTypeLabel(d.question.type, locale) } : null,
      } satisfies ReportDetail,
    }));

  const summarise = (label: string, pick: (d: (typeof details)[number]['d']) => boolean): FeedbackSummary => ({
    label,
    groups: FEEDBACK_ORDER.map((kind) => ({
      kind,
      label: feedbackLabel(kind, locale),
      items: details.filter(({ d }) => d.feedback === kind && pick(d)).map(({ r }) => ({ moment: r.moment, text: r.see || r.meaning })),
    })).filter((g) => g.items.length > 0),
  });
  const byTag = fw.tags.map((tag) => summarise(oneLine(tag.label[locale] || tag.label.nl), (d) => d.tags.includes(tag.id))).filter((x) => x.groups.length > 0);
  const byObserver = s.participants.map((p) => summarise(oneLine(p.name), (d) => d.authorId === p.id)).filter((x) => x.groups.length > 0);

  const notes = (kind: NoteKind): ReportNote[] =>
    s.notes
      .filter((n) => n.kind === kind)
      .map((n) => ({ moment: formatMoment(n.time), author: oneLine(participantName(s, n.authorId)), text: oneLine(n.text) }));

  return {
    locale,
    title: oneLine(s.title) || t(locale, 'Terugblik', 'Review'),
    context,
    leervraag: oneLine(s.review.leervraag),
    leervraagHistory: s.review.leervraagHistory.map((v) => ({ text: oneLine(v.text), at: formatDate(v.at, locale) })),
    participants: s.participants.map((p) => ({ name: oneLine(p.name), role: roleLabel(p.role, locale), lens: tagLabels(fw, p.lens, locale).map(oneLine) })),
    focus: tagLabels(fw, s.review.focus, locale).map(oneLine),
    details: details.map((x) => x.r),
    byTag,
    byObserver,
    questionGroups: ORIGINS.map((origin) => ({
      origin,
      label: ORIGIN_LABELS[origin][locale],
      askedByLabel: t(locale, 'gesteld door', 'asked by'),
      proposedByLabel: origin === 'asked' ? t(locale, 'op de lijst gezet door', 'put on the list by') : t(locale, 'voorgesteld door', 'suggested by'),
      items: s.questions
        .filter((q) => questionOrigin(q) === origin)
        .sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity))
        .map((q) => ({
          text: oneLine(q.text),
          type: questionTypeLabel(q.type, locale),
          askedBy: origin === 'asked' ? oneLine(speakerName(s, q.speakerId)) : '',
          proposedBy: oneLine(participantName(s, q.proposedBy)),
          moment: formatMoment(q.time),
          note: oneLine(q.note),
        })),
    })).filter((g) => g.items.length > 0),
    observations: notes('observation'),
    clarifying: notes('verduidelijking'),
    replies: notes('reactie'),
    feedforward: notes('feedforward'),
    labels: {
      context: t(locale, 'Context', 'Context'),
      leervraag: t(locale, 'Leervraag', 'Learning question'),
      history: t(locale, 'Eerdere formuleringen', 'Earlier wordings'),
      participants: t(locale, 'Deelnemers en kijkopdrachten', 'Participants and viewing tasks'),
      focus: t(locale, 'Focus tweede keer kijken', 'Focus of the second viewing'),
      details: t(locale, 'Details', 'Details'),
      see: t(locale, 'Wat zie je, wat hoor je?', 'What do you see and hear?'),
      meaning: t(locale, 'Betekenis voor het gesprek', 'Meaning for the conversation'),
      deepen: t(locale, 'Betekenis voor verbreden of verdiepen', 'Meaning for broadening or deepening'),
      feedback: t(locale, 'Feedback', 'Feedback'),
      question: t(locale, 'Voorgestelde vraag', 'Suggested question'),
      summaryTag: t(locale, 'Feedback per uitgangspunt', 'Feedback per principle'),
      summaryObserver: t(locale, 'Feedback per observator', 'Feedback per observer'),
      questions: t(locale, 'Goede vragen', 'Good questions'),
      observations: t(locale, 'Eerste keer kijken: wat zie je, wat hoor je', 'First viewing: what you see and hear'),
      clarifying: t(locale, 'Verduidelijkende vragen', 'Clarifying questions'),
      replies: t(locale, 'Reactie van a op de feedback', "a's reply to the feedback"),
      feedforward: t(locale, 'Vervolgstap (feedforward)', 'Next step (feedforward)'),
      none: t(locale, '(geen)', '(none)'),
    },
  };
}
