// Builds the three bundles: the extension host, the webview and the command-line tool.
// Usage: node esbuild.js [--watch] [--production]
const esbuild = require('esbuild');
const path = require('path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  legalComments: 'linked',
};

// The speech engine is a native module: never bundled, loaded lazily at run time (src/speech/sherpaLoader.ts).
const nativeExternal = ['sherpa-onnx-node'];

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', ...nativeExternal],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: nativeExternal,
  },
  {
    // The speech worker: a child process forked by src/speech/speechJob.ts (dist/speechWorker.js).
    ...common,
    entryPoints: { speechWorker: 'src/speech/speechWorker.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: nativeExternal,
  },
  {
    ...common,
    entryPoints: { webview: 'webview/main.ts' },
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  },
];

/** The codicon font and its CSS, served to the webview from dist/ (no remote resources). */
function copyCodicons() {
  const fs = require('fs');
  const from = path.join(__dirname, 'node_modules', '@vscode', 'codicons', 'dist');
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, f), path.join(__dirname, 'dist', f));
}

async function main() {
  if (watch) {
    require('fs').mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
    copyCodicons();
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  copyCodicons();
  require('fs').chmodSync(path.join(__dirname, 'dist', 'cli.js'), 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
