// `npm run package [-- --target linux-x64 --ffmpeg /path/to/ffmpeg] [-- --out file.vsix]`: builds the production bundles
// and a .vsix with @vscode/vsce. With --target the package carries that platform's speech engine
// (sherpa-onnx-node + its binary package, in dist/node_modules/); the universal package has none and
// Transcript maken says that speech recognition needs the platform package. Without --ffmpeg the package carries no ffmpeg: on first use the
// editor says how to install it (README "ffmpeg"). With --ffmpeg a platform-specific package
// carries that binary in bin/ — only do this with a build whose licence you comply with (README).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageSpeechEngine } from './nativeModules.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    // Leave a working development build behind even when packaging fails.
    fs.rmSync(path.join(root, 'dist', 'node_modules'), { recursive: true, force: true });
    spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
};

const target = arg('target');
const ffmpeg = arg('ffmpeg');
if (ffmpeg && !target) {
  console.error('--ffmpeg needs --target (a binary only runs on one platform), e.g. --target linux-x64');
  process.exit(2);
}
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
run(process.execPath, ['esbuild.js', '--production']);
fs.rmSync(path.join(root, 'bin'), { recursive: true, force: true });
if (ffmpeg) {
  fs.mkdirSync(path.join(root, 'bin'));
  const name = target.startsWith('win32') ? 'ffmpeg.exe' : 'ffmpeg';
  fs.copyFileSync(ffmpeg, path.join(root, 'bin', name));
  fs.chmodSync(path.join(root, 'bin', name), 0o755);
}
if (target) console.log(`speech engine: ${stageSpeechEngine(root, target, path.join(root, 'dist')).join(' + ')}`);
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const out = arg('out') ? path.resolve(arg('out')) : path.join(root, `klein-kijken-${version}${target ? `-${target}` : ''}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// Everything else is bundled by esbuild, so the top-level node_modules stays out of the package.
run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '-o', out, ...(target ? ['--target', target] : [])]);
fs.rmSync(path.join(root, 'bin'), { recursive: true, force: true });
// Development resolves the engine from the top-level node_modules again.
fs.rmSync(path.join(root, 'dist', 'node_modules'), { recursive: true, force: true });
const size = fs.statSync(out).size;
console.log(`\n${path.basename(out)}: ${(size / 1024 / 1024).toFixed(2)} MB`);
// Rebuild the development bundles (with source maps) so tests and the demo keep working.
run(process.execPath, ['esbuild.js']);
