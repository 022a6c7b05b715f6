import * as vscode from 'vscode';
import { SESSION_FILE_SUFFIX } from '../core/session/model';
import { SESSION_VIEW_TYPE } from './sessionEditorProvider';

/**
 * A folder that holds one conversation (a coach's folder per recording, the demo) opens on that
 * conversation in Klein Kijken, instead of an empty editor area. Only when nothing else is open, so
 * it never replaces what the user or VS Code restored; off with `kleinKijken.gesprekOpenenBijStart`.
 * Returns the session that was opened, for tests.
 */
export async function openSingleSessionOnStart(mode: vscode.ExtensionMode): Promise<vscode.Uri | undefined> {
  // Under an extension test runner the tests decide what is open (a session they create before
  // activating would otherwise be opened under their hands).
  if (mode === vscode.ExtensionMode.Test) return undefined;
  if (!vscode.workspace.getConfiguration('kleinKijken').get<boolean>('gesprekOpenenBijStart', true)) return undefined;
  if (!nothingOpen()) return undefined;
  // Two are enough to know it is not one; node_modules is skipped as VS Code's search does.
  const found = await vscode.workspace.findFiles(`**/*${SESSION_FILE_SUFFIX}`, '**/node_modules/**', 2);
  // Editors restored while we were searching win.
  if (found.length !== 1 || !nothingOpen()) return undefined;
  await vscode.commands.executeCommand('vscode.openWith', found[0], SESSION_VIEW_TYPE);
  return found[0];
}

function nothingOpen(): boolean {
  return vscode.window.tabGroups.all.every((g) => g.tabs.length === 0);
}
