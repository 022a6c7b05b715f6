// A transcript saved by Notepad as "Unicode" (UTF-16) and an old Windows-1252 text, imported with
// the Transcript tab's button in the real workbench: the Dutch text arrives whole, and the
// import's notice says which encoding was read.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { newSession } from '../../src/core/session/newSession';
import { serializeSession } from '../../src/core/session/sessionFile';
import { quickHash } from '../../src/media/quickHash';
import { CP1252_TXT, notepadUnicode, VTT } from '../unit/transcript/encodedTranscripts';
import { closeWorkbench, openSessionFromExplorer, openWorkbench, ROOT, runCommand, screenshot, tempWorkspace, waitForExtension, webviewFrame } from './workbench';

describe('importing a transcript saved as UTF-16 or Windows-1252', function () {
  this.timeout(240000);
  let page: Page;
  let folder: string;

  before(async () => {
    const mp4 = path.join(ROOT, 'media', 'demo', 'demo.mp4');
    const { hash, size } = await quickHash(mp4);
    const empty = newSession({ path: 'demo.mp4', size, quickHash: hash, durationSec: null }, 'Gesprek met Daan');
    folder = tempWorkspace({ 'demo.mp4': fs.readFileSync(mp4), 'demo.mp4.kleinkijken.json': serializeSession(empty), 'kladblok.vtt': notepadUnicode(VTT), 'oud.txt': CP1252_TXT }, 'codering');
    page = await openWorkbench({ folder });
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'transcript-encoding');
  });

  /** Answers the workbench's open dialog (a quick input in the browser) with `file`, by the mouse. */
  async function pick(file: string): Promise<void> {
    const quick = page.locator('.quick-input-widget');
    await quick.waitFor({ state: 'visible', timeout: 15000 });
    // The dialog shows its box first and fills in the folder a moment later.
    await page.waitForFunction(() => ((document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value ?? '').includes('codering'), undefined, { timeout: 10000 });
    await quick.locator('input').fill(path.join(folder, file));
    await quick.locator('.monaco-button', { hasText: /^(OK|Open)$/ }).click();
  }

  /** The notification that holds `text`, from the notification centre (headless, toasts are hidden). */
  async function notification(text: string): Promise<string> {
    const bell = page.locator('.statusbar-item').filter({ has: page.locator('.codicon-bell-dot') }).first();
    await bell.waitFor({ timeout: 30000 });
    await bell.click();
    const item = page.locator('.notifications-center .notification-list-item').filter({ hasText: text });
    await item.first().waitFor({ timeout: 30000 });
    return (await item.first().textContent()) ?? '';
  }

  it('a UTF-16 WebVTT from Notepad arrives whole, and the notice says it was read as UTF-16', async () => {
    await waitForExtension(page);
    await openSessionFromExplorer(page, 'demo.mp4.kleinkijken.json');
    await page.keyboard.press('Control+Alt+KeyB');
    const view = webviewFrame(page);
    await view.getByRole('button', { name: 'Transcript importeren…' }).click();
    await pick('kladblok.vtt');
    await view.getByText('Financiële zorgen… en mijn ĳsbaan-café 😶', { exact: true }).waitFor({ timeout: 30000 });
    await view.getByText('Hoe voelde je je daarbij, “eerlijk gezegd”?', { exact: true }).waitFor({ timeout: 5000 });
    const rows = await view.locator('.kk-tr-text').allTextContents();
    assert.deepStrictEqual(rows, ['Hoe voelde je je daarbij, “eerlijk gezegd”?', 'Financiële zorgen… en mijn ĳsbaan-café 😶']);
    const note = await notification('Gelezen als UTF-16');
    assert.match(note, /Transcript geïmporteerd\. Gelezen als UTF-16 \(little-endian\): wat Kladblok en Word "Unicode" noemen\./);
    await screenshot(page, 'transcript-encoding-utf16');
    await runCommand(page, 'Notifications: Clear All Notifications');
  });

  it('a Windows-1252 text replaces it with é, ö and curly quotes right, and the warning names Windows-1252', async () => {
    const view = webviewFrame(page);
    await view.getByRole('button', { name: 'Transcript importeren (vervangt het huidige)' }).click();
    await pick('oud.txt');
    // Replacing asks first (a modal in the workbench).
    await page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Vervangen' }).click({ timeout: 15000 });
    await view.getByText('Eerlijk gezegd “zwaar”: mijn coördinator was ziek, dus geen één gesprek.', { exact: true }).waitFor({ timeout: 30000 });
    // The text has no time stamps: the warning about that and the encoding line share one notice.
    const note = await notification('Windows-1252');
    assert.match(note, /Transcript geïmporteerd met 1 waarschuwing\(en\).*Gelezen als Windows-1252 \(West-Europees/);
    await screenshot(page, 'transcript-encoding-windows-1252');
  });
});
