import * as path from 'node:path';
import * as vscode from 'vscode';
import { SESSION_FILE_SUFFIX } from '../core/session/model';
import type { MediaCache } from '../media/mediaCache';
import { openRecording } from './recordingOpener';
import { SESSION_VIEW_TYPE } from './sessionEditorProvider';
import { MEDIA_EXTENSIONS } from './sessionFiles';
import { language } from './settings';
import { t } from '../core/text/lang';

/** Opening a recording or the demo, clearing the cache, showing the log. */
export function registerSessionCommands(context: vscode.ExtensionContext, cache: MediaCache, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kleinKijken.openRecording', async (uri?: vscode.Uri) => {
      const lang = language();
      let target = uri;
      if (!target) {
        const active = vscode.window.activeTextEditor?.document.uri;
        if (active && MEDIA_EXTENSIONS.includes(path.extname(active.fsPath).slice(1).toLowerCase())) target = active;
      }
      if (!target) {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: t(lang, 'Gesprek bekijken', 'Review conversation'),
          title: t(lang, 'Kies de opname van je gesprek', 'Choose the recording of your conversation'),
          filters: { [t(lang, 'Opnames', 'Recordings')]: MEDIA_EXTENSIONS },
        });
        target = picked?.[0];
      }
      if (!target) return undefined;
      if (target.path.endsWith(SESSION_FILE_SUFFIX)) {
        await vscode.commands.executeCommand('vscode.openWith', target, SESSION_VIEW_TYPE);
        return target;
      }
      return openRecording(target);
    }),
    vscode.commands.registerCommand('kleinKijken.openDemo', async () => {
      // The shipped demo is read-only inside the extension; the coach works on a copy in global
      // storage, which keeps what they tagged in it until they delete it.
      const dir = vscode.Uri.joinPath(context.globalStorageUri, 'demo');
      await vscode.workspace.fs.createDirectory(dir);
      for (const f of ['demo.mp4', 'demo.vtt', 'demo.mp4.kleinkijken.json']) {
        const to = vscode.Uri.joinPath(dir, f);
        try {
          await vscode.workspace.fs.stat(to);
        } catch {
          await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'media', 'demo', f), to);
        }
      }
      const session = vscode.Uri.joinPath(dir, 'demo.mp4.kleinkijken.json');
      await vscode.commands.executeCommand('vscode.openWith', session, SESSION_VIEW_TYPE);
      return session;
    }),
    vscode.commands.registerCommand('kleinKijken.clearCache', async () => {
      const lang = language();
      const freed = Math.round((await cache.totalBytes()) / 1e6);
      await cache.clear();
      void vscode.window.showInformationMessage(t(lang, `Afspeelkopieën en golfvormen gewist (${freed} MB).`, `Playback copies and waveforms cleared (${freed} MB).`));
    }),
    vscode.commands.registerCommand('kleinKijken.showLog', () => log.show()),
  ];
}

/** A coach who just installed the extension is offered the walkthrough once, without it covering what they opened. */
export function offerWalkthroughOnce(context: vscode.ExtensionContext): void {
  if (context.extensionMode !== vscode.ExtensionMode.Production || context.globalState.get('kleinKijken.walkthroughOffered')) return;
  void context.globalState.update('kleinKijken.walkthroughOffered', true);
  const lang = language();
  const show = t(lang, 'Rondleiding openen', 'Open the walkthrough');
  void vscode.window
    .showInformationMessage(t(lang, 'Welkom bij Klein Kijken. In vijf korte stappen zie je hoe je een gesprek bekijkt en details noteert.', 'Welcome to Klein Kijken. Five short steps show how to review a conversation and note details.'), show)
    .then((c) => {
      if (c === show) void vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#kleinKijken.start`, false);
    });
}
