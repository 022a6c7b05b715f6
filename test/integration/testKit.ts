// Shared helpers for integration tests inside the real VS Code: the extension's API, temp session
// folders in the test workspace, and polling for asynchronous effects (watchers, webviews).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KleinKijkenApi } from '../../src/extension';

export async function api(): Promise<KleinKijkenApi> {
  const ext = vscode.extensions.getExtension<KleinKijkenApi>('kleinkijken.klein-kijken');
  assert.ok(ext, 'extension not loaded');
  return ext.activate();
}

export function repo(...p: string[]): string {
  return path.join(process.env.KK_REPO ?? path.join(__dirname, '..', '..', '..'), ...p);
}

let n = 0;
/** A fresh folder inside the test workspace, with the demo recording, transcript and session. */
export function demoCopy(name = 'case'): { dir: string; session: vscode.Uri; recording: string } {
  const ws = process.env.KK_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const dir = path.join(ws, `${name}-${Date.now()}-${n++}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['demo.mp4', 'demo.vtt', 'demo.mp4.kleinkijken.json']) fs.copyFileSync(repo('media', 'demo', f), path.join(dir, f));
  return { dir, session: vscode.Uri.file(path.join(dir, 'demo.mp4.kleinkijken.json')), recording: path.join(dir, 'demo.mp4') };
}

export async function until<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v as T;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export async function openSession(uri: vscode.Uri) {
  const a = await api();
  await vscode.commands.executeCommand('vscode.openWith', uri, 'kleinKijken.session');
  const doc = await until('the session document', () => a.provider.documentFor(uri));
  return { api: a, doc };
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function readJson(uri: vscode.Uri): { details: { id: string; see: string }[]; title: string } {
  return JSON.parse(fs.readFileSync(uri.fsPath, 'utf8'));
}
