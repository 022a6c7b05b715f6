import * as vscode from 'vscode';
import type { PseudonymMode } from '../core/export/pseudonymise';
import type { ExportNames } from '../protocol/messages';
import { language } from './settings';
import { t } from '../core/text/lang';

/**
 * Exports may leave this computer, so names can be replaced by roles or initials (AVG/GDPR).
 * Asked at every export, roles first. `undefined` means the user cancelled.
 */
export async function askPseudonymise(title?: string): Promise<PseudonymMode | null | undefined> {
  const lang = language();
  const items: (vscode.QuickPickItem & { mode: PseudonymMode | null })[] = [
    { label: t(lang, 'Namen vervangen door rollen', 'Replace names by roles'), description: t(lang, '(aanbevolen)', '(recommended)'), mode: 'roles' },
    { label: t(lang, 'Namen vervangen door initialen', 'Replace names by initials'), mode: 'initials' },
    { label: t(lang, 'Namen laten staan', 'Keep names'), mode: null },
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: title ?? t(lang, 'Namen in de export', 'Names in the export'),
    placeHolder: t(lang, 'Een export verlaat misschien deze computer; vervang namen als je twijfelt.', 'An export may leave this computer; replace names when in doubt.'),
  });
  return pick === undefined ? undefined : pick.mode;
}

/**
 * The name choice of an export from the editor: made in the webview beside the export button
 * when it is there (the question then appears where the user asked), otherwise asked here.
 * `undefined` means the user cancelled.
 */
export async function exportNameChoice(r: ExportNames): Promise<{ mode: PseudonymMode | null; others: string[] } | undefined> {
  if (r.names) return { mode: r.names === 'keep' ? null : r.names, others: r.names === 'keep' ? [] : (r.others ?? []) };
  const mode = await askPseudonymise();
  return mode === undefined ? undefined : { mode, others: [] };
}
