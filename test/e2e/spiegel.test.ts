// The Gespreksspiegel and the emotiewoorden practice in the real workbench: signal words hidden
// until revealed, then a marker with a legend in dark, light and high-contrast themes; a question's
// function corrected by the trio in the mirror.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { closeWorkbench, openDemoEditor, pickThemeAndWait, screenshot, webviewFrame } from './workbench';

describe('the Gespreksspiegel and signal words in the workbench', function () {
  this.timeout(240000);
  let page: Page;
  before(async () => {
    ({ page } = await openDemoEditor('gesprekken'));
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'spiegel');
  });

  it('signal words are hidden until revealed, then marked with a legend that reads in every theme', async () => {
    const view = webviewFrame(page);
    await view.getByRole('tab', { name: 'Transcript' }).click();
    await view.locator('.kk-tr-text').first().waitFor({ timeout: 60000 });
    assert.equal(await view.locator('.kk-tr-text .kk-tr-emotion').count(), 0, 'hidden for the practice');
    await view.getByRole('button', { name: /Emotie- en signaalwoorden van de student tonen/ }).click();
    const marker = view.locator('.kk-tr-text .kk-tr-emotion').first();
    await marker.waitFor({ timeout: 10000 });
    assert.match((await view.locator('.kk-tr-legend').textContent()) ?? '', /Gemarkeerd/);
    const looks: Record<string, string> = {};
    for (const [theme, name, bodyClass] of [
      ['Dark Modern', 'spiegel-signals-dark', 'vscode-dark'],
      ['Light Modern', 'spiegel-signals-light', 'vscode-light'],
      ['Dark High Contrast', 'spiegel-signals-high-contrast', 'vscode-high-contrast'],
    ]) {
      await pickThemeAndWait(page, theme!, bodyClass!);
      const style = await marker.evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.backgroundColor}|${s.boxShadow}|${s.outlineStyle}|${s.textDecorationStyle}`;
      });
      assert.ok(!style.endsWith('|wavy'), `${theme}: no wavy underline (${style})`);
      looks[theme!] = style;
      await screenshot(page, name!);
    }
    assert.equal(new Set(Object.values(looks)).size, 3, `the marker follows each theme: ${JSON.stringify(looks)}`);
    assert.match(looks['Dark High Contrast']!, /dashed/);
    await pickThemeAndWait(page, 'Dark Modern', 'vscode-dark');
  });

  it('the mirror gives each question a function and the trio can correct it', async () => {
    const view = webviewFrame(page);
    await view.getByRole('tab', { name: 'Gespreksspiegel' }).click();
    await view.locator('.mirror-functions').waitFor({ timeout: 60000 });
    await view.locator('.mirror-questions details summary').click();
    const select = view.locator('.mirror-correct-function').first();
    const before = await select.inputValue();
    const other = before === 'emotie' ? 'precies' : 'emotie';
    await select.selectOption(other);
    await view.locator('.mirror-corrected').first().waitFor({ timeout: 20000 });
    assert.equal(await view.locator('.mirror-correct-function').first().inputValue(), other);
    await screenshot(page, 'spiegel-corrected');
  });
});
