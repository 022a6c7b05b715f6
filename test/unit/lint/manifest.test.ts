import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
