// The first end-to-end tests: the real workbench loads with Klein Kijken, opens a folder and runs
// a command from the palette (the path the editor tests will take).
import * as assert from 'assert';
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { closeWorkbench, openWorkbench, runCommand, screenshot, tempWorkspace } from './workbench';

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

  it('runs a command from the command palette', async () => {
    await runCommand(page, 'Preferences: Open Keyboard Shortcuts');
    // Newer VS Code shows this editor as a modal, older ones as a tab: look for its search box.
    await page.getByPlaceholder('Type to search in keybindings').waitFor({ timeout: 30000 });
    await screenshot(page, 'workbench-command');
  });
});
