import * as vscode from 'vscode';
import type { Problem, RecordingActionId } from '../protocol/messages';
import { language } from './settings';
import { t } from '../core/text/lang';

/**
 * Restricted Mode (an untrusted folder, e.g. one just unpacked from a colleague's zip): Klein
 * Kijken runs no ffmpeg on the folder's media (a crafted file is ffmpeg's largest attack surface)
 * and reads no `*.kader.json` / `*.emotiewoorden.json` from it. Transcript, details and playback
 * of the recording as it is keep working. Everything is back once the folder is trusted.
 */
export const workspaceTrust = {
  /** Test seam: the test host runs with trust disabled, so tests set this to see Restricted Mode. */
  override: undefined as boolean | undefined,
  granted: new vscode.EventEmitter<void>(),
  isTrusted(): boolean {
    return this.override ?? vscode.workspace.isTrusted;
  },
  /** Fires when the user trusts the folder (or a test changes the override). */
  onDidGrant(listener: () => void): vscode.Disposable {
    const a = vscode.workspace.onDidGrantWorkspaceTrust(listener);
    const b = this.granted.event(listener);
    return vscode.Disposable.from(a, b);
  },
  setOverride(value: boolean | undefined): void {
    this.override = value;
    this.granted.fire();
  },
};

export const UNTRUSTED_PROBLEM_ID = 'untrusted';
export const MANAGE_TRUST_ACTION = 'manageTrust' satisfies RecordingActionId;

export function untrustedProblem(): Problem {
  const lang = language();
  return {
    id: UNTRUSTED_PROBLEM_ID,
    severity: 'info',
    message: t(
      lang,
      'Deze map wordt nog niet vertrouwd (beperkte modus). Klein Kijken speelt de opname af zoals ze is, zonder golfvorm of afspeelkopie, en leest geen eigen tagsets of emotiewoorden uit deze map. Transcript en details werken gewoon.',
      'This folder is not trusted yet (Restricted Mode). Klein Kijken plays the recording as it is, without a waveform or playback copy, and reads no custom tag sets or emotion words from this folder. Transcript and details work as usual.',
    ),
    actions: [{ id: MANAGE_TRUST_ACTION, label: t(lang, 'Map vertrouwen…', 'Trust this folder…') }],
  };
}

export function manageTrust(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.trust.manage');
}
