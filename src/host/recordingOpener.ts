import * as vscode from 'vscode';
import { ensureSessionFor } from './sessionFiles';
import { SESSION_VIEW_TYPE } from './sessionEditorProvider';

export const RECORDING_VIEW_TYPE = 'kleinKijken.recording';

/** Opens a recording for review: creates its session file if needed and shows the session editor. */
export async function openRecording(recording: vscode.Uri): Promise<vscode.Uri> {
  const sessionUri = await ensureSessionFor(recording);
  await vscode.commands.executeCommand('vscode.openWith', sessionUri, SESSION_VIEW_TYPE);
  return sessionUri;
}

/**
 * "Open With… → Klein Kijken" on a media file. A custom editor must show something for the file it
 * was opened on; this one hands over to the session editor and closes itself.
 */
export class RecordingOpener implements vscode.CustomReadonlyEditorProvider {
  static register(): vscode.Disposable {
    return vscode.window.registerCustomEditorProvider(RECORDING_VIEW_TYPE, new RecordingOpener(), { supportsMultipleEditorsPerDocument: false });
  }

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.html = '<!DOCTYPE html><html><body></body></html>';
    await openRecording(document.uri);
    panel.dispose();
  }
}
