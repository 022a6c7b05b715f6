import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFilenamePattern, manifestWhenClause, MEDIA_EXTENSIONS } from '../../../src/core/media/mediaExtensions';

// Workspace trust in the manifest: a folder from elsewhere cannot steer Klein Kijken through its
// .vscode/settings.json until the user trusts it.
const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
const settings: Record<string, { scope?: string; maximum?: number; minimum?: number; type: string }> = Object.assign(
  {},
  ...[pkg.contributes.configuration].flat().map((c: { properties: object }) => c.properties),
);

describe('manifest: workspace trust', () => {
  it('declares every workspace-settable setting as restricted', () => {
    const workspaceSettable = Object.keys(settings).filter((k) => !['machine', 'application'].includes(settings[k]!.scope ?? 'window'));
    assert.ok(workspaceSettable.length > 0);
    assert.deepEqual([...pkg.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), workspaceSettable.sort());
  });

  it('keeps the ffmpeg path out of workspace settings', () => {
    assert.equal(settings['kleinKijken.ffmpegPath']!.scope, 'machine');
  });

  it('bounds the cache size on both sides', () => {
    const c = settings['kleinKijken.cache.maxMB']!;
    assert.equal(c.minimum, 100);
    assert.equal(c.maximum, 51200);
  });
});

describe('manifest: one list of recording types', () => {
  it("the recording editor's selector is generated from the code's list", () => {
    const editor = pkg.contributes.customEditors.find((e: { viewType: string }) => e.viewType === 'kleinKijken.recording');
    assert.deepEqual(editor.selector, [{ filenamePattern: manifestFilenamePattern() }]);
  });

  it("the explorer's Gesprek bekijken menu uses the same list", () => {
    const menu = pkg.contributes.menus['explorer/context'].find((m: { command: string }) => m.command === 'kleinKijken.openRecording');
    assert.equal(menu.when, manifestWhenClause());
  });

  it('the list has no duplicates and only lower-case extensions', () => {
    assert.equal(new Set(MEDIA_EXTENSIONS).size, MEDIA_EXTENSIONS.length);
    for (const e of MEDIA_EXTENSIONS) assert.match(e, /^[a-z0-9]+$/);
  });
});
