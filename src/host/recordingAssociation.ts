import * as path from 'node:path';
import * as vscode from 'vscode';
import { withRecordingAssociations } from '../core/setup/recordingAssociations';
import { RECORDING_VIEW_TYPE } from './recordingOpener';
import { MEDIA_EXTENSIONS } from './sessionFiles';
import { language } from './settings';
import { t } from '../core/text/lang';

const SETTING = 'opnames.openMetKleinKijken';
/** VS Code's own players for media files (the built-in media preview extension). */
const PLAIN_PREVIEWS = new Set(['vscode.videoPreview', 'vscode.audioPreview']);

/**
 * The recording a tab shows in VS Code's own player, or as a binary file in the text editor (what
 * a click in the first seconds after start gives, before the players are registered).
 */
function plainRecording(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputCustom && PLAIN_PREVIEWS.has(input.viewType)) return input.uri;
  if (input instanceof vscode.TabInputText && MEDIA_EXTENSIONS.includes(path.extname(input.uri.path).slice(1).toLowerCase())) return input.uri;
  return undefined;
}

/** Writes or removes the user's editor associations for recordings (see recordingAssociations.ts). */
export async function applyRecordingAssociation(on: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration('workbench');
  const current = config.inspect<Record<string, string>>('editorAssociations')?.globalValue;
  const next = withRecordingAssociations(current, MEDIA_EXTENSIONS, RECORDING_VIEW_TYPE, on);
  await config.update('editorAssociations', Object.keys(next).length ? next : undefined, vscode.ConfigurationTarget.Global);
}

/**
 * Follows the setting, and offers Klein Kijken once per session when a recording opens in VS Code's
 * plain player (a single click in the explorer): *Gesprek bekijken* for this one, or always.
 */
export function registerRecordingAssociation(): vscode.Disposable[] {
  let offered = false;
  const offer = (uri: vscode.Uri | undefined) => {
    if (!uri || offered || vscode.workspace.getConfiguration('kleinKijken').get<boolean>(SETTING, false)) return;
    offered = true;
    const lang = language();
    const once = t(lang, 'Gesprek bekijken', 'Review conversation');
    const always = t(lang, 'Opnames altijd in Klein Kijken openen', 'Always open recordings in Klein Kijken');
    void vscode.window
      .showInformationMessage(t(lang, 'Deze opname staat open in de gewone speler van VS Code. In Klein Kijken zie je er de golfvorm, het transcript en je aantekeningen bij.', "This recording is open in VS Code's plain player. Klein Kijken shows it with the waveform, transcript and your notes."), once, always)
      .then(async (c) => {
        if (c === always) await vscode.workspace.getConfiguration('kleinKijken').update(SETTING, true, vscode.ConfigurationTarget.Global);
        if (c === once || c === always) await vscode.commands.executeCommand('kleinKijken.openRecording', uri);
      });
  };
  // A recording opened before Klein Kijken was activated counts too.
  const active = vscode.window.tabGroups.activeTabGroup.activeTab;
  if (active) offer(plainRecording(active));
  return [
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`kleinKijken.${SETTING}`)) void applyRecordingAssociation(vscode.workspace.getConfiguration('kleinKijken').get<boolean>(SETTING, false));
    }),
    vscode.window.tabGroups.onDidChangeTabs((e) => offer(e.opened.map(plainRecording).find((u) => u !== undefined))),
  ];
}
