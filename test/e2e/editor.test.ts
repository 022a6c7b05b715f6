// The demo conversation opened in the Klein Kijken editor in the real workbench, as a coach would:
// double-click the session file, see video, waveform and transcript, in three themes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { closeWorkbench, openSessionFromExplorer, openWorkbench, pickTheme, ROOT, screenshot, tempWorkspace, waitForExtension, webviewFrame } from './workbench';

const demo = (f: string) => fs.readFileSync(path.join(ROOT, 'media', 'demo', f));

describe('the editor in the workbench', function () {
  this.timeout(180000);
  let page: Page;
  before(async () => {
    const folder = tempWorkspace({ 'demo.mp4': demo('demo.mp4'), 'demo.vtt': demo('demo.vtt'), 'demo.mp4.kleinkijken.json': demo('demo.mp4.kleinkijken.json') }, 'gesprekken');
    page = await openWorkbench({ folder });
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'editor');
  });

  it('opens the demo session from the explorer in the custom editor, with video, waveform and transcript', async () => {
    // The web workbench learns the extension's contributions once its extension host is up.
    await waitForExtension(page);
    await openSessionFromExplorer(page, 'demo.mp4.kleinkijken.json');
    // Room for the editor, as a coach would make it: close the chat side bar.
    await page.keyboard.press('Control+Alt+KeyB');
    const view = webviewFrame(page);
    await view.locator('.transport').waitFor({ timeout: 60000 });
    await view.locator('.header .title').filter({ hasText: /\S/ }).waitFor({ timeout: 30000 });
    // The playback copy and peaks are made by the host; the waveform appears when they are ready.
    await view.locator('.player video').waitFor({ state: 'attached', timeout: 90000 });
    await view.locator('.waveform div').first().waitFor({ state: 'attached', timeout: 30000 });
    const src = await view.locator('.player video').getAttribute('src');
    assert.ok(src && /media-cache/.test(src), `the demo's AAC audio plays through a proxy from the cache: ${src}`);
    await page.waitForTimeout(1500);
    const file = await screenshot(page, 'editor-default-theme');
    assert.ok(fs.statSync(file).size > 30000);
  });

  it('plays: the time advances after pressing play', async () => {
    const view = webviewFrame(page);
    await view.locator('.transport button[aria-label="Afspelen"]').click();
    await page.waitForTimeout(2500);
    const time = await view.locator('.transport .time').textContent();
    assert.ok(time && !/^0:00\.0/.test(time), `time after playing: ${time}`);
    await view.locator('.transport button[aria-pressed="true"]').click();
  });

  it('a click on the waveform plays from there; while it plays the cursor follows the playhead', async () => {
    const view = webviewFrame(page);
    const clock = () => view.locator('.player video').evaluate((v) => ({ t: (v as HTMLVideoElement).currentTime, d: (v as HTMLVideoElement).duration }));
    const box = (await view.locator('.waveform').boundingBox())!;
    // A quarter into the recording (the waveform shows it whole at first).
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
    const after = await clock();
    assert.ok(Math.abs(after.t - after.d * 0.25) < after.d * 0.02, `clicked a quarter in: ${after.t.toFixed(1)} s of ${after.d.toFixed(1)} s`);
    const cursorLeft = () => view.locator('.waveform > div').evaluate((host) => parseFloat((host.shadowRoot!.querySelector('[part~="cursor"]') as HTMLElement).style.left));
    assert.ok(Math.abs((await cursorLeft()) - 25) < 2, `the cursor is at the click: ${await cursorLeft()}%`);
    await view.locator('.transport button[aria-label="Afspelen"]').click();
    await page.waitForTimeout(3000);
    const playing = await clock();
    await view.locator('.transport button[aria-pressed="true"]').click();
    const left = await cursorLeft();
    assert.ok(playing.t > after.t + 2, `it played on from there: ${playing.t.toFixed(1)} s`);
    assert.ok(Math.abs(left - (playing.t / playing.d) * 100) < 1.5, `the cursor follows the playhead: ${left.toFixed(2)}% at ${playing.t.toFixed(1)} s of ${playing.d.toFixed(1)} s`);
  });

  it("is shown in the dark, light and high-contrast themes, in each theme's own colours", async () => {
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const seen = new Map<string, string>();
    for (const [theme, name, dark] of [
      ['Dark Modern', 'editor-dark', true],
      ['Light Modern', 'editor-light', false],
      ['Dark High Contrast', 'editor-high-contrast', true],
      ['Light High Contrast', 'editor-high-contrast-light', false],
    ] as const) {
      await pickTheme(page, theme);
      // The webview takes its colours from the theme: body background and text follow the editor's.
      const body = webviewFrame(page).locator('body');
      const [bg, fg] = await body.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
      const editorBg = await page.locator('.monaco-workbench .part.editor > .content').evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.ok(bg && bg !== 'rgba(0, 0, 0, 0)', `${theme}: ${bg}`);
      assert.equal(luminance(bg) < 0.5, dark, `${theme}: background ${bg} should be ${dark ? 'dark' : 'light'}`);
      assert.equal(luminance(fg) < 0.5, !dark, `${theme}: text ${fg} contrasts with the background`);
      assert.equal(bg, editorBg, `${theme}: the webview's background is the editor's`);
      seen.set(theme, `${bg} ${fg}`);
      await screenshot(page, name);
    }
    assert.equal(new Set(seen.values()).size, 4, `four themes, four colour pairs: ${JSON.stringify([...seen])}`);
    // The theme is a user setting of the shared test server: leave the default for later tests.
    await pickTheme(page, 'Dark Modern');
  });
});
