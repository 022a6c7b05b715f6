// A new coach's first run, from the shipped .vsix: installed into a clean server (no development
// extension, empty settings), a phone recording in a fresh folder, opened from the explorer's context
// menu, one detail tagged by keyboard as the walkthrough teaches, its suggested question put on the
// list and the list exported. Every step leaves a screenshot in test-artifacts/e2e/first-run-*.png.
//
// The export's dialogs are answered with the mouse on purpose: Enter in a quick pick or in the save
// dialog is taken by the extension's own Enter keybinding while the session editor is active.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { VsCodeServer } from '../../scripts/vscode-server.mjs';
import { makePhoneRecording, openInstalledWorkbench, vsixPath, startServerWithVsix, stopServer, waitForJson } from './firstRunKit';
import { ARTIFACTS, screenshot, tempWorkspace, waitForExtension, webviewFrame } from './workbench';

interface SavedSession {
  details: { see: string; tags: string[]; start: number; question: { text: string; type: string } | null }[];
  questions: { text: string; source: string; type: string }[];
}

const SEE = 'Ze zegt zacht "ik weet het niet" en kijkt weg.';
const MEANING = 'Een signaalwoord: hier kan de docent doorvragen.';
const DEEPEN = 'Verdiepen: wat gebeurde er precies op dat moment?';
const QUESTION = 'Wat ging er door je heen toen je daar alleen stond?';

describe('first run from the installed .vsix', function () {
  this.timeout(120000);
  let server: VsCodeServer | undefined;
  let page: Page;
  let consoleLines: string[] = [];
  let folder: string;
  let sessionFile: string;
  let step = 0;
  const shot = (name: string) => screenshot(page, `first-run-${String(++step).padStart(2, '0')}-${name}`);

  before(async () => {
    const vsix = vsixPath();
    folder = tempWorkspace({}, 'mijn-opnames');
    const recording = makePhoneRecording(folder);
    sessionFile = `${recording}.kleinkijken.json`;
    server = await startServerWithVsix(vsix);
    ({ page, console: consoleLines } = await openInstalledWorkbench(server, folder));
  });

  after(async () => {
    if (page) {
      fs.writeFileSync(path.join(ARTIFACTS, 'first-run.console.log'), consoleLines.join('\n') + '\n');
      await page.context().close();
    }
    if (server) await stopServer(server);
  });

  it('is installed from the .vsix: the workbench lists its commands and its activity bar entry', async () => {
    await waitForExtension(page);
    // Close the chat side bar a fresh VS Code opens with, as a coach would to get room.
    await page.keyboard.press('Control+Alt+KeyB');
    await page.locator('.activitybar .action-item [aria-label="Klein Kijken"], .activitybar .action-item[aria-label="Klein Kijken"]').first().waitFor({ timeout: 10000 });
    await shot('installed');
  });

  it('opens the phone recording from the explorer context menu (Gesprek bekijken)', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^VID_20261118_143012\.mp4$/ }).click({ button: 'right' });
    const item = page.locator('.context-view .monaco-menu .action-item').filter({ hasText: 'Gesprek bekijken' });
    await item.first().waitFor({ timeout: 10000 });
    await shot('context-menu');
    await item.first().click();
    const view = webviewFrame(page);
    // The first open may make a playback copy and a waveform with ffmpeg: allow for that.
    await view.locator('.waveform div').first().waitFor({ state: 'attached', timeout: 60000 });
    await view.locator('.transport button[aria-label="Afspelen"]').waitFor({ timeout: 30000 });
    await shot('recording-open');
    const session = await waitForJson<SavedSession>(sessionFile, (s) => Array.isArray(s.details));
    assert.ok(session, `a session file was created next to the recording (${sessionFile})`);
    assert.strictEqual(session.details.length, 0, 'a new recording starts without details');
  });

  it('tags a detail by keyboard while playing (T, 2, Tab through the questions, Enter) and saves it to disk', async () => {
    const view = webviewFrame(page);
    await view.locator('.transport button[aria-label="Afspelen"]').click();
    await page.waitForTimeout(2000);
    await view.locator('.waveform').focus();
    await page.keyboard.press('t');
    const form = view.locator('.detail-form');
    await form.waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.press('2');
    for (const text of [SEE, MEANING, DEEPEN]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
    // Past the feedback chips (one tab stop) to the suggested question.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(QUESTION);
    await shot('detail-form');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'hidden', timeout: 10000 });
    await page.keyboard.press('Control+KeyS');
    const session = await waitForJson<SavedSession>(sessionFile, (s) => s.details?.length === 1);
    await shot('detail-saved');
    const d = session?.details[0];
    assert.ok(d, 'the detail is in the session file on disk');
    assert.strictEqual(d.see, SEE);
    assert.deepStrictEqual(d.tags, ['u2'], 'number key 2 tagged uitgangspunt 2, (H)erken emoties');
    assert.ok(d.start > 0.5, `noted at the moment of pausing, not at the start (${d.start})`);
    assert.deepStrictEqual(d.question, { text: QUESTION, type: 'verdiepend' });
  });

  it("puts the detail's question on the good-questions list", async () => {
    const view = webviewFrame(page);
    await view.getByRole('tab', { name: 'Goede vragen' }).click();
    await view.getByRole('button', { name: 'Op de lijst zetten' }).click();
    const session = await waitForJson<SavedSession>(sessionFile, (s) => s.questions?.some((q) => q.text === QUESTION));
    await shot('question-on-list');
    const q = session?.questions.find((x) => x.text === QUESTION);
    assert.ok(q, 'the question is in the saved session');
    assert.strictEqual(q.source, 'detail');
  });

  it('exports the question list as Markdown next to the recording', async () => {
    const view = webviewFrame(page);
    // The name choice sits beside the button; replacing names by roles is chosen already.
    assert.strictEqual(await view.getByRole('radio', { name: 'vervangen door rollen (aanbevolen)' }).isChecked(), true);
    await view.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const quick = page.locator('.quick-input-widget');
    // The web workbench's save dialog is a quick input holding the suggested path.
    const input = quick.locator('input');
    const expected = path.join(folder, 'VID_20261118_143012-goede-vragen.md');
    await page.waitForFunction(
      (want) => (document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value === want,
      expected,
      { timeout: 10000 },
    );
    await shot('save-dialog');
    assert.strictEqual(await input.inputValue(), expected, 'the export is offered next to the recording');
    await quick.locator('.monaco-button', { hasText: /^(OK|Exporteren)$/ }).click();
    await view.getByText('Opgeslagen:', { exact: false }).waitFor({ timeout: 10000 });
    await shot('exported');
    const md = fs.readFileSync(expected, 'utf8');
    assert.match(md, /^# Goede vragen/m);
    assert.ok(md.includes(QUESTION), 'the exported list holds the question');
    assert.ok(!md.includes(SEE), 'a question list does not carry the observation text');
  });
});
