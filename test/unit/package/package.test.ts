import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

describe('the .vsix contents (vsce ls)', function () {
  this.timeout(60000);
  it('holds the bundles, manifest, media and docs, but no sources, tests or source maps', () => {
    const files = execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const must of ['package.json', 'package.nls.json', 'README.md', 'LICENSE', 'dist/extension.js', 'dist/webview.js', 'media/editor.css', 'media/demo/demo.mp4']) assert.ok(files.includes(must), `${must} missing from the package`);
    const bad = files.filter((f) => /(^src\/|^test\/|^scripts\/|^bench\/|\.map$|^node_modules\/|\.ts$|^\.ci\/|^test-artifacts\/)/.test(f));
    assert.deepEqual(bad, []);
  });
});
