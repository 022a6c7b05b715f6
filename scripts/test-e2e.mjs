// End-to-end tests: mocha (bdd, TypeScript through tsx) runs test/e2e/**/*.test.ts in this Node;
// the tests drive the real VS Code workbench in headless Chromium through test/e2e/workbench.ts.
// Usage: node scripts/test-e2e.mjs [--no-build] [extra mocha args, e.g. --grep screenshot]
// Writes only test-artifacts/e2e/ (screenshots, server log, workbench console).
import { spawnSync } from 'node:child_process';
import { runMocha } from './run-mocha.mjs';
import { ROOT, ensureServer, missingSystemDeps } from './vscode-server.mjs';

function finish(passed, failed, code) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

async function main() {
  const t0 = Date.now();
  const args = process.argv.slice(2);
  if (!args.includes('--no-build')) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) { console.error('[kk] npm run build failed'); return finish(0, 1, 1); }
  }
  const missing = missingSystemDeps(['chromium']);
  if (missing.length) { for (const m of missing) console.error(`[kk] ${m}`); return finish(0, 1, 1); }
  ensureServer();
  const r = await runMocha([
    '--no-config', '--require', 'tsx/cjs', '--require', 'test/e2e/hooks.ts', '--extension', 'ts', '--ui', 'bdd',
    '--timeout', process.env.KK_E2E_TIMEOUT_MS ?? '120000', '--reporter', 'spec',
    ...args.filter((a) => a !== '--no-build'), 'test/e2e/**/*.test.ts',
  ], { env: { KK_TEST: '1' } });
  if (r.interrupted) process.exit(130);
  console.log(`[kk] e2e: ${r.passed} passing, ${r.failed} failing, ${r.pending} pending in ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in test-artifacts/e2e/`);
  if (!r.summarised) { console.error(`[kk] e2e: mocha printed no summary (exit ${r.code}): the tests could not run`); return finish(r.passed, r.failed || 1, 1); }
  const failed = r.failed || (r.code === 0 ? 0 : 1);
  return finish(r.passed, failed, failed ? 1 : 0);
}

main().catch((e) => { console.error(`[kk] e2e: ${e.stack ?? e}`); finish(0, 1, 1); });
