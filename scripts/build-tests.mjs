// Bundles the integration tests for the extension host: test/integration/index.ts (the mocha runner
// VS Code calls) and every test/integration/**/*.test.ts, each to dist-test/integration/<same path>.js.
// `vscode` stays external (the extension host provides it); mocha is required from node_modules,
// because it loads the test files with require() by path.
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './vscode-server.mjs';

const SRC = path.join(ROOT, 'test', 'integration');
const OUT = path.join(ROOT, 'dist-test', 'integration');

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

export async function buildTests() {
  fs.rmSync(OUT, { recursive: true, force: true });
  const entryPoints = [path.join(SRC, 'index.ts'), ...testFiles(SRC)];
  await esbuild.build({
    entryPoints,
    outbase: SRC,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Inline maps serve the debugger; stack traces in the extension host name the (unminified) bundle lines.
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { outDir: OUT, count: entryPoints.length - 1 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildTests()
    .then(({ outDir, count }) => console.log(`[kk] ${count} integration test file(s) bundled into ${path.relative(ROOT, outDir)}/`))
    .catch((e) => { console.error(e.message); process.exit(1); });
}
