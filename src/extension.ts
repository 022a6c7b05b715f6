import * as vscode from 'vscode';

// Only registers things; each feature lives in its own module (HOUSE-STYLE.md).
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Klein Kijken', { log: true });
  context.subscriptions.push(log);
  log.info('Klein Kijken activated');
}

export function deactivate(): void {}
