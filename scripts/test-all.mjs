// `npm test`: build once, then unit, integration and e2e tests; prints each level's counts and
// ends with one line "N passed, N failed" (all levels). Exits non-zero on any failure, and when a
// level could not run (a missing system tool counts as a failure and names its install command).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { runMocha } from './run-mocha.mjs';
import { ROOT, missingSystemDeps, serverInstalled } from './vscode-server.mjs';

const t0 = Date.now();
const levels = [];
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const bold = process.stdout.isTTY ? (s) => `\x1b[1m${s}\x1b[0m` : (s) => s;
const banner = (s) => console.log(`\n${bold(`=== ${s} ===`)}`);
const COUNT_LINE = /^(\d+) passed, (\d+) failed$/;

/** Runs one of our level scripts, passing its output through, and reads its last "N passed, N failed" line. */
function runLevelScript(script) {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', script), '--no-build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  let pending = '';
  // Passed through line by line, minus the level's own total line: only the grand total ends the output.
  child.stdout.on('data', (c) => {
    out += c;
    const lines = (pending + c).split('\n');
    pending = lines.pop();
    for (const l of lines) if (!COUNT_LINE.test(l)) process.stdout.write(`${l}\n`);
  });
  child.stdout.on('end', () => { if (pending && !COUNT_LINE.test(pending)) process.stdout.write(pending); });
  return new Promise((resolve) => child.on('close', (code, signal) => {
    const all = [...out.matchAll(new RegExp(COUNT_LINE.source, 'gm'))];
    const last = all.at(-1);
    resolve(last ? { passed: +last[1], failed: +last[2], code: code ?? signal } : { passed: 0, failed: 0, code: code ?? signal, noCount: true });
  }));
}

function record(name, r, t, note = '') {
  // A level that failed without a failing test (crash, no summary) still counts one failure.
  const failed = r.failed || (r.code === 0 && !r.noCount ? 0 : 1);
  levels.push({ name, passed: r.passed, failed, pending: r.pending ?? 0, time: secs(t), note });
}

async function main() {
  // Ctrl+C reaches the children directly (same process group); we only wait for them to stop.
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { process.exitCode = 130; });

  banner('build (npm run build)');
  let t = Date.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const built = build.status === 0;
  if (!built) console.error('[kk] npm run build failed: integration and e2e cannot run');

  // System tools: checked up front so a missing one is named with its install command, not skipped.
  const deps = ['chromium', 'ffmpeg', 'xmllint', ...(serverInstalled() ? [] : ['libkrb5-dev'])];
  const missing = missingSystemDeps(deps);
  for (const m of missing) console.error(`[kk] missing: ${m}`);
  if (missing.length) levels.push({ name: 'system tools', passed: 0, failed: missing.length, pending: 0, time: '0 s', note: 'see "missing:" above' });

  banner('unit (mocha, .mocharc.json)');
  t = Date.now();
  const unit = await runMocha([]);
  record('unit', { ...unit, noCount: !unit.summarised }, t, unit.summarised ? '' : 'mocha printed no summary');
  if (process.exitCode === 130) return;

  const browserOk = !missing.some((m) => m.startsWith('chromium') || m.startsWith('gssapi'));
  for (const [name, script] of [['integration', 'test-integration.mjs'], ['e2e', 'test-e2e.mjs']]) {
    banner(`${name} (node scripts/${script})`);
    t = Date.now();
    if (!built || !browserOk) {
      console.error(`[kk] ${name}: not run: ${!built ? 'npm run build failed' : missing.join('; ')}`);
      levels.push({ name, passed: 0, failed: 1, pending: 0, time: '0 s', note: 'could not run' });
      continue;
    }
    record(name, await runLevelScript(script), t);
    if (process.exitCode === 130) return;
  }

  banner(`summary (${secs(t0)})`);
  for (const l of levels) {
    console.log(`  ${l.name.padEnd(13)} ${String(l.passed).padStart(4)} passed ${String(l.failed).padStart(3)} failed${l.pending ? ` ${l.pending} pending` : ''}  ${l.time}${l.note ? `  (${l.note})` : ''}`);
  }
  const passed = levels.reduce((a, l) => a + l.passed, 0);
  const failed = levels.reduce((a, l) => a + l.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => { console.error(e); console.log('0 passed, 1 failed'); process.exitCode = 1; });
