// The integration suite (dist-test/integration) in desktop VS Code through @vscode/test-electron,
// for machines that have it or can download it. Not part of `npm test`: on a machine without
// internet the download fails, and the VS Code server (scripts/test-integration.mjs) is used instead.
// Usage: node scripts/test-electron.mjs [--no-build]
// Env: VSCODE_EXECUTABLE=/path/to/code (use an installed VS Code instead of downloading one),
//      VSCODE_VERSION (default 'stable').
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildTests } from './build-tests.mjs';
import { ROOT } from './vscode-server.mjs';

async function main() {
  if (!process.argv.includes('--no-build')) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const { outDir } = await buildTests();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-electron-'));
  const ws = path.join(tmp, 'werkmap');
  fs.mkdirSync(ws);
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, ws, { recursive: true });
  try {
    await runTests({
      ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
      // A downloaded VS Code goes to the user's cache, not .vscode-test/ in the repository.
      cachePath: path.join(os.homedir(), '.cache', 'klein-kijken', 'vscode-test'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: outDir,
      extensionTestsEnv: { KK_TEST: '1', KK_TEST_WORKSPACE: ws, KK_TEST_FIXTURES: fixtures, KK_REPO: ROOT },
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`[kk] test:electron: ${e.message ?? e}`);
  if (/ENOTFOUND|getaddrinfo|ECONNREFUSED/.test(String(e?.message ?? e))) {
    console.error('[kk] VS Code could not be downloaded (no internet?). Set VSCODE_EXECUTABLE to an installed VS Code, or use `npm run test:integration`.');
  }
  process.exit(1);
});
