// One trio round's notes typed in the real workbench, by keyboard, in the panel where each step
// happens: b's clarifying question at the context, c's first-viewing note, a's reply to the
// feedback and the feedforward an observer gives a. Saved with Ctrl+S; the file holds all four with their authors.
// In a note field, Ctrl keys and F-keys go on to VS Code; typed letters stay in the field.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { closeWorkbench, openDemoEditor, screenshot, webviewFrame } from './workbench';

async function typeNote(page: Page, view: FrameLocator, box: string, text: string): Promise<void> {
  await view.locator(`${box} .review-note-text`).focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await view.locator(`${box} .review-note-body`, { hasText: text }).waitFor({ timeout: 10000 });
}

describe('a trio round\'s notes in the workbench', function () {
  this.timeout(240000);
  let page: Page;
  let folder: string;
  before(async () => {
    ({ page, folder } = await openDemoEditor('drietal'));
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'trio-notes');
  });

  it('notes every step by keyboard and saves them with their authors', async () => {
    const view = webviewFrame(page);
    await view.getByRole('tab', { name: 'Bespreking' }).click();
    await typeNote(page, view, '.review-setup .review-notebox-verduidelijking', 'Was dit jullie eerste gesprek?');
    await view.locator('.review-firstview .review-toggle').click();
    await typeNote(page, view, '.review-firstview .review-notebox-observation', 'Milan kijkt naar de grond als hij over school praat.');
    await screenshot(page, 'trio-notes-first-viewing');
    await view.locator('.review-feedback .review-toggle').click();
    await typeNote(page, view, '.review-feedback .review-notebox-reactie', 'Het doorvragen bij "ik weet het niet" herken ik.');
    await typeNote(page, view, '.review-feedback .review-notebox-feedforward', 'Volgende keer eerst vragen wat er precies gebeurde.');
    await view.locator('.review-feedback .review-notebox-feedforward').scrollIntoViewIfNeeded();
    await screenshot(page, 'trio-notes-feedback');
    await page.keyboard.press('Control+KeyS');
    const file = path.join(folder, 'demo.mp4.kleinkijken.json');
    const deadline = Date.now() + 15000;
    let s = JSON.parse(fs.readFileSync(file, 'utf8'));
    while (s.notes.length < 5 && Date.now() < deadline) {
      await page.waitForTimeout(300);
      s = JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    const who = (id: string) => s.participants.find((p: { id: string }) => p.id === id)?.role;
    const by = (kind: string) => s.notes.filter((n: { kind: string }) => n.kind === kind).map((n: { authorId: string; text: string }) => [who(n.authorId), n.text]);
    assert.deepStrictEqual(by('verduidelijking'), [['b', 'Was dit jullie eerste gesprek?']]);
    assert.deepStrictEqual(by('reactie'), [['a', 'Het doorvragen bij "ik weet het niet" herken ik.']]);
    // The feedforward is given to a by an observer (b or c), as the toolkit's round has it.
    assert.ok(by('feedforward').some(([role, text]: string[]) => ['b', 'c'].includes(role!) && text === 'Volgende keer eerst vragen wat er precies gebeurde.'));
    const obs = s.notes.find((n: { kind: string }) => n.kind === 'observation');
    assert.ok(obs && ['b', 'c'].includes(who(obs.authorId)) && typeof obs.time === 'number', 'an observer\'s note with its moment');
  });

  it('in a note field, Ctrl keys and F1 reach VS Code (the command palette opens) and typed letters stay in the field', async () => {
    // Not shown by Ctrl+S and the file: the browser workbench saves by itself after a second
    // (files.autoSave is afterDelay on the web). The command palette shows that a key got through.
    const view = webviewFrame(page);
    await view.getByRole('tab', { name: 'Bespreking' }).click();
    const field = view.locator('.review-setup .review-notebox-verduidelijking .review-note-text');
    const palette = page.locator('.quick-input-widget input');
    for (const key of ['Control+Shift+KeyP', 'F1']) {
      await field.focus();
      // A "k" among the letters: the player's play key.
      await page.keyboard.type('ik k');
      assert.strictEqual(await field.evaluate((el) => el === el.ownerDocument.activeElement), true, 'the cursor is in the note field');
      await page.keyboard.press(key);
      await palette.waitFor({ state: 'visible', timeout: 10000 });
      await screenshot(page, `trio-notes-palette-from-field-${key.startsWith('F') ? 'f1' : 'ctrl'}`);
      await page.keyboard.press('Escape');
      await palette.waitFor({ state: 'hidden', timeout: 10000 });
    }
    assert.strictEqual(await field.inputValue(), 'ik kik k');
  });
});
