import * as vscode from 'vscode';
import { parseClock } from '../core/text/time';
import type { ViewCommand } from '../protocol/messages';
import { language } from './settings';
import { t } from '../core/text/lang';
import type { SessionEditorProvider } from './sessionEditorProvider';

/**
 * Player and annotation keys are VS Code commands with keybindings (package.json), so users can
 * rebind them and they never fire while typing (the `kleinKijken.typing` context).
 */
export const PLAYER_COMMANDS: Record<string, ViewCommand> = {
  'kleinKijken.playPause': { kind: 'playPause' },
  'kleinKijken.back5': { kind: 'seekBy', seconds: -5 },
  'kleinKijken.forward5': { kind: 'seekBy', seconds: 5 },
  'kleinKijken.back1': { kind: 'seekBy', seconds: -1 },
  'kleinKijken.forward1': { kind: 'seekBy', seconds: 1 },
  'kleinKijken.slower': { kind: 'speed', delta: -0.25 },
  'kleinKijken.faster': { kind: 'speed', delta: 0.25 },
  'kleinKijken.loop': { kind: 'loopSelection' },
  'kleinKijken.zoomIn': { kind: 'zoom', delta: 1 },
  'kleinKijken.zoomOut': { kind: 'zoom', delta: -1 },
  'kleinKijken.tagHere': { kind: 'tagHere' },
  'kleinKijken.author1': { kind: 'author', index: 0 },
  'kleinKijken.author2': { kind: 'author', index: 1 },
  'kleinKijken.author3': { kind: 'author', index: 2 },
  'kleinKijken.announceTime': { kind: 'announceTime' },
  'kleinKijken.focusSearch': { kind: 'focus', panel: 'search' },
};

export function registerPlayerCommands(provider: SessionEditorProvider): vscode.Disposable[] {
  const send = (c: ViewCommand) => {
    const panel = provider.activePanel() ?? provider.allPanels()[0];
    panel?.post({ type: 'command', command: c });
    return !!panel;
  };
  const subs = Object.entries(PLAYER_COMMANDS).map(([id, c]) => vscode.commands.registerCommand(id, () => send(c)));
  subs.push(
    vscode.commands.registerCommand('kleinKijken.goTo', async () => {
      const lang = language();
      const v = await vscode.window.showInputBox({
        prompt: t(lang, 'Ga naar tijd (bijvoorbeeld 1:30 of 90)', 'Go to time (for example 1:30 or 90)'),
        validateInput: (s) => (parseClock(s) === null ? t(lang, 'Geen geldige tijd', 'Not a valid time') : undefined),
      });
      const sec = v === undefined ? null : parseClock(v);
      if (sec !== null) send({ kind: 'seekTo', seconds: sec });
    }),
  );
  return subs;
}
