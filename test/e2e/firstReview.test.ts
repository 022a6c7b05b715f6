// A coach's first review, by keyboard as the walkthrough teaches it: play, press T, pick an
// uitgangspunt with its number key, type what you see, Enter — the detail is there and playback
// goes on. Then a good question from words in the transcript, and the question list exported.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { closeWorkbench, openSessionFromExplorer, openWorkbench, ROOT, screenshot, tempWorkspace, waitForExtension, webviewFrame } from './workbench';

const demo = (f: string) => fs.readFileSync(path.join(ROOT, 'media', 'demo', f));

describe("a coach's first review in the workbench", function () {
  this.timeout(240000);
  let page: Page;
  let folder: string;
  before(async () => {
    folder = tempWorkspace({ 'demo.mp4': demo('demo.mp4'), 'demo.vtt': demo('demo.vtt'), 'demo.mp4.kleinkijken.json': demo('demo.mp4.kleinkijken.json') }, 'mijn-gesprekken');
    page = await openWorkbench({ folder });
    await waitForExtension(page);
    await openSessionFromExplorer(page, 'demo.mp4.kleinkijken.json');
    // Room for the editor, as a coach would make it: close the chat side bar.
    await page.keyboard.press('Control+Alt+KeyB');
    await webviewFrame(page).locator('.waveform div').first().waitFor({ state: 'attached', timeout: 90000 });
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'first-review');
  });

  it('pauses and tags a detail with the keyboard; the detail is saved with its author and tag', async () => {
    const view = webviewFrame(page);
    const before = JSON.parse(fs.readFileSync(path.join(folder, 'demo.mp4.kleinkijken.json'), 'utf8')).details.length;
    await view.locator('.transport button[aria-label="Afspelen"]').click();
    await page.waitForTimeout(1500);
    // Keys go through VS Code's keybindings (rebindable); focus is on the player, not in a text field.
    await view.locator('.waveform').focus();
    await page.keyboard.press('t');
    const form = view.locator('.detail-form');
    await form.waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.press('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Milan kijkt weg en zegt zacht "ik weet het niet".');
    await screenshot(page, 'first-review-form');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'hidden', timeout: 10000 });
    // Saved to disk with Ctrl+S, as a user would.
    await page.keyboard.press('Control+KeyS');
    const file = path.join(folder, 'demo.mp4.kleinkijken.json');
    const deadline = Date.now() + 15000;
    let session = JSON.parse(fs.readFileSync(file, 'utf8'));
    while (session.details.length === before && Date.now() < deadline) {
      await page.waitForTimeout(300);
      session = JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    const added = session.details.find((d: { see: string }) => d.see.startsWith('Milan kijkt weg'));
    assert.ok(added, 'the new detail is in the saved session');
    assert.deepStrictEqual(added.tags, ['u2']);
    assert.ok(added.authorId, 'the detail carries who noted it');
    assert.ok(added.start > 0.5, `noted at the moment of pausing (${added.start})`);
    await screenshot(page, 'first-review-detail');
  });

  it('shows the new detail in the details list and on its author\'s lane', async () => {
    const view = webviewFrame(page);
    await view.getByRole('tab', { name: 'Details' }).click();
    await view.getByText('Milan kijkt weg en zegt zacht', { exact: false }).first().waitFor({ timeout: 10000 });
    assert.ok((await view.locator('.lane-point, .lane-range').count()) > 3);
    await screenshot(page, 'first-review-details-tab');
  });

  it('opens the other tabs, each showing its own content', async () => {
    const view = webviewFrame(page);
    const session = JSON.parse(fs.readFileSync(path.join(folder, 'demo.mp4.kleinkijken.json'), 'utf8'));
    const panel = (id: string) => view.locator(`#panel-${id}`);
    // Each tab is asserted on something only that panel shows, taken from the demo's session file.
    await view.getByRole('tab', { name: 'Goede vragen' }).click();
    await panel('questions').getByText(session.questions[1].text, { exact: false }).first().waitFor({ timeout: 10000 });
    await screenshot(page, 'tab-goede-vragen');

    await view.getByRole('tab', { name: 'Bespreking' }).click();
    const leervraag = panel('review').locator('#review-leervraag');
    await leervraag.waitFor({ timeout: 10000 });
    assert.equal(await leervraag.inputValue(), session.review.leervraag);
    await screenshot(page, 'tab-bespreking');

    await view.getByRole('tab', { name: 'Gespreksspiegel' }).click();
    // The spiegel draws its charts once analysed: at least two figures with a text alternative.
    await panel('mirror').locator('figure.mirror-figure svg').nth(1).waitFor({ state: 'attached', timeout: 15000 });
    const labels = await panel('mirror').locator('figure.mirror-figure svg').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    assert.ok(labels.every((l) => l.trim().length > 0), `every chart has a text alternative: ${JSON.stringify(labels)}`);
    await screenshot(page, 'tab-gespreksspiegel');

    await view.getByRole('tab', { name: 'Transcript' }).click();
    await panel('transcript').getByText(session.transcript[0].text.slice(0, 30), { exact: false }).first().waitFor({ timeout: 10000 });
    await screenshot(page, 'tab-transcript');
  });
});
