// `npm run demo`: builds the extension and opens the demo conversation (a working copy of
// media/demo/ in ~/.cache/klein-kijken/demo-werkmap) in VS Code.
// - With a desktop `code` on PATH: code --extensionDevelopmentPath=<repo> <copy> [<session file>]
//   (the session is named only when the copy holds several; one the extension opens itself).
// - Otherwise (or with --server): starts the VS Code server on 127.0.0.1 with the extension loaded
//   and prints the address to open in a browser; runs until Ctrl+C.
// Usage: node scripts/open-demo.mjs [--server] [--port N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_SETTINGS, demoStartFile, demoWorkbenchUrl, startDemoServer } from './demo-profile.mjs';
import { ROOT, ensureServer, interrupted, missingSystemDeps, stopAll } from './vscode-server.mjs';

const SHIPPED = path.join(ROOT, 'media', 'demo');
// Work on a copy, so that trying things out never changes the demo in the repository; an
// existing copy is kept, with whatever was tagged in it last time.
const DEMO = path.join(os.homedir(), '.cache', 'klein-kijken', 'demo-werkmap');
const SESSION = path.join(DEMO, 'demo.mp4.kleinkijken.json');
function prepareCopy() {
  fs.mkdirSync(DEMO, { recursive: true });
  for (const f of ['demo.mp4', 'demo.vtt', 'demo.mp4.kleinkijken.json']) {
    const to = path.join(DEMO, f);
    if (!fs.existsSync(to)) fs.copyFileSync(path.join(SHIPPED, f), to);
  }
  console.log(`[kk] demo-map / demo folder: ${DEMO}`);
}
const args = process.argv.slice(2);
const isRoot = process.getuid?.() === 0;

function desktopCode() {
  if (args.includes('--server')) return null;
  const dirs = (process.env.PATH || '').split(path.delimiter);
  for (const d of dirs) {
    const p = path.join(d, 'code');
    // code-server also installs a `code` shim on some machines; only the desktop one takes these flags.
    if (d && fs.existsSync(p) && !fs.realpathSync(p).includes('code-server')) return p;
  }
  return null;
}

function build() {
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) { console.error('[kk] npm run build mislukt / failed'); process.exit(1); }
}

/**
 * The desktop demo runs in a profile of its own, seeded with DEMO_SETTINGS (settings already there,
 * changed by whoever tried the demo before, are kept): the user's own VS Code profile is left alone.
 */
function demoProfile() {
  const dir = path.join(os.homedir(), '.cache', 'klein-kijken', 'demo-vscode-profile');
  const file = path.join(dir, 'User', 'settings.json');
  let current = {};
  try { current = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* none yet, or not plain JSON: start from the demo's */ }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...DEMO_SETTINGS, ...current }, null, 2));
  return dir;
}

function openInDesktop(code) {
  const start = fs.existsSync(SESSION) ? demoStartFile(DEMO, SESSION) : undefined;
  const cli = [`--user-data-dir=${demoProfile()}`, `--extensionDevelopmentPath=${ROOT}`, DEMO, ...(start ? [start] : [])];
  // Electron refuses to run as root without the sandbox switched off.
  if (isRoot) cli.unshift('--no-sandbox');
  console.log(`[kk] ${code} ${cli.join(' ')}`);
  const r = spawnSync(code, cli, { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

async function openInServer() {
  const missing = missingSystemDeps(process.env.KK_DEMO_SKIP_DEPS ? [] : ['ffmpeg']);
  for (const m of missing) console.warn(`[kk] let op / note: ${m}`);
  ensureServer();
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? args[portArg + 1] : '0';
  const server = await startDemoServer({ extensionPath: ROOT, env: { KK_DEMO: '1' }, extraArgs: ['--port', port] });
  const url = demoWorkbenchUrl(server, { folder: DEMO, sessionFile: fs.existsSync(SESSION) ? demoStartFile(DEMO, SESSION) : undefined });
  console.log('\nKlein Kijken demo draait / is running. Open in je browser / open in your browser:\n');
  console.log(`  ${url}\n`);
  console.log('Stoppen / stop: Ctrl+C');
  const { code, sig } = await server.exited;
  if (interrupted()) return; // Ctrl+C: the signal handler stops everything and exits
  console.error(`[kk] de VS Code-server is gestopt / the VS Code server stopped (${code ?? sig})`);
  await stopAll();
  process.exit(1);
}

if (!fs.existsSync(SHIPPED)) {
  console.error(`[kk] ${path.relative(ROOT, SHIPPED)}/ ontbreekt / is missing`);
  process.exit(1);
}
prepareCopy();
build();
const code = desktopCode();
if (code) openInDesktop(code);
else openInServer().catch(async (e) => { console.error(`[kk] ${e.message ?? e}`); await stopAll(); process.exit(1); });
