// Helpers for end-to-end tests: the real VS Code workbench (browser build, served by the VS Code
// server) in headless Chromium, with this repository loaded as the extension under development.
// One server per mocha run, started on first use; one browser per openWorkbench().
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { ROOT, SESSION_EDITOR_ASSOCIATION, launchChromium, startServer, tempDir, workbenchUrl, type VsCodeServer } from '../../scripts/vscode-server.mjs';

export { ROOT };
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');

let server: Promise<VsCodeServer> | undefined;

/**
 * The shared server; KK_TEST=1 reaches the extension host through the server's environment. Its
 * profile associates session files with Klein Kijken, as `npm run demo` does, so that a session
 * opened before the extensions are registered waits for them instead of opening as text (the
 * second gap is waitForSessionEditor's).
 */
export function e2eServer(): Promise<VsCodeServer> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server ??= startServer({ env: { KK_TEST: '1', KK_REPO: ROOT }, logFile: path.join(ARTIFACTS, 'server.log'), userSettings: SESSION_EDITOR_ASSOCIATION });
  return server;
}

/** A throwaway workspace folder (removed at exit) holding `files` (relative path → content). */
export function tempWorkspace(files: Record<string, string | Buffer> = {}, name = 'werkmap'): string {
  const dir = path.join(tempDir('e2e-ws'), name);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Workbench console lines per page, for assertions and for the log written on close. */
const consoleLines = new WeakMap<Page, string[]>();
/** Pages still open, so a failing test leaves a screenshot of each (see hooks.ts). */
export const openPages = new Set<Page>();
export const workbenchConsole = (page: Page): string[] => consoleLines.get(page) ?? [];

/**
 * Opens the workbench on `folder` with the extension at `extensionDevelopmentPath` (default: this
 * repository) and waits until the workbench and its extension host are up. Returns the page.
 */
export async function openWorkbench(opts: { folder: string; extensionDevelopmentPath?: string; timeoutMs?: number }): Promise<Page> {
  const srv = await e2eServer();
  const context = await launchChromium();
  const page = context.pages()[0] ?? (await context.newPage());
  const lines: string[] = [];
  consoleLines.set(page, lines);
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  page.on('console', (m) => lines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`));
  await page.goto(workbenchUrl(srv, { folder: opts.folder, extensionDevelopmentPath: opts.extensionDevelopmentPath ?? ROOT }));
  const timeout = opts.timeoutMs ?? 60000;
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout });
  // The explorer shows the folder once the remote file system is connected.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
  return page;
}

/** The content frame of the newest webview (webviews are an iframe holding #active-frame). */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
}

/**
 * Puts the keyboard focus on a workbench list (the explorer's, or the activity bar) and waits until
 * it stays there. Why: a webview that was given the focus (a click in it, or the workbench handing
 * the focus back when a quick pick closes) focuses itself once more 50 ms later (VS Code's
 * `_focusDelayer` in webviewElement: `body.focus()` and a `focus` message to the iframe, which then
 * focuses its content window). A command palette opened inside that window loses its focus to the
 * webview and closes at once (seen on clean clones: the palette's input went inert, then hidden).
 * With a workbench list focused the delayer does nothing; a `focus` message already sent would
 * still pull the focus back, which the wait below sees, so the list is focused again until the
 * focus has stayed put for longer than the delayer.
 */
export async function focusWorkbench(page: Page, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const stayed = await page.evaluate(async () => {
      // The first one shown: the explorer's list, or the side bar's list when another view is open
      // there (the Klein Kijken views), or an item of the activity bar.
      const target = [...document.querySelectorAll<HTMLElement>('.explorer-folders-view .monaco-list, .part.sidebar .monaco-list, .part.activitybar .action-item[tabindex]')].find(
        (el) => el.offsetParent !== null,
      );
      if (!target) throw new Error('no list in the side bar and no activity bar item to focus');
      target.focus();
      // (No named helpers in here: the test runner's transform would add a __name call the page lacks.)
      const since = performance.now();
      while (performance.now() - since < 200) {
        await new Promise((r) => requestAnimationFrame(r));
        if (!target.contains(document.activeElement)) return false;
      }
      return true;
    });
    if (stayed) return;
  }
  throw new Error(`the keyboard focus did not stay in the workbench for ${timeoutMs / 1000} s (a webview kept taking it)`);
}

/** Runs a command by its exact title (e.g. 'Preferences: Open Keyboard Shortcuts') through the command palette. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // The palette also lists titles that merely contain this one; pick the exact match.
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) });
  await row.first().click();
}

/**
 * Switches the colour theme through the command palette and waits until the newest webview has
 * the theme's body class (webviews hear about a new theme a moment after the workbench).
 */
export async function pickThemeAndWait(page: Page, theme: string, bodyClass: string): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: theme }).first().click();
  await webviewFrame(page).locator(`body.${bodyClass}`).waitFor({ timeout: 20000 });
  await page.waitForTimeout(300);
}

/**
 * Waits until the workbench knows the extension's contributions (its extension host starts a few
 * seconds after the workbench shows): the command palette lists a command of the given category.
 * The palette does not refresh while open, so it is reopened until the command is there. This does
 * not mean a session opens in Klein Kijken yet: openSessionFromExplorer waits for that itself.
 */
export async function waitForExtension(page: Page, category = 'Klein Kijken', timeoutMs = 60000): Promise<void> {
  const end = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input');
  while (Date.now() < end) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${category}:`);
    const found = await page
      .locator('.quick-input-list .monaco-list-row .label-name', { hasText: `${category}:` })
      .first()
      .waitFor({ timeout: 2000 })
      .then(() => true, () => false);
    await page.keyboard.press('Escape');
    if (found) return;
    await page.waitForTimeout(1000);
  }
  throw new Error(`the workbench never listed a "${category}:" command`);
}

/** The name VS Code gives the session editor in its "Open With…" list (package.nls.json). */
const SESSION_EDITOR_LABEL: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'))['editor.session'];

/**
 * Waits until VS Code's editor resolver knows the Klein Kijken editor for `fileName`: the
 * explorer's "Open With…" list for the file, which the resolver builds from its own registry,
 * names it. Polling that list only reads the registry; it creates nothing.
 *
 * Why not waitForExtension: the workbench hands contributed custom editors to its editor resolver
 * only once its custom editor service exists, and that service is created lazily: at the
 * browser's first idle moment after start-up, or when an extension registers an editor provider
 * (our activation). On a busy machine that comes seconds after the extension's commands are
 * listed; a double-click in that gap resolves to the text editor (issue 16, the first-double-click
 * race; test/e2e/diagnostics/openRace.ts shows it).
 */
export async function waitForSessionEditor(page: Page, fileName: string, timeoutMs = 90000): Promise<void> {
  const end = Date.now() + timeoutMs;
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: fileName }).first();
  let last = '';
  while (Date.now() < end) {
    const listed = await openWithList(page, row);
    if (Array.isArray(listed) && listed.includes(SESSION_EDITOR_LABEL)) return;
    last = Array.isArray(listed) ? `its "Open With" list: ${listed.join(', ')}` : `the list could not be read: ${listed.problem}`;
    await page.waitForTimeout(500);
  }
  throw new Error(`VS Code never offered "${SESSION_EDITOR_LABEL}" to open ${fileName} within ${timeoutMs} ms (last time ${last})`);
}

/**
 * The labels of the explorer's "Open With…" list for `row`, or why it could not be read this time:
 * the extension may open the folder's only session just then (openOnStart.ts), and the new editor
 * takes the focus, which closes a context menu or picker that was open.
 */
async function openWithList(page: Page, row: Locator): Promise<string[] | { problem: string }> {
  const input = page.locator('.quick-input-widget input');
  const read = async (): Promise<string[]> => {
    await row.click({ button: 'right' });
    await page.locator('.context-view .monaco-menu .action-label', { hasText: /^Open With/ }).first().click({ timeout: 5000 });
    await input.waitFor({ state: 'visible', timeout: 5000 });
    // The text editor is always listed: once it is there, the list is complete.
    await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: 'Text Editor' }).first().waitFor({ timeout: 5000 });
    return page.locator('.quick-input-list .monaco-list-row .label-name').allTextContents();
  };
  const listed = await read().catch((e: unknown) => ({ problem: (e as Error)?.message?.split('\n')[0] ?? String(e) }));
  // Close whatever is still open (menu or picker) before the next step.
  if (await input.isVisible() || await page.locator('.context-view .monaco-menu').isVisible()) await page.keyboard.press('Escape');
  await input.waitFor({ state: 'hidden' });
  return listed;
}

/**
 * Opens a session file from the explorer by double-clicking it, as a coach would, and waits until
 * the Klein Kijken editor shows its player.
 *
 * The first open in a fresh window can still resolve as text: VS Code creates its custom editor
 * service lazily (see waitForSessionEditor and test/e2e/diagnostics/openRace.ts for the cause).
 * Waiting for that service through the "Open With…" picker before every open proved unreliable in
 * the full suite (the picker did not come, or came late and stood in front of the next step), so a
 * first open as text takes the product's own offer to reopen the session in Klein Kijken
 * (sessionAsTextHint.ts), as a coach would — through the notification centre, since the smoke-test
 * driver hides toasts. It never double-clicks again: if neither editor nor offer appears, the open
 * fails.
 */
export async function openSessionFromExplorer(page: Page, fileName: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: fileName }).first().dblclick();
  const transport = webviewFrame(page).locator('.transport');
  const asText = page.locator('.part.editor .editor-instance .monaco-editor');
  const timeout = 30000;
  const shown = await Promise.race([
    transport.waitFor({ timeout }).then(() => 'klein-kijken' as const, () => null),
    asText.waitFor({ timeout }).then(() => 'text' as const, () => null),
  ]);
  if (shown === 'klein-kijken') return;
  if (shown === null) throw new Error(`${fileName} opened in neither the Klein Kijken editor nor a text editor within ${timeout} ms`);
  await screenshot(page, `opened-as-text-${fileName}`);
  await runCommand(page, 'Notifications: Show Notifications');
  const offer = page.locator('.notifications-center .notification-list-item').filter({ hasText: 'staat nu als tekst open' });
  await offer.getByRole('button', { name: 'Openen in Klein Kijken' }).click({ timeout });
  await transport.waitFor({ timeout });
  await runCommand(page, 'Notifications: Clear All Notifications');
}

/** Saves a full-page screenshot to test-artifacts/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Closes the page's browser and keeps its console output in test-artifacts/e2e/<name>.console.log. */
export async function closeWorkbench(page: Page, name = 'workbench'): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `${name}.console.log`), workbenchConsole(page).join('\n') + '\n');
  await page.context().close();
}

/** Picks a colour theme by name through the command palette, as a user would. */
export async function pickTheme(page: Page, theme: string): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: theme }).first().click();
  await page.waitForTimeout(800);
}

/**
 * A fresh workspace named `name` holding the demo (video, transcript, session), opened from the
 * explorer in the Klein Kijken editor with the chat side bar closed, once its waveform is drawn.
 * `files` adds files to the folder or replaces the demo's own (relative path → content).
 */
export async function openDemoEditor(name: string, files: Record<string, string | Buffer> = {}): Promise<{ page: Page; folder: string }> {
  const demo = (f: string) => fs.readFileSync(path.join(ROOT, 'media', 'demo', f));
  const folder = tempWorkspace({ 'demo.mp4': demo('demo.mp4'), 'demo.vtt': demo('demo.vtt'), 'demo.mp4.kleinkijken.json': demo('demo.mp4.kleinkijken.json'), ...files }, name);
  const page = await openWorkbench({ folder });
  await waitForExtension(page);
  await openSessionFromExplorer(page, 'demo.mp4.kleinkijken.json');
  // Room for the editor, as a coach would make it: close the chat side bar.
  await page.keyboard.press('Control+Alt+KeyB');
  await webviewFrame(page).locator('.waveform div').first().waitFor({ state: 'attached', timeout: 90000 });
  return { page, folder };
}

/**
 * Notes a detail by keyboard as the walkthrough teaches it (T, the uitgangspunt's number, Tab,
 * what you see, Enter) in the newest Klein Kijken editor, and waits until the form has closed.
 */
export async function noteDetailByKeyboard(page: Page, principleKey: string, see: string): Promise<void> {
  const view = webviewFrame(page);
  // Keys go through VS Code's keybindings; focus is on the player, not in a text field.
  await view.locator('.waveform').focus();
  await page.keyboard.press('t');
  const form = view.locator('.detail-form');
  await form.waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.press(principleKey);
  await page.keyboard.press('Tab');
  await page.keyboard.type(see);
  await page.keyboard.press('Enter');
  await form.waitFor({ state: 'hidden', timeout: 10000 });
}
