// An automated accessibility check of the editor webview in the real workbench: axe-core runs
// inside the webview's content frame, on each tab, in a light, a dark and a high-contrast theme.
// Serious and critical violations fail the test with the rule, the element and axe's own help.
import * as assert from 'assert';
import * as fs from 'fs';
import type { Frame, Page } from 'playwright-core';
import { closeWorkbench, openDemoEditor, pickTheme, screenshot, webviewFrame } from './workbench';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const THEMES = ['Light Modern', 'Dark Modern', 'Dark High Contrast'];
const TABS = ['Transcript', 'Details', 'Goede vragen', 'Bespreking', 'Gespreksspiegel'];

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The webview's content frame as a Playwright Frame (axe must run inside it, not in the workbench). */
async function contentFrame(page: Page): Promise<Frame> {
  const handle = await page.frameLocator('iframe.webview').last().locator('#active-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the Klein Kijken webview has no content frame');
  return frame;
}

/**
 * Runs axe in the frame. The webview's CSP allows only its own nonce'd script, so axe is evaluated
 * through the debugging protocol (as the browser's devtools would), not added as a script tag.
 */
async function axeFindings(frame: Frame): Promise<Finding[]> {
  const loaded = await frame.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await frame.evaluate(`${AXE}\n;undefined`);
  return frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

describe('accessibility of the editor (axe-core, every tab, three themes)', function () {
  this.timeout(300000);
  let page: Page;
  before(async () => {
    ({ page } = await openDemoEditor('toegankelijk'));
  });
  after(async () => {
    if (page) {
      await pickTheme(page, 'Dark Modern');
      await closeWorkbench(page, 'accessibility');
    }
  });

  for (const theme of THEMES) {
    it(`has no serious or critical violations in ${theme}`, async () => {
      await pickTheme(page, theme);
      const view = webviewFrame(page);
      const frame = await contentFrame(page);
      const serious: string[] = [];
      let checked = 0;
      for (const tab of TABS) {
        await view.getByRole('tab', { name: tab }).click();
        await view.locator(`[role="tabpanel"]:not([hidden])`).first().waitFor({ timeout: 10000 });
        // The mirror is computed by the host: wait for its figures before checking them.
        if (tab === 'Gespreksspiegel') await view.locator('.mirror-panel svg').first().waitFor({ state: 'attached', timeout: 30000 });
        // Sections of the review tab open, so their forms and tables are checked too.
        if (tab === 'Bespreking') {
          const closed = view.locator('.review-toggle[aria-expanded="false"]');
          for (let i = 0; i < 20 && (await closed.count()) > 0; i++) await closed.first().click();
        }
        await page.waitForTimeout(300);
        const findings = await axeFindings(frame);
        checked++;
        for (const f of findings) if (f.impact === 'serious' || f.impact === 'critical') serious.push(`${tab}: ${f.rule} (${f.impact}) — ${f.help}\n    ${f.targets.join('\n    ')}`);
      }
      await screenshot(page, `a11y-${theme.toLowerCase().replace(/\s+/g, '-')}`);
      assert.equal(checked, TABS.length);
      assert.deepEqual(serious, [], `axe found in ${theme}:\n${serious.join('\n')}`);
    });
  }
});
