import * as vscode from 'vscode';
import type { EditorPanel } from './editorPanel';
import { SESSION_VIEW_TYPE } from './sessionEditorProvider';

/** What is needed from the editor provider: its panels. */
export interface PanelSource {
  allPanels(): EditorPanel[];
}

function panelFor(source: PanelSource, uri: vscode.Uri): EditorPanel | undefined {
  const key = uri.toString();
  const mine = source.allPanels().filter((p) => p.doc.uri.toString() === key);
  // With the session open in two editor groups, seek in the one that was just revealed.
  return mine.find((p) => p.isActive) ?? mine[0];
}

/**
 * Opens a session in the Klein Kijken editor and jumps to a moment: the question bank's
 * "where was this asked". The panel queues messages until its webview is ready, so posting
 * as soon as the panel exists is enough. Resolves to false when no panel appeared in time.
 */
export async function openAtMoment(source: PanelSource, target: vscode.Uri | string, seconds: number | null | undefined, timeoutMs = 10000): Promise<boolean> {
  const uri = typeof target === 'string' ? vscode.Uri.file(target) : target;
  await vscode.commands.executeCommand('vscode.openWith', uri, SESSION_VIEW_TYPE);
  const end = Date.now() + timeoutMs;
  let panel = panelFor(source, uri);
  while (!panel && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    panel = panelFor(source, uri);
  }
  if (!panel) return false;
  if (typeof seconds === 'number' && Number.isFinite(seconds)) panel.post({ type: 'command', command: { kind: 'seekTo', seconds: Math.max(0, seconds) } });
  return true;
}
