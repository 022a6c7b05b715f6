// *Klein Kijken: Installatie controleren* in a real VS Code: the report names this machine's real
// ffmpeg (version and path, as `ffmpeg -version` says), the codecs, the speech engine and the disk,
// and is shown as a read-only document (not a file anyone could save over).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as vscode from 'vscode';
import { api, closeAll, until } from './testKit';

describe('the installation check', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('reports the real ffmpeg, its codecs, the speech engine and the disk, in Dutch', async () => {
    await api();
    const version = /version\s+(\S+)/.exec(execFileSync('ffmpeg', ['-hide_banner', '-version'], { encoding: 'utf8' }))![1]!;
    const md = await vscode.commands.executeCommand<string>('kleinKijken.checkInstallation');
    assert.match(md, /^# Klein Kijken: installatie/);
    assert.ok(md.includes(`Versie ${version}`), md);
    assert.match(md, /Lezen \(decoders\): h264 ✓, hevc ✓, aac ✓/);
    assert.match(md, /libx264 ✓, libmp3lame ✓/);
    assert.match(md, /## (✓|⚠) Spraakherkenning/);
    assert.match(md, /Vrije ruimte op de schijf: \d/);
    const doc = await until('the report document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'kleinkijken-setup'));
    assert.strictEqual(doc.getText(), md);
    assert.strictEqual(doc.isUntitled, false, 'a generated document, not an untitled file to save');
  });
});
