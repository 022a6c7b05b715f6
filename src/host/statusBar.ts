import * as vscode from 'vscode';
import { formatClock } from '../core/text/time';
import { language } from './settings';
import { t } from '../core/text/lang';

interface PanelInfo {
  playbackTime: number;
  authorName: string | null;
}

/** While a session is open: who is noting and the playback time, in the status bar. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('kleinKijken.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Klein Kijken';
    this.item.command = 'kleinKijken.announceTime';
  }

  update(panel: PanelInfo | undefined): void {
    if (!panel) {
      this.item.hide();
      return;
    }
    const lang = language();
    const who = panel.authorName ?? t(lang, 'niemand', 'nobody');
    this.item.text = `$(eye) ${who} · ${formatClock(panel.playbackTime)}`;
    this.item.tooltip = t(lang, `Klein Kijken — noteert: ${who}`, `Klein Kijken — noting: ${who}`);
    this.item.accessibilityInformation = { label: this.item.tooltip, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
