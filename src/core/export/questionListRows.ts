import { buildQuestionBank, type BankEntry, type BankInput } from '../questions/questionBank';
import type { QuestionType } from '../session/model';
import { formatMoment, oneLine, questionTypeLabel, t, type ExportLocale } from './exportText';
import { maybePseudonymise, type PseudonymMode } from './pseudonymise';

/**
 * One row of the question list as every format shows it: the bank entry flattened into the seven
 * werkblad columns. Values are clean one-line text, not yet escaped for any format.
 */
export interface QuestionListRow {
  text: string;
  type: QuestionType;
  typeLabel: string;
  uitgangspunten: string;
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
    type: e.type,
    typeLabel: questionTypeLabel(e.type, locale),
    uitgangspunten: unique(e.occurrences.flatMap((o) => o.tags.map((tg) => tg.label[locale] || tg.label.nl))).join('; '),
    proposedBy: unique(e.occurrences.map((o) => o.proposedBy)).join('; '),
    session: unique(e.occurrences.map((o) => o.sessionTitle)).join('; '),
    moment: unique(e.occurrences.map((o) => formatMoment(o.time))).join('; '),
    note: unique(e.occurrences.map((o) => o.note)).join('; '),
    count: e.count,
  }));
}

/** The seven columns, in werkblad order, with their headings. */
export function questionListColumns(locale: ExportLocale): { key: keyof QuestionListRow; label: string }[] {
  return [
    { key: 'text', label: t(locale, 'Vraag', 'Question') },
    { key: 'typeLabel', label: t(locale, 'Soort', 'Type') },
    { key: 'uitgangspunten', label: t(locale, 'Uitgangspunten', 'Principles') },
    { key: 'proposedBy', label: t(locale, 'Voorgesteld door', 'Proposed by') },
    { key: 'session', label: t(locale, 'Gesprek', 'Session') },
    { key: 'moment', label: t(locale, 'Moment', 'Moment') },
    { key: 'note', label: t(locale, 'Notitie', 'Note') },
  ];
}

export function defaultListTitle(locale: ExportLocale): string {
  return t(locale, 'Goede vragen', 'Good questions');
}

/** Builds the bank from sessions, pseudonymising each first when asked. */
export function questionBankForExport(inputs: readonly BankInput[], mode?: PseudonymMode | null): BankEntry[] {
  return buildQuestionBank(inputs.map((i) => ({ sessionPath: i.sessionPath, session: maybePseudonymise(i.session, mode) })));
}
