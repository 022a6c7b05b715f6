import { QUESTION_FUNCTION_LABELS, type QuestionFunction } from '../analysis/questionFunction';
import { buildQuestionBank, type BankEntry, type BankInput } from '../questions/questionBank';
import { ORIGIN_LABELS } from '../questions/questionOrigin';
import type { QuestionOrigin, QuestionType } from '../session/model';
import { formatMoment, oneLine, questionTypeLabel, type ExportLocale } from './exportText';
import { t } from '../text/lang';
import { maybePseudonymise, type PseudonymMode } from './pseudonymise';

/**
 * One row of the question list as every format shows it: the bank entry flattened into the
 * werkblad columns. Values are clean one-line text, not yet escaped for any format.
 */
export interface QuestionListRow {
  text: string;
  origin: QuestionOrigin;
  originLabel: string;
  type: QuestionType;
  typeLabel: string;
  /** The function in the method, as the Gespreksspiegel reads it (with the trio's correction). */
  function: QuestionFunction;
  functionLabel: string;
  uitgangspunten: string;
  /** The speaker who asked it in the recording (asked questions only). */
  askedBy: string;
  /** Who suggested it, or for an asked question who put it on the list. */
  proposedBy: string;
  session: string;
  moment: string;
  note: string;
  count: number;
}

export interface QuestionListOptions {
  locale?: ExportLocale;
  /** Shown above the list; defaults to "Goede vragen" / "Good questions". */
  title?: string;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.map(oneLine).filter((x) => x !== ''))];
}

export function questionListRows(entries: readonly BankEntry[], locale: ExportLocale = 'nl'): QuestionListRow[] {
  return entries.map((e) => ({
    text: oneLine(e.text),
    origin: e.origin,
    originLabel: ORIGIN_LABELS[e.origin][locale],
    type: e.type,
    typeLabel: questionTypeLabel(e.type, locale),
    function: e.function,
    functionLabel: QUESTION_FUNCTION_LABELS[e.function][locale],
    uitgangspunten: unique(e.occurrences.flatMap((o) => o.tags.map((tg) => tg.label[locale] || tg.label.nl))).join('; '),
    askedBy: unique(e.occurrences.map((o) => o.askedBy)).join('; '),
    proposedBy: unique(e.occurrences.map((o) => o.proposedBy)).join('; '),
    session: unique(e.occurrences.map((o) => o.sessionTitle)).join('; '),
    moment: unique(e.occurrences.map((o) => formatMoment(o.time))).join('; '),
    note: unique(e.occurrences.map((o) => o.note)).join('; '),
    count: e.count,
  }));
}

/** The columns, in werkblad order, with their headings. */
export function questionListColumns(locale: ExportLocale): { key: keyof QuestionListRow; label: string }[] {
  return [
    { key: 'text', label: t(locale, 'Vraag', 'Question') },
    { key: 'originLabel', label: t(locale, 'Herkomst', 'Origin') },
    { key: 'typeLabel', label: t(locale, 'Soort', 'Type') },
    { key: 'functionLabel', label: t(locale, 'Functie in de methode', 'Function in the method') },
    { key: 'uitgangspunten', label: t(locale, 'Uitgangspunten', 'Principles') },
    { key: 'askedBy', label: t(locale, 'Gesteld door', 'Asked by') },
    { key: 'proposedBy', label: t(locale, 'Voorgesteld of op de lijst gezet door', 'Suggested or put on the list by') },
    { key: 'session', label: t(locale, 'Gesprek', 'Session') },
    { key: 'moment', label: t(locale, 'Moment', 'Moment') },
    { key: 'note', label: t(locale, 'Notitie', 'Note') },
  ];
}

/** The rows in the order every format shows them: per origin (asked first), then per type. */
export function rowGroups(rows: readonly QuestionListRow[]): { origin: QuestionOrigin; label: string; types: { type: QuestionType; label: string; rows: QuestionListRow[] }[] }[] {
  return (['asked', 'suggested'] as const)
    .map((origin) => {
      const mine = rows.filter((r) => r.origin === origin);
      const types = (['verbredend', 'verdiepend', 'anders'] as const)
        .map((type) => ({ type, rows: mine.filter((r) => r.type === type) }))
        .filter((g) => g.rows.length > 0)
        .map((g) => ({ ...g, label: g.rows[0]!.typeLabel }));
      return { origin, label: mine[0]?.originLabel ?? '', types };
    })
    .filter((g) => g.types.length > 0);
}

export function defaultListTitle(locale: ExportLocale): string {
  return t(locale, 'Goede vragen', 'Good questions');
}

/** Builds the bank from sessions, pseudonymising each first when asked. */
export function questionBankForExport(inputs: readonly BankInput[], mode?: PseudonymMode | null): BankEntry[] {
  return buildQuestionBank(inputs.map((i) => ({ sessionPath: i.sessionPath, session: maybePseudonymise(i.session, mode) })));
}
