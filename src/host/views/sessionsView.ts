import * as vscode from 'vscode';
import { SESSION_VIEW_TYPE } from '../sessionEditorProvider';
import { language } from '../settings';
import { t } from '../../core/text/lang';
import { baseName, summariseSession } from './sessionSummary';
import type { WorkspaceSession, WorkspaceSessions } from './workspaceSessions';
import { isVideoPath } from '../../core/media/mediaExtensions';


/**
 * The Gesprekken view: one row per session file in the workspace. Unreadable files stay in the
 * list with a warning and the reason, so a teacher sees that a file exists and why it will not open.
 */
export class SessionsView implements vscode.TreeDataProvider<WorkspaceSession>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly sessions: WorkspaceSessions) {
    this.sub = sessions.onDidChange(() => this.changed.fire());
  }

  refresh(): void {
    this.sessions.invalidate(true);
    this.changed.fire();
  }

  async getChildren(element?: WorkspaceSession): Promise<WorkspaceSession[]> {
    if (element) return [];
    return this.sessions.items();
  }

  getTreeItem(s: WorkspaceSession): vscode.TreeItem {
    const lang = language();
    const open: vscode.Command = {
      command: 'vscode.openWith',
      title: t(lang, 'Openen', 'Open'),
      arguments: [s.uri, SESSION_VIEW_TYPE],
    };
    if (!s.ok) {
      const item = new vscode.TreeItem(baseName(s.uri.fsPath), vscode.TreeItemCollapsibleState.None);
      item.id = s.uri.toString();
      item.resourceUri = s.uri;
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.description = t(lang, 'onleesbaar', 'unreadable');
      item.tooltip = new vscode.MarkdownString().appendText(`${vscode.workspace.asRelativePath(s.uri)}\n\n${s.reason[lang]}`);
      item.command = open;
      item.contextValue = 'kleinKijken.session.unreadable';
      return item;
    }
    const sum = summariseSession(s.session, s.uri.fsPath, lang);
    const item = new vscode.TreeItem(sum.title, vscode.TreeItemCollapsibleState.None);
    item.id = s.uri.toString();
    item.description = sum.description;
    item.iconPath = new vscode.ThemeIcon(isVideoPath(sum.recordingName) ? 'device-camera-video' : 'mic');
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown('**').appendText(sum.title).appendMarkdown('**\n\n');
    tip.appendText(`${t(lang, 'Opname', 'Recording')}: ${sum.recordingName}\n\n`);
    if (sum.date) tip.appendText(`${t(lang, 'Gemaakt', 'Created')}: ${sum.date}\n\n`);
    tip.appendText(`${sum.details} details · ${sum.questions} ${t(lang, 'goede vragen', 'good questions')}\n\n`);
    tip.appendText(vscode.workspace.asRelativePath(s.uri));
    if (s.open) tip.appendMarkdown('\n\n').appendText(t(lang, '(geopend in de editor)', '(open in the editor)'));
    item.tooltip = tip;
    item.command = open;
    item.contextValue = 'kleinKijken.session';
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}
