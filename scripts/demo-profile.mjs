// The demo's VS Code profile and address, shared by `npm run demo` (scripts/open-demo.mjs) and the
// e2e test that checks what the demo shows first (test/e2e/demoFirstView.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { SESSION_EDITOR_ASSOCIATION, startServer, workbenchUrl } from './vscode-server.mjs';

/**
 * User settings of the demo profile: session files resolve to Klein Kijken even before the
 * extension has registered (see SESSION_EDITOR_ASSOCIATION), and the secondary side bar with Chat,
 * which a fresh profile opens over a third of the window, stays closed.
 */
export const DEMO_SETTINGS = {
  ...SESSION_EDITOR_ASSOCIATION,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
};

/**
 * The server as the demo runs it: the extension in `extensionPath` loaded as an installed extension
 * and without the smoke-test driver, because that driver hides every notification (such as the offer
 * to reopen a session shown as text) from the person trying the demo.
 */
export function startDemoServer({ extensionPath, env = {}, extraArgs = [], logFile } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  return startServer({
    env, extraArgs, logFile, userSettings: DEMO_SETTINGS, smokeTestDriver: false,
    extensions: [{ id: `${pkg.publisher}.${pkg.name}`, version: pkg.version, path: extensionPath }],
  });
}

/** Session files, as the manifest's custom editor selector names them. */
const SESSION_SUFFIX = '.kleinkijken.json';

function countSessions(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'node_modules') n += countSessions(path.join(dir, e.name));
    else if (e.isFile() && e.name.endsWith(SESSION_SUFFIX)) n++;
  }
  return n;
}

/**
 * The session the demo names to VS Code at start, or undefined when the extension opens it itself.
 * Why: VS Code resolves a file it is asked to open at start-up by its glob, and until the
 * workbench's lazily created custom editor service exists that gives the text editor (issue 16,
 * see SESSION_EDITOR_ASSOCIATION), however long it waited for the extensions. A folder with one
 * session is opened by the extension (src/host/openOnStart.ts) with vscode.openWith, after it has
 * registered its editor: never as text. Only a demo folder that has grown more sessions (a
 * "Volgende ronde") still needs the file named.
 */
export function demoStartFile(folder, sessionFile) {
  return countSessions(folder) === 1 ? undefined : sessionFile;
}

/** The workbench on `folder`, with `sessionFile` opened at start. */
export function demoWorkbenchUrl(server, { folder, sessionFile }) {
  const u = new URL(workbenchUrl(server, { folder }));
  if (sessionFile) {
    // The workbench opens "openFile" from its payload once the folder is open.
    const payload = JSON.parse(u.searchParams.get('payload'));
    payload.push(['openFile', server.remote(sessionFile)]);
    u.searchParams.set('payload', JSON.stringify(payload));
  }
  return u.toString();
}
