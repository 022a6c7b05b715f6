import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

// The rooms of the code (HOUSE-STYLE.md) are kept apart by lint, not by convention: these tests
// lint small probe texts as if they lived in each room, at several folder depths, and expect the
// boundary rule to fire (or not).
const root = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: join(root, file) });
  return r!.messages.filter((m) => m.ruleId === 'kk/boundaries').map((m) => m.message);
}

/** An import of `target` (a path from the repository root) written relative to `file`. */
function rel(file: string, target: string): string {
  const up = file.split('/').length - 1;
  return '../'.repeat(up) + target;
}
const probe = (what: string) => `import { y } from '${what}';\nexport const x = y;\n`;
const vscodeProbe = "import * as vscode from 'vscode';\nexport const x = vscode;\n";

/** The same room at depth 1 to 6 below its root. */
const depths = (room: string) => [1, 2, 3, 4, 5, 6].map((d) => `${room}/${'a/'.repeat(d - 1)}probe.ts`);

describe('lint boundaries', function () {
  this.timeout(120_000);

  for (const room of ['src/core', 'src/protocol']) {
    it(`${room} is pure at every depth: no vscode, no Node, no host, media or webview code`, async () => {
      for (const f of depths(room)) {
        assert.equal((await restricted(f, vscodeProbe)).length, 1, f);
        assert.equal((await restricted(f, probe('node:fs'))).length, 1, f);
        assert.equal((await restricted(f, probe('path'))).length, 1, f);
        for (const other of ['src/media/probe', 'src/host/settings', 'src/node/atomicWrite', 'webview/dom', 'src/extension']) {
          assert.equal((await restricted(f, probe(rel(f, other)))).length, 1, `${f} → ${other}`);
        }
        assert.deepEqual(await restricted(f, probe(rel(f, 'src/core/session/model'))), [], f);
        assert.deepEqual(await restricted(f, probe(rel(f, 'src/protocol/messages'))), [], f);
      }
    });
  }

  it('the webview at every depth may import only webview, src/core and src/protocol', async () => {
    for (const f of depths('webview')) {
      assert.equal((await restricted(f, vscodeProbe)).length, 1, f);
      assert.equal((await restricted(f, probe('node:child_process'))).length, 1, f);
      for (const other of ['src/media/probe', 'src/host/settings', 'src/node/atomicWrite', 'src/cli/main']) {
        assert.equal((await restricted(f, probe(rel(f, other)))).length, 1, `${f} → ${other}`);
      }
      assert.deepEqual(await restricted(f, probe(rel(f, 'src/core/session/model'))), [], f);
      assert.deepEqual(await restricted(f, probe(rel(f, 'webview/dom'))), [], f);
    }
  });

  for (const room of ['src/media', 'src/node', 'src/cli']) {
    it(`${room} at every depth cannot import vscode or host code, and may use Node`, async () => {
      for (const f of depths(room)) {
        assert.equal((await restricted(f, vscodeProbe)).length, 1, f);
        assert.equal((await restricted(f, probe(rel(f, 'src/host/settings')))).length, 1, f);
        assert.equal((await restricted(f, probe(rel(f, 'webview/dom')))).length, 1, f);
        assert.deepEqual(await restricted(f, probe('node:fs')), [], f);
        assert.deepEqual(await restricted(f, probe(rel(f, 'src/core/session/model'))), [], f);
      }
    });
  }

  it('catches re-exports and dynamic imports too', async () => {
    assert.equal((await restricted('src/core/a/b/c/d.ts', "export * from '../../../../host/settings';\n")).length, 1);
    assert.equal((await restricted('src/core/a/b/c/d.ts', "export const x = import('vscode');\n")).length, 1);
  });

  it('host code may import vscode', async () => {
    assert.deepEqual(await restricted('src/host/views/deep/x.ts', vscodeProbe), []);
  });
});
