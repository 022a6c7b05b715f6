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
