import * as path from 'node:path';
import * as vscode from 'vscode';
import { askPseudonymise } from '../askPseudonymise';
import { describeFilter, hasFilter } from '../../core/questions/bankTree';
import { filterQuestionBank, type BankFilter } from '../../core/questions/questionBank';
import type { PseudonymMode } from '../../core/export/pseudonymise';
import { questionListCsv } from '../../core/export/questionListCsv';
import { questionListDocx } from '../../core/export/questionListDocx';
import { questionListHtml } from '../../core/export/questionListHtml';
import { questionListMarkdown } from '../../core/export/questionListMarkdown';
import { questionBankForExport } from '../../core/export/questionListRows';
import { SESSION_FILE_SUFFIX } from '../../core/session/model';
import { atomicWrite } from '../../node/atomicWrite';
import { language } from '../settings';
import { t } from '../../core/text/lang';
import { bankInputs } from './questionBankView';
import type { WorkspaceSessions } from './workspaceSessions';

export type QuestionListFormat = 'md' | 'csv' | 'html' | 'docx';

/** Pre-answered questions, so tests (and other commands) can skip the dialogs. */
export interface ExportQuestionListArgs {
  format?: QuestionListFormat;
  /** 'none' keeps the names. */
  pseudonymise?: PseudonymMode | 'none';
  target?: vscode.Uri | string;
}

const FORMATS: QuestionListFormat[] = ['md', 'csv', 'html', 'docx'];

function formatItems(lang: 'nl' | 'en') {
  return [
    { format: 'md' as const, label: 'Markdown', detail: t(lang, 'Platte tekst met opmaak; goed te plakken in een verslag of wiki.', 'Plain text with formatting; pastes well into a report or wiki.') },
    { format: 'csv' as const, label: t(lang, 'CSV voor Excel', 'CSV for Excel'), detail: t(lang, 'Een tabel om te sorteren en te filteren in Excel of een andere spreadsheet.', 'A table to sort and filter in Excel or another spreadsheet.') },
    { format: 'html' as const, label: t(lang, 'Werkblad om te printen (HTML)', 'Printable worksheet (HTML)'), detail: t(lang, 'Open in de browser en print; met lege regels voor nieuwe vragen in de plenaire ronde.', 'Open in a browser and print; with empty rows for new questions in the plenary.') },
    { format: 'docx' as const, label: 'Word (DOCX)', detail: t(lang, 'Om verder te bewerken en uit te delen als lesmateriaal.', 'To edit further and hand out as training material.') },
  ];
}

/**
 * Klein Kijken: Vragenlijst exporteren… — the good questions of every session in the workspace as
 * one list (text only, never media). Uses the Vragenbank's filter when one is active.
 * Resolves to the written file, or undefined when cancelled or there was nothing to export.
 */
export async function exportQuestionList(sessions: WorkspaceSessions, filter: BankFilter, args: ExportQuestionListArgs = {}): Promise<vscode.Uri | undefined> {
  const lang = language();
  const items = await sessions.items();
  const inputs = bankInputs(items);
  const filtered = hasFilter(filter);
  if (inputs.length === 0) {
    void vscode.window.showInformationMessage(t(lang, 'Er staan nog geen leesbare Klein Kijken-sessies in deze werkmap.', 'There are no readable Klein Kijken sessions in this workspace yet.'));
    return undefined;
  }

  let format = args.format && FORMATS.includes(args.format) ? args.format : undefined;
  if (!format) {
    const title = filtered
      ? t(lang, `Vragenlijst exporteren — alleen de gefilterde vragen (${describeFilter(filter, lang)})`, `Export question list — only the filtered questions (${describeFilter(filter, lang)})`)
      : t(lang, `Vragenlijst exporteren — alle goede vragen uit ${inputs.length === 1 ? '1 gesprek' : `${inputs.length} gesprekken`}`, `Export question list — all good questions from ${inputs.length === 1 ? '1 session' : `${inputs.length} sessions`}`);
    const pick = await vscode.window.showQuickPick(formatItems(lang), { title, placeHolder: t(lang, 'Kies een formaat', 'Choose a format') });
    if (!pick) return undefined;
    format = pick.format;
  }

  let mode: PseudonymMode | null;
  if (args.pseudonymise !== undefined) mode = args.pseudonymise === 'none' ? null : args.pseudonymise;
  else {
    const picked = await askPseudonymise(t(lang, 'Namen in de vragenlijst', 'Names in the question list'));
    if (picked === undefined) return undefined;
    mode = picked;
  }

  let entries = questionBankForExport(inputs, mode);
  if (filtered) entries = filterQuestionBank(entries, filter);
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(filtered ? t(lang, 'Met dit filter blijven er geen vragen over.', 'No questions are left with this filter.') : t(lang, 'Er zijn nog geen goede vragen verzameld in deze werkmap.', 'No good questions have been collected in this workspace yet.'));
    return undefined;
  }

  let target = typeof args.target === 'string' ? vscode.Uri.file(args.target) : args.target;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${t(lang, 'goede-vragen', 'good-questions')}.${format}`;
    target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { [format.toUpperCase()]: [format] },
      saveLabel: t(lang, 'Exporteren', 'Export'),
      title: t(lang, 'Vragenlijst opslaan', 'Save question list'),
    });
    if (!target) return undefined;
  }
  if (target.path.endsWith(SESSION_FILE_SUFFIX)) {
    void vscode.window.showErrorMessage(t(lang, 'Een vragenlijst kan geen sessiebestand overschrijven; kies een andere naam.', 'A question list cannot overwrite a session file; choose another name.'));
    return undefined;
  }

  const opts = { locale: lang };
  const data = format === 'md' ? questionListMarkdown(entries, opts) : format === 'csv' ? questionListCsv(entries, opts) : format === 'html' ? questionListHtml(entries, opts) : await questionListDocx(entries, opts);
  try {
    if (target.scheme === 'file') await atomicWrite(target.fsPath, data);
    else await vscode.workspace.fs.writeFile(target, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  } catch (e) {
    const why = (e as Error).message ?? String(e);
    void vscode.window.showErrorMessage(t(lang, `Exporteren mislukt: ${why}`, `Export failed: ${why}`));
    return undefined;
  }
  const written = target;
  const open = t(lang, 'Openen', 'Open');
  void vscode.window
    .showInformationMessage(t(lang, `${entries.length === 1 ? '1 vraag' : `${entries.length} vragen`} uit ${inputs.length === 1 ? '1 gesprek' : `${inputs.length} gesprekken`} opgeslagen in ${path.basename(target.fsPath)}.`, `${entries.length} questions from ${inputs.length} session(s) saved to ${path.basename(target.fsPath)}.`), open)
    .then((c) => (c === open ? vscode.env.openExternal(written) : undefined));
  return written;
}
