// Klein Kijken as the editor for recordings, on request: the setting writes VS Code's own
// workbench.editorAssociations (so a single click opens Klein Kijken) and removes only its own.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, until } from './testKit';

const associations = () => vscode.workspace.getConfiguration('workbench').inspect<Record<string, string>>('editorAssociations')?.globalValue ?? {};

describe('recordings on a single click', function () {
  this.timeout(30000);
  const kk = vscode.workspace.getConfiguration('kleinKijken');
  after(async () => {
    await kk.update('opnames.openMetKleinKijken', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('workbench').update('editorAssociations', undefined, vscode.ConfigurationTarget.Global);
  });

  it('associates recordings with Klein Kijken when switched on, and only removes its own when switched off', async () => {
    await api();
    await vscode.workspace.getConfiguration('workbench').update('editorAssociations', { '*.mov': 'other.player' }, vscode.ConfigurationTarget.Global);
    await kk.update('opnames.openMetKleinKijken', true, vscode.ConfigurationTarget.Global);
    await until('the association for .mp4', () => associations()['*.mp4'] === 'kleinKijken.recording');
    assert.strictEqual(associations()['*.m4a'], 'kleinKijken.recording');
    assert.strictEqual(associations()['*.mov'], 'other.player', "the user's own choice stays");
    await kk.update('opnames.openMetKleinKijken', false, vscode.ConfigurationTarget.Global);
    await until('ours removed', () => associations()['*.mp4'] === undefined);
    assert.deepStrictEqual(associations(), { '*.mov': 'other.player' });
  });
});
