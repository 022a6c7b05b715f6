import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('platform packages carry the speech engine', function () {
  this.timeout(120000);
  const vsceLs = (cwd: string) =>
    execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);

  /** The manifest, docs and .vscodeignore in a scratch folder, so staging never touches the real dist/. */
  function scratch(): string {
    const dir = mkdtempSync(join(tmpdir(), 'kk-pkg-'));
    for (const f of ['package.json', 'package.nls.json', 'package.nls.nl.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'PRIVACY.md']) copyFileSync(join(ROOT, f), join(dir, f));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'extension.js'), '');
    writeFileSync(join(dir, 'dist', 'speechWorker.js'), '');
    return dir;
  }

  it('names the sherpa-onnx binary package of every target', async () => {
    const { SHERPA_PLATFORM_PACKAGES, sherpaPackageFor } = await import('../../../scripts/nativeModules.mjs');
    assert.deepEqual(Object.keys(SHERPA_PLATFORM_PACKAGES).sort(), ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'win32-x64']);
    assert.equal(sherpaPackageFor('win32-x64'), 'sherpa-onnx-win-x64');
    assert.throws(() => sherpaPackageFor('win32-arm64'), /no speech engine package/);
  });

  it('linux-x64: sherpa-onnx-node and its binary land in dist/node_modules, listed by vsce, and load from there', async () => {
    const { stageSpeechEngine } = await import('../../../scripts/nativeModules.mjs');
    const dir = scratch();
    try {
      const universal = vsceLs(dir);
      assert.deepEqual(universal.filter((f) => f.includes('node_modules')), [], 'the universal package has no engine');
      assert.ok(universal.includes('dist/speechWorker.js'));
      assert.deepEqual(stageSpeechEngine(ROOT, 'linux-x64', join(dir, 'dist')), ['sherpa-onnx-node', 'sherpa-onnx-linux-x64']);
      const files = vsceLs(dir);
      for (const must of ['dist/node_modules/sherpa-onnx-node/package.json', 'dist/node_modules/sherpa-onnx-node/addon.js', 'dist/node_modules/sherpa-onnx-linux-x64/sherpa-onnx.node', 'dist/node_modules/sherpa-onnx-linux-x64/libonnxruntime.so']) {
        assert.ok(files.includes(must), `${must} missing`);
      }
      assert.deepEqual(files.filter((f) => f.startsWith('node_modules/')), []);
      // What the extension does at run time: resolve the engine from dist/ (a real native load, in a fresh process).
      const loaded = execFileSync(process.execPath, ['-e', `const m=require(require.resolve('sherpa-onnx-node',{paths:[${JSON.stringify(join(dir, 'dist'))}]}));console.log(require.resolve('sherpa-onnx-node',{paths:[${JSON.stringify(join(dir, 'dist'))}]}), typeof m.OfflineRecognizer)`], { cwd: dir, encoding: 'utf8' });
      assert.match(loaded, new RegExp(`^${join(dir, 'dist', 'node_modules', 'sherpa-onnx-node').replace(/[/.]/g, '\\$&')}.* function`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
