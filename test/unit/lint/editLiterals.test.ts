import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** `op: 'add'`, `op: "review"`, `op:'batch'`: an Edit written out by hand. */
const EDIT_LITERAL = /\bop\s*:\s*['"`]/;

describe('edits are built in src/core', () => {
  it('no webview source writes an edit out by hand: every panel sends what a core builder returns', () => {
    // A literal in a panel is how two panels came to trim, time and check the same edit differently (issue 16).
    const found = sources(join(root, 'webview')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (EDIT_LITERAL.test(line) ? [`${relative(root, f).split('\\').join('/')}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(found, []);
  });

  it('is tested by this check: a hand-written edit is found', () => {
    for (const line of ["ctx.store.edit({ op: 'remove', coll: 'notes', id });", '{op:"review", patch}', "edits.map((item) => ({ op: 'add' as const, coll }))"]) assert.ok(EDIT_LITERAL.test(line), line);
    assert.ok(!EDIT_LITERAL.test("if (edit.op === 'batch') return;"));
  });
});
