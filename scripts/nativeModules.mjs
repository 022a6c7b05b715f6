// The speech engine's native module in a platform package (scripts/package.mjs --target …).
// vsce never packs the top-level node_modules with --no-dependencies, so the two packages are
// copied to dist/node_modules/: Node resolves `sherpa-onnx-node` from dist/extension.js (and
// dist/speechWorker.js) there first, and sherpa-onnx-node finds its binary package beside itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** vsce target → the sherpa-onnx package that carries that platform's binary and ONNX Runtime. */
export const SHERPA_PLATFORM_PACKAGES = {
  'linux-x64': 'sherpa-onnx-linux-x64',
  'linux-arm64': 'sherpa-onnx-linux-arm64',
  'win32-x64': 'sherpa-onnx-win-x64',
  'darwin-x64': 'sherpa-onnx-darwin-x64',
  'darwin-arm64': 'sherpa-onnx-darwin-arm64',
};

export function sherpaPackageFor(target) {
  const name = SHERPA_PLATFORM_PACKAGES[target];
  if (!name) throw new Error(`no speech engine package for target ${target}; known: ${Object.keys(SHERPA_PLATFORM_PACKAGES).join(', ')}`);
  return name;
}

/**
 * The platform package from node_modules when it is installed (the machine's own platform), else
 * fetched once with `npm pack` (the npm registry's own client) into .cache/native/ and unpacked.
 */
function platformPackageDir(root, name, version) {
  const installed = path.join(root, 'node_modules', name);
  if (fs.existsSync(path.join(installed, 'package.json'))) {
    const v = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')).version;
    if (v === version) return installed;
  }
  const cache = path.join(root, '.cache', 'native', `${name}-${version}`);
  if (fs.existsSync(path.join(cache, 'package', 'package.json'))) return path.join(cache, 'package');
  fs.mkdirSync(cache, { recursive: true });
  const packed = spawnSync('npm', ['pack', `${name}@${version}`, '--pack-destination', cache], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (packed.status !== 0) throw new Error(`npm pack ${name}@${version} failed: ${packed.stderr}`);
  const tgz = fs.readdirSync(cache).find((f) => f.endsWith('.tgz'));
  const untar = spawnSync('tar', ['-xzf', path.join(cache, tgz), '-C', cache], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`unpacking ${tgz} failed: ${untar.stderr}`);
  return path.join(cache, 'package');
}

/** Copies sherpa-onnx-node and the target's binary package into `<into>/node_modules/`; returns the package names. */
export function stageSpeechEngine(root, target, into) {
  const node = path.join(root, 'node_modules', 'sherpa-onnx-node');
  const version = JSON.parse(fs.readFileSync(path.join(node, 'package.json'), 'utf8')).version;
  const name = sherpaPackageFor(target);
  const from = platformPackageDir(root, name, version);
  const dest = path.join(into, 'node_modules');
  fs.mkdirSync(dest, { recursive: true });
  fs.cpSync(node, path.join(dest, 'sherpa-onnx-node'), { recursive: true, dereference: true });
  fs.cpSync(from, path.join(dest, name), { recursive: true, dereference: true });
  return ['sherpa-onnx-node', name];
}
