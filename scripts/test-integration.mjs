// Integration tests inside a real VS Code extension host: starts the VS Code server, opens the
// workbench in headless Chromium with this repository as the extension under development and
// dist-test/integration as the test runner, and prints one line per test.
// Usage: node scripts/test-integration.mjs [--no-build]
// Env: KK_INTEGRATION_TIMEOUT_MS (whole run, default 300000), KK_VERBOSE=1 (also print workbench output).
// Writes only dist-test/ and test-artifacts/integration/ (server log, host log, end screenshot).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { buildTests } from './build-tests.mjs';
import { ROOT, NOISE, interrupted, launchChromium, missingSystemDeps, startServer, stopAll, tempDir, workbenchUrl, ensureServer } from './vscode-server.mjs';

const MARK = '[kk-test]';
const ART = path.join(ROOT, 'test-artifacts', 'integration');

function finish(passed, failed, code) {
  if (interrupted()) return stopAll(); // the signal handler reports and exits
  console.log(`${passed} passed, ${failed} failed`);
  return stopAll().then(() => process.exit(code));
}

/** Prints a marker line from the runner in index.ts readably; returns the result object on the last line. */
function report(line) {
  const body = line.slice(MARK.length + 1);
  const [kind, ...rest] = body.split(' ');
  const text = rest.join(' ');
  if (kind === 'result') return JSON.parse(text);
  if (kind === 'pass') console.log(`  ✔ ${text}`);
  else if (kind === 'fail') console.log(`  ✘ ${text}`);
  else if (kind === 'pending') console.log(`  - ${text} (pending)`);
  else console.log(`  ${body}`);
  return null;
}

async function main() {
  const t0 = Date.now();
  if (!process.argv.includes('--no-build')) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) { console.error('[kk] npm run build failed'); return finish(0, 1, 1); }
  }
  const missing = missingSystemDeps(['chromium']);
  if (missing.length) { for (const m of missing) console.error(`[kk] ${m}`); return finish(0, 1, 1); }
  const { outDir, count } = await buildTests();
  ensureServer();
  fs.mkdirSync(ART, { recursive: true });

  // A throwaway workspace with a copy of the fixtures, so tests may write into it freely.
  const ws = path.join(tempDir('ws'), 'werkmap');
  fs.mkdirSync(ws);
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, ws, { recursive: true });

  const server = await startServer({
    logFile: path.join(ART, 'server.log'),
    env: { KK_TEST: '1', KK_TEST_WORKSPACE: ws, KK_TEST_FIXTURES: fixtures, KK_REPO: ROOT },
  });
  console.log(`[kk] integration: ${count} test file(s), VS Code server at ${server.url} (started in ${Date.now() - t0} ms)`);

  const context = await launchChromium();
  const page = context.pages()[0] ?? (await context.newPage());
  const hostLog = fs.createWriteStream(path.join(ART, 'host.log'));
  let result = null;
  let done;
  const exited = new Promise((r) => (done = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    hostLog.write(`[${type}] ${line}\n`);
    for (const l of line.split('\n')) {
      if (l.startsWith(MARK)) result = report(l) ?? result;
      else if (process.env.KK_VERBOSE && !NOISE.test(l)) console.log(`    | ${l}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  const timeoutMs = Number(process.env.KK_INTEGRATION_TIMEOUT_MS ?? 300000);
  const timer = setTimeout(() => done('timeout'), timeoutMs);
  await page.goto(workbenchUrl(server, { folder: ws, extensionDevelopmentPath: ROOT, extensionTestsPath: outDir }));
  const code = await exited;
  clearTimeout(timer);
  await page.screenshot({ path: path.join(ART, 'end.png') }).catch(() => {});
  hostLog.end();

  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (code === 'timeout') console.error(`[kk] integration tests did not finish within ${timeoutMs} ms (see ${path.relative(ROOT, ART)}/host.log)`);
  if (!result) {
    console.error(`[kk] the test runner reported no result (exit ${code}); see ${path.relative(ROOT, ART)}/host.log and server.log`);
    return finish(0, 1, 1);
  }
  console.log(`[kk] integration: ${result.passed} passing, ${result.failed} failing, ${result.pending} pending in ${seconds} s`);
  // A non-zero exit without a failing test (a crash after the run) still counts as a failure.
  const failed = result.failed || (code === 0 ? 0 : 1);
  return finish(result.passed, failed, failed ? 1 : 0);
}

main().catch((e) => {
  if (interrupted()) return;
  console.error(`[kk] integration: ${e.stack ?? e}`);
  return finish(0, 1, 1);
});
