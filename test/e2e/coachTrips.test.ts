// What a coach tripped over in the usability test, checked in the real workbench: the pinned
// player stays on top while the pane scrolls, the pause-and-tag form opens in view with whole
// labels, a click on Opslaan does not restart playback and focus lands on the new detail, a
// chosen chip keeps its focus ring, and the tab strip shows every label at a common width.
import * as assert from 'assert';
import type { FrameLocator, Page } from 'playwright-core';
import { closeWorkbench, openDemoEditor, screenshot, webviewFrame } from './workbench';

/** The topmost element at the centre of the player's visible box, as the webview paints it. */
async function topmostAtPlayer(view: FrameLocator): Promise<string> {
  return view.locator('body').evaluate(() => {
    const player = document.querySelector('.player')!;
    const r = player.getBoundingClientRect();
    const pane = document.querySelector('.media-pane')!.getBoundingClientRect();
    const top = Math.max(r.top, pane.top);
    const el = document.elementFromPoint(r.left + r.width / 2, top + Math.min(r.height, 60) / 2);
    return el ? (el.closest('.player') ? 'player' : `${el.tagName}.${[...el.classList].join('.')} in ${el.closest('[class]')?.className}`) : 'nothing';
  });
}

describe('what a coach trips over, in the workbench', function () {
  this.timeout(240000);
  let page: Page;
  before(async () => {
    ({ page } = await openDemoEditor('struikelpunten'));
    await page.waitForTimeout(1000);
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'coach-trips');
  });

  it('opens the pause-and-tag form in view below the pinned player, with whole uitgangspunt labels', async () => {
    const view = webviewFrame(page);
    await view.locator('.waveform').focus();
    await page.keyboard.press('t');
    const form = view.locator('.detail-form');
    await form.waitFor({ state: 'visible', timeout: 10000 });
    await page.waitForTimeout(500);
    const box = await view.locator('body').evaluate(() => {
      const f = document.querySelector('.detail-form')!.getBoundingClientRect();
      const p = document.querySelector('.player')!.getBoundingClientRect();
      const pane = document.querySelector('.media-pane')!.getBoundingClientRect();
      const chip = [...document.querySelectorAll<HTMLElement>('.detail-form .chip-text')].find((c) => c.textContent!.startsWith('Nodig de student'))!;
      return { formTop: f.top, playerBottom: p.bottom, paneBottom: pane.bottom, chipText: chip.textContent, chipClipped: chip.scrollWidth > chip.clientWidth + 1 };
    });
    await screenshot(page, 'trips-form-open');
    assert.ok(box.formTop >= box.playerBottom - 1, `the form starts below the pinned player (${box.formTop} vs ${box.playerBottom})`);
    assert.ok(box.formTop < box.paneBottom - 100, `the form starts within the visible pane (${box.formTop} vs ${box.paneBottom})`);
    assert.equal(box.chipText, 'Nodig de student uit tot het vertellen van een recente ervaring');
    assert.ok(!box.chipClipped, 'the label is not cut off');
  });

  it('keeps the pinned player on top of the waveform while Tab scrolls the pane', async () => {
    const view = webviewFrame(page);
    // Tab from the tags through the prompts and the feedback to the question: the pane scrolls.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    const scrolled = await view.locator('.media-pane').evaluate((p) => p.scrollTop);
    assert.ok(scrolled > 0, 'the pane scrolled to the focused field');
    assert.equal(await topmostAtPlayer(view), 'player');
    // And with the mouse wheel over the pane, half-way.
    await view.locator('.media-pane').evaluate((p) => p.scrollTo({ top: p.scrollHeight / 3 }));
    await page.waitForTimeout(300);
    assert.equal(await topmostAtPlayer(view), 'player');
    await screenshot(page, 'trips-scrolled');
  });

  it('a chosen chip and the chosen feedback keep a visible focus ring', async () => {
    const view = webviewFrame(page);
    await view.locator('.detail-form .chip-group').first().locator('button[tabindex="0"]').focus();
    await page.keyboard.press('2');
    // Focus the pressed chip itself with the keyboard (roving focus: arrows move to it).
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) {
      const pressed = await view.locator('.detail-form .toggle-chip:focus').getAttribute('aria-pressed');
      if (pressed === 'true') break;
      await page.keyboard.press('ArrowRight');
    }
    const ring = await view.locator('.detail-form .toggle-chip:focus').evaluate((b) => {
      const s = getComputedStyle(b);
      return { pressed: b.getAttribute('aria-pressed'), style: s.outlineStyle, width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset) };
    });
    assert.equal(ring.pressed, 'true');
    assert.equal(ring.style, 'solid');
    assert.ok(ring.width >= 2 && ring.offset >= 1, JSON.stringify(ring));
    await screenshot(page, 'trips-chip-focus');
  });

  it('a click on Opslaan saves without restarting playback; focus goes to the new detail', async () => {
    const view = webviewFrame(page);
    await view.locator('.detail-form textarea').first().fill('Milan haalt zijn schouders op.');
    const before = await view.locator('.transport .time').textContent();
    await view.locator('.detail-form button[type="submit"]').click();
    await view.locator('.detail-form').waitFor({ state: 'hidden', timeout: 10000 });
    await page.waitForTimeout(1500);
    const after = await view.locator('.transport .time').textContent();
    assert.equal(after, before, 'the playhead did not move: playback did not restart');
    const focused = await view.locator('body').evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { cls: a.className, text: a.textContent ?? '' };
    });
    assert.match(focused.cls, /detail-item/);
    assert.match(focused.text, /Milan haalt zijn schouders op/);
    await screenshot(page, 'trips-saved-focus');
  });

  it('shows every tab label whole at a common width, in two rows if need be', async () => {
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(800);
      const tabs = await webviewFrame(page).locator('.tabs').evaluate((list) => {
        const lr = list.getBoundingClientRect();
        return [...list.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, whole: t.scrollWidth <= t.clientWidth + 1 && r.right <= lr.right + 1 && r.left >= lr.left - 1 };
        });
      });
      await screenshot(page, `trips-tabs-${width}`);
      assert.ok(tabs.some((t) => t.text === 'Gespreksspiegel'));
      for (const t of tabs) assert.ok(t.whole, `${t.text} is cut off at ${width} px`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('asks about names beside the export button; the confirmation is whole and opens the file', async () => {
    const view = webviewFrame(page);
    await view.getByRole('tab', { name: 'Goede vragen' }).click();
    const menu = view.locator('.export-menu');
    await menu.scrollIntoViewIfNeeded();
    await menu.locator('select').selectOption('exportQuestions:md');
    // The demo mentions Ria and mevrouw Bos, who are not in the trio: offered, ticked.
    await menu.locator('.export-others input[value="Ria"]').waitFor({ timeout: 10000 });
    assert.equal(await menu.locator('.export-others input[value="Ria"]').isChecked(), true);
    assert.equal(await menu.locator('input[type="radio"][value="roles"]').isChecked(), true);
    await screenshot(page, 'trips-export-names');
    await menu.locator('.export-row button').click();
    // VS Code's own save dialog (the simple dialog in the browser) asks only where to save.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    // The dialog shows its box first and fills in the proposed path a moment later.
    await page.waitForFunction(() => ((document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value ?? '').endsWith('.md'), undefined, { timeout: 10000 });
    assert.match(await input.inputValue(), /demo-goede-vragen\.md$/);
    await page.keyboard.press('Enter');
    const open = menu.locator('.export-open');
    await open.waitFor({ timeout: 15000 });
    const status = await menu.locator('.export-status').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const panel = el.closest('.tab-body')!.getBoundingClientRect();
      return { text: el.textContent, inside: r.right <= panel.right + 1 && r.left >= panel.left - 1 };
    });
    assert.match(status.text!, /Opgeslagen: demo\.mp4-goede-vragen\.md|Opgeslagen: demo-goede-vragen\.md/);
    assert.ok(status.inside, 'the confirmation is not cut off');
    await menu.locator('.export-status').scrollIntoViewIfNeeded();
    await screenshot(page, 'trips-export-done');
    await open.click();
    await page.locator('.tabs-container .tab').filter({ hasText: 'goede-vragen.md' }).first().waitFor({ timeout: 15000 });
    const text = await page.locator('.monaco-editor .view-lines').first().innerText();
    assert.ok(!/\bRia\b/.test(text), 'Ria was replaced in the exported list');
    await screenshot(page, 'trips-export-opened');
  });

  it('compares the two observatoren by uitgangspunt name, each detail at its own time, kappa only for the expert', async () => {
    // Back from the opened export to the session's editor.
    await page.locator('.tabs-container .tab').filter({ hasText: 'demo.mp4.kleinkijken.json' }).first().click();
    const view = webviewFrame(page);
    await view.locator('.transport').waitFor({ timeout: 30000 });
    await view.getByRole('tab', { name: 'Bespreking' }).click();
    await view.locator('#review-compare-heading button').click();
    const out = view.locator('.review-compare-out');
    await out.locator('.review-table').waitFor({ timeout: 10000 });
    const seen = await out.evaluate((el) => {
      const expert = el.querySelector('details.review-expert');
      const outside = [...el.children].filter((c) => c !== expert).map((c) => c.textContent).join(' ');
      const rows = [...el.querySelectorAll('.review-table tbody th')].map((th) => th.textContent);
      const pairTimes = [...el.querySelectorAll('.review-pairs li')].map((li) => [...li.querySelectorAll('.review-time')].map((b) => b.textContent));
      return { outside, rows, pairTimes, expertOpen: expert ? (expert as HTMLDetailsElement).open : null };
    });
    assert.ok(seen.rows.some((r) => /^Vraag wat er precies gebeurde \(verdiepen\)$/.test(r ?? '')), seen.rows.join(' | '));
    assert.doesNotMatch(seen.outside, /kappa|niet te berekenen|\[\d/i);
    assert.equal(seen.expertOpen, false, 'kappa waits behind its summary');
    for (const times of seen.pairTimes) if (times.length) assert.equal(times.length, 2, 'each observator at their own time');
    await view.locator('#review-compare-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'trips-compare');
    await view.locator('#review-compare-heading button').click();
    await view.locator('#review-rounds-heading button').click();
    await view.locator('#review-rounds-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'trips-round');
  });
});
