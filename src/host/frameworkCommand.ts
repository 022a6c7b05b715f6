import * as path from 'node:path';
import * as vscode from 'vscode';
import { BUILTIN_FRAMEWORKS } from '../core/framework/builtinFrameworks';
import { parseCustomFramework, switchFramework } from '../core/framework/customFramework';
import type { Framework } from '../core/session/model';
import type { SessionEditorProvider } from './sessionEditorProvider';
import type { ExtensionServices } from './services';
import { language } from './settings';
import { t } from '../core/text/lang';
import { workspaceTrust } from './workspaceTrust';

/** Custom tag sets live in the workspace as `*.kader.json`; bad ones are listed with the reason. */
export async function workspaceFrameworks(): Promise<{ uri: vscode.Uri; framework?: Framework; error?: string }[]> {
  const lang = language();
  // Restricted Mode: the folder's tag sets are not read until it is trusted (workspaceTrust.ts).
  if (!workspaceTrust.isTrusted()) return [];
  const files = await vscode.workspace.findFiles('**/*.kader.json', '**/node_modules/**', 200);
  return Promise.all(
    files.map(async (uri) => {
      const r = parseCustomFramework(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      return r.ok ? { uri, framework: r.framework } : { uri, error: r.message[lang] };
    }),
  );
}

/** ELAN tiers as details: from the palette, for the active session (the host does the dialogs). */
export function registerEafImportCommand(provider: SessionEditorProvider, services: ExtensionServices): vscode.Disposable {
  return vscode.commands.registerCommand('kleinKijken.importEafDetails', async () => {
    const panel = provider.activePanel() ?? provider.allPanels()[0];
    if (!panel) return void vscode.window.showInformationMessage(t(language(), 'Open eerst een gesprek.', 'Open a conversation first.'));
    try {
      const r = (await services.requests.handle(panel, { method: 'importEafDetails' })) as { details: number } | null;
      if (r) void vscode.window.showInformationMessage(t(language(), `${r.details} details uit ELAN toegevoegd (ongedaan maken: Ctrl+Z).`, `${r.details} details added from ELAN (undo: Ctrl+Z).`));
    } catch (e) {
      void vscode.window.showErrorMessage(String((e as Error).message));
    }
  });
}

export function registerFrameworkCommand(provider: SessionEditorProvider): vscode.Disposable {
  return vscode.commands.registerCommand('kleinKijken.chooseFramework', async (chosen?: Framework) => {
    const lang = language();
    const panel = provider.activePanel() ?? provider.allPanels()[0];
    const session = panel?.doc.session;
    if (!panel || !session) {
      void vscode.window.showInformationMessage(t(lang, 'Open eerst een gesprek.', 'Open a conversation first.'));
      return;
    }
    let next = chosen;
    if (!next) {
      const custom = await workspaceFrameworks();
      type Item = vscode.QuickPickItem & { framework?: Framework };
      const items: Item[] = [
        ...BUILTIN_FRAMEWORKS.map((f) => ({ label: f.name[lang], description: t(lang, `${f.tags.length} kijkpunten`, `${f.tags.length} points`), framework: f })),
        ...custom.map((c) =>
          c.framework
            ? { label: c.framework.name[lang], description: vscode.workspace.asRelativePath(c.uri), framework: c.framework }
            : { label: `$(warning) ${path.basename(c.uri.fsPath)}`, description: c.error },
        ),
      ];
      const pick = await vscode.window.showQuickPick(items, {
        title: t(lang, 'Kijkwijzer voor dit gesprek', 'Viewing guide for this conversation'),
        placeHolder: t(lang, 'Een eigen kijkwijzer: een bestand *.kader.json in deze map', 'Your own viewing guide: a *.kader.json file in this folder'),
      });
      if (!pick) return;
      if (!pick.framework) {
        void vscode.window.showErrorMessage(pick.description ?? '');
        return;
      }
      next = pick.framework;
    }
    panel.doc.apply({ op: 'meta', patch: { framework: switchFramework(session, next) } });
  });
}
