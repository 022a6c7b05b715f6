// The first end-to-end tests: the real workbench loads with Klein Kijken, opens a folder and runs
// a command from the palette (the path the editor tests will take).
import * as assert from 'assert';
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { closeWorkbench, openWorkbench, runCommand, screenshot, tempWorkspace, waitForExtension } from './workbench';

describe('workbench in Chromium', () => {
  let page: Page;
  before(async () => {
    const folder = tempWorkspace({ 'gesprek-notities.txt': 'Eerste gesprek met Sanne, week 12.\n' }, 'loopbaangesprekken');
    page = await openWorkbench({ folder });
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'workbench');
  });

  it('loads as Extension Development Host and shows the opened folder', async () => {
    const title = await page.title();
    assert.match(title, /Extension Development Host/, `window title: ${title}`);
    await page.locator('.explorer-folders-view').getByText('gesprek-notities.txt').waitFor({ timeout: 30000 });
    const file = await screenshot(page, 'workbench-loads');
    assert.ok(fs.statSync(file).size > 10000, `screenshot ${file} looks empty`);
  });

  it('runs a command from the command palette: the keyboard shortcuts list our keybindings', async () => {
    await waitForExtension(page);
    await runCommand(page, 'Preferences: Open Keyboard Shortcuts');
    // Newer VS Code shows this editor as a modal, older ones as a tab: look for its search box.
    const search = page.getByPlaceholder('Type to search in keybindings');
    await search.waitFor({ timeout: 30000 });
    const rows = page.locator('.keybindings-table-container .monaco-list-row');
    // Our commands with the keys the README promises, each found by its command id.
    for (const [id, title, keys] of [
      ['kleinKijken.playPause', 'Afspelen/pauzeren', ['Space', 'K']],
      ['kleinKijken.tagHere', 'Pauzeren en detail noteren', ['T']],
      ['kleinKijken.back5', '5 seconden terug', ['LeftArrow']],
    ] as const) {
      await search.fill(`@command:${id}`);
      await rows.filter({ hasText: title }).first().waitFor({ timeout: 15000 });
      const keyLabels = await rows.locator('.keybinding .monaco-keybinding-key').allTextContents();
      for (const k of keys) assert.ok(keyLabels.includes(k), `${id} is bound to ${k}: ${JSON.stringify(keyLabels)}`);
    }
    await screenshot(page, 'workbench-command');
  });
});
