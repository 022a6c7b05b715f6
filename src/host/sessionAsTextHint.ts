import * as path from 'node:path';
import * as vscode from 'vscode';
import { SESSION_FILE_SUFFIX } from '../core/session/model';
import { SESSION_VIEW_TYPE } from './sessionEditorProvider';
import { language } from './settings';
import { t } from '../core/text/lang';

/**
 * A session file can end up in a text editor: opened in the first seconds after VS Code starts,
 * before the Klein Kijken editor is registered, or by "Open With… → Text Editor". A coach then sees
 * JSON. This offers the way back once per file, and never for a file the user chose to see as text
 * through our own "Openen als tekst" action.
 */
export class SessionAsTextHint implements vscode.Disposable {
  private readonly offered = new Set<string>();
  private readonly chosen = new Set<string>();
  private readonly sub: vscode.Disposable;

  constructor() {
    this.sub = vscode.window.onDidChangeActiveTextEditor((e) => this.check(e));
    this.check(vscode.window.activeTextEditor);
  }

  /** Whether the way back was offered for this file; for tests. */
  offeredFor(uri: vscode.Uri): boolean {
    return this.offered.has(uri.toString());
  }

  /** The user asked to see this file as text: do not offer to switch back. */
  chosenAsText(uri: vscode.Uri): void {
    this.chosen.add(uri.toString());
  }

  private check(editor: vscode.TextEditor | undefined): void {
    const uri = editor?.document.uri;
    if (!uri || !uri.path.endsWith(SESSION_FILE_SUFFIX) || this.offered.has(uri.toString()) || this.chosen.has(uri.toString())) return;
    this.offered.add(uri.toString());
    const lang = language();
    const open = t(lang, 'Openen in Klein Kijken', 'Open in Klein Kijken');
    void vscode.window
      .showInformationMessage(t(lang, `${path.basename(uri.fsPath)} is een Klein Kijken-gesprek en staat nu als tekst open.`, `${path.basename(uri.fsPath)} is a Klein Kijken session and is open as text.`), open)
      .then((c) => {
        if (c === open) void this.reopen(uri);
      });
  }

  /**
   * Opens the session in Klein Kijken in place of its text view: the text tab is closed afterwards,
   * so one tab shows the session, as "Reopen Editor With" would. A text view with unsaved changes
   * stays open (closing it would ask, or lose typing).
   */
  private async reopen(uri: vscode.Uri): Promise<void> {
    await vscode.commands.executeCommand('vscode.openWith', uri, SESSION_VIEW_TYPE);
    const asText = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString() && !tab.isDirty);
    if (asText.length) await vscode.window.tabGroups.close(asText);
  }

  dispose(): void {
    this.sub.dispose();
  }
}
