// What `npm run demo` shows first: the demo's server and profile (scripts/demo-profile.mjs), a fresh
// profile every time. Issue 16: the first open in a fresh window showed raw JSON, because VS Code's
// editor resolver chose before our editor was known to it (SESSION_EDITOR_ASSOCIATION in
// scripts/vscode-server.mjs, demoStartFile in scripts/demo-profile.mjs). No retries here: the first
// editor the workbench shows must be Klein Kijken's webview.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { demoStartFile, demoWorkbenchUrl, startDemoServer } from '../../scripts/demo-profile.mjs';
import { launchChromium, type VsCodeServer } from '../../scripts/vscode-server.mjs';
import { stopServer } from './firstRunKit';
import { ARTIFACTS, openPages, ROOT, runCommand, screenshot, tempWorkspace, waitForExtension, webviewFrame } from './workbench';

const demo = (f: string) => fs.readFileSync(path.join(ROOT, 'media', 'demo', f));
const demoFolder = (name: string) =>
  tempWorkspace({ 'demo.mp4': demo('demo.mp4'), 'demo.vtt': demo('demo.vtt'), 'demo.mp4.kleinkijken.json': demo('demo.mp4.kleinkijken.json') }, name);

interface FirstSeen { text?: number; webview?: number }

/**
 * Opens `url` in a fresh browser with a recorder installed before the workbench loads: the time a
 * text editor (Monaco) first appears in the editor area, and the time a webview first appears.
 */
async function openRecorded(url: string): Promise<Page> {
  const context = await launchChromium();
  const page = context.pages()[0] ?? (await context.newPage());
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  await page.addInitScript(() => {
    const seen: { text?: number; webview?: number } = {};
    (window as unknown as { __kkFirstSeen: typeof seen }).__kkFirstSeen = seen;
    new MutationObserver(() => {
      seen.text ??= document.querySelector('.part.editor .editor-instance .monaco-editor') ? performance.now() : undefined;
      seen.webview ??= document.querySelector('iframe.webview') ? performance.now() : undefined;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  // As openWorkbench: the workbench is up and the remote file system connected.
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  return page;
}

const firstSeen = (page: Page) => page.evaluate(() => (window as unknown as { __kkFirstSeen: FirstSeen }).__kkFirstSeen);

describe('what the demo shows first', function () {
  this.timeout(180000);
  let server: VsCodeServer | undefined;
  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startDemoServer({ extensionPath: ROOT, env: { KK_DEMO: '1' }, logFile: path.join(ARTIFACTS, 'demo-first-view-server.log') });
  });
  after(async () => {
    for (const p of [...openPages]) await p.context().close();
    if (server) await stopServer(server);
  });

  it('opens the session of `npm run demo` in Klein Kijken first, with no Chat beside it', async () => {
    const folder = demoFolder('demo-werkmap');
    // As scripts/open-demo.mjs: the demo's one session is left to the extension to open.
    const sessionFile = demoStartFile(folder, path.join(folder, 'demo.mp4.kleinkijken.json'));
    assert.strictEqual(sessionFile, undefined, 'the demo does not name its only session to VS Code');
    const page = await openRecorded(demoWorkbenchUrl(server!, { folder, sessionFile }));
    await webviewFrame(page).locator('.transport').waitFor({ timeout: 90000 });
    await screenshot(page, 'demo-first-view');
    const seen = await firstSeen(page);
    assert.ok(seen.webview !== undefined, 'a webview was shown');
    assert.strictEqual(seen.text, undefined, `the session was never shown as text (text editor at ${seen.text} ms, webview at ${seen.webview} ms)`);
    const tabs = await page.locator('.part.editor .tabs-container .tab').allInnerTexts();
    assert.deepStrictEqual(tabs.map((s) => s.replace(/\s+/g, '')), ['demo.mp4.kleinkijken.json'], 'one tab: the session');
    assert.strictEqual(await page.locator('.part.auxiliarybar').isVisible(), false, 'the secondary side bar (Chat) is closed');
    await page.context().close();
  });

  it('opens the only session of a folder in Klein Kijken when the folder is opened', async () => {
    const folder = demoFolder('een-gesprek');
    const u = new URL(demoWorkbenchUrl(server!, { folder }));
    const page = await openRecorded(u.toString());
    await webviewFrame(page).locator('.transport').waitFor({ timeout: 90000 });
    await screenshot(page, 'demo-folder-first-view');
    const seen = await firstSeen(page);
    assert.strictEqual(seen.text, undefined, 'no text editor was shown');
    const active = await page.locator('.part.editor .tabs-container .tab.active').innerText();
    assert.strictEqual(active.replace(/\s+/g, ''), 'demo.mp4.kleinkijken.json');
    await page.context().close();
  });

  it('shows the offer to reopen a session that ended up as text, and the offer works', async () => {
    const page = await openRecorded(demoWorkbenchUrl(server!, { folder: demoFolder('als-tekst') }));
    await webviewFrame(page).locator('.transport').waitFor({ timeout: 90000 });
    await runCommand(page, 'View: Reopen Editor With...');
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Text Editor' }).first().click();
    await page.locator('.part.editor .editor-instance .monaco-editor').waitFor({ timeout: 20000 });
    // Without the smoke-test driver the workbench shows toasts, as it does for a coach.
    const toast = page.locator('.notification-toast').filter({ hasText: 'is een Klein Kijken-gesprek en staat nu als tekst open' });
    await toast.waitFor({ timeout: 20000 });
    await screenshot(page, 'demo-as-text-offer');
    await toast.getByRole('button', { name: 'Openen in Klein Kijken' }).click();
    await webviewFrame(page).locator('.transport').waitFor({ timeout: 60000 });
    await page.context().close();
  });

  it('shows the installation check as a Dutch report', async () => {
    // A folder without a session: nothing opens by itself and takes the keyboard.
    const page = await openRecorded(demoWorkbenchUrl(server!, { folder: tempWorkspace({ 'notities.txt': 'Trainingsdag week 12.\n' }, 'installatie') }));
    await waitForExtension(page);
    await runCommand(page, 'Klein Kijken: Installatie controleren');
    const preview = webviewFrame(page);
    await preview.locator('h1', { hasText: 'Klein Kijken: installatie' }).waitFor({ timeout: 60000 });
    await preview.locator('h2', { hasText: 'ffmpeg' }).waitFor();
    await screenshot(page, 'install-check');
    const text = await preview.locator('body').innerText();
    assert.match(text, /Versie \S+, van deze computer \(PATH\)/);
    assert.match(text, /Vrije ruimte op de schijf/);
    await page.context().close();
  });

  it('offers Klein Kijken when a single click opens a recording in the plain player, and "always" makes single clicks open it', async () => {
    const folder = tempWorkspace({ 'gesprek-a.mp4': demo('demo.mp4'), 'gesprek-b.mp4': demo('demo.mp4') }, 'opnames');
    const page = await openRecorded(demoWorkbenchUrl(server!, { folder }));
    const row = (name: string) => page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first();
    await waitForExtension(page);
    await row('gesprek-a.mp4').click();
    const toast = page.locator('.notification-toast').filter({ hasText: 'gewone speler van VS Code' });
    await toast.waitFor({ timeout: 60000 });
    await screenshot(page, 'recording-single-click-offer');
    await toast.getByRole('button', { name: 'Opnames altijd in Klein Kijken openen' }).click();
    await webviewFrame(page).locator('.transport').waitFor({ timeout: 90000 });
    assert.ok(fs.existsSync(path.join(folder, 'gesprek-a.mp4.kleinkijken.json')), 'a session was made for the recording');
    // From now on a single click opens Klein Kijken: VS Code's editor association, written on request.
    await row('gesprek-b.mp4').click();
    await page.locator('.part.editor .tabs-container .tab.active', { hasText: 'gesprek-b.mp4.kleinkijken' }).waitFor({ timeout: 60000 });
    await webviewFrame(page).locator('.transport').waitFor({ timeout: 90000 });
    await screenshot(page, 'recording-single-click-always');
    await page.context().close();
  });
});
