import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

// The rooms of the code (HOUSE-STYLE.md) are kept apart by lint, not by convention: these tests
// lint small probe texts as if they lived in each room and expect the boundary rule to fire.
const root = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: join(root, file) });
  return r!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint boundaries', function () {
  this.timeout(60_000);
  it('rejects a vscode import in src/core', async () => {
    const m = await restricted('src/core/session/probe.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n");
    assert.equal(m.length, 1);
    assert.match(m[0]!, /vscode/);
  });
  it('rejects Node APIs and host modules in src/core, allows core and protocol', async () => {
    assert.equal((await restricted('src/core/a/b.ts', "import * as fs from 'node:fs';\nexport const x = fs;\n")).length, 1);
    assert.equal((await restricted('src/core/a/b.ts', "import { y } from '../../media/probe';\nexport const x = y;\n")).length, 1);
    assert.deepEqual(await restricted('src/core/a/b.ts', "import { y } from '../session/model';\nimport { z } from '../../protocol/messages';\nexport const x = [y, z];\n"), []);
  });
  it('rejects vscode and host code in the webview', async () => {
    assert.equal((await restricted('webview/x.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n")).length, 1);
    assert.equal((await restricted('webview/x.ts', "import { y } from '../src/media/probe';\nexport const x = y;\n")).length, 1);
    assert.deepEqual(await restricted('webview/x.ts', "import { y } from '../src/core/session/model';\nexport const x = y;\n"), []);
  });
});
