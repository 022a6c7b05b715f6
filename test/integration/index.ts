// The entry VS Code calls inside the extension host (extensionTestsPath): runs every bundled
// *.test.js next to this file with mocha (bdd: describe/it) and reports through console.log,
// which reaches the outer script (codeAutomationLog in the browser, stdout under Electron).
// Lines start with MARK so the outer script can tell test results from workbench chatter.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export const MARK = '[kk-test]';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return e.name.endsWith('.test.js') ? [p] : [];
  });
}

/** One line per test, then one JSON result line; stacks are indented under the failing test. */
class MarkerReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const say = (line: string) => console.log(`${MARK} ${line}`);
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
    runner.on(EVENT_TEST_PASS, (t) => say(`pass ${t.fullTitle()} (${t.duration ?? 0} ms)`));
    runner.on(EVENT_TEST_PENDING, (t) => say(`pending ${t.fullTitle()}`));
    runner.on(EVENT_TEST_FAIL, (t, err: Error) => {
      say(`fail ${t.fullTitle()}`);
      for (const line of String(err?.stack ?? err).split('\n').slice(0, 12)) say(`     ${line}`);
    });
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      say(`result ${JSON.stringify({ passed: s.passes, failed: s.failures, pending: s.pending })}`);
    });
  }
}

export function run(): Promise<void> {
  // KK_GREP runs only the tests whose full title matches (e.g. KK_GREP=undo npm run test:integration).
  const grep = process.env.KK_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: Number(process.env.KK_MOCHA_TIMEOUT_MS ?? 30000), ...(grep ? { grep } : {}) });
  mocha.reporter(MarkerReporter);
  const files = testFiles(__dirname).sort();
  for (const f of files) mocha.addFile(f);
  console.log(`${MARK} start ${files.length} file(s), VS Code ${vscode.version}, Node ${process.version}`);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (e) {
      console.log(`${MARK} fail loading tests: ${(e as Error).stack ?? e}`);
      reject(e);
    }
  });
}
