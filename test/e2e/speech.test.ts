// Transcript maken as a coach meets it in the real workbench: the offer on an empty Transcript tab,
// what happens without a speech model, and "wie is wie?" with clickable words after an import.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { newSession } from '../../src/core/session/newSession';
import { serializeSession } from '../../src/core/session/sessionFile';
import { transcriptImportEdit } from '../../src/core/speech/transcriptImport';
import { applyEdit } from '../../src/core/session/edits';
import { quickHash } from '../../src/media/quickHash';
import { makeDutchSpeech } from '../fixtures/speech/dutchSpeech';
import { closeWorkbench, openSessionFromExplorer, openWorkbench, runCommand, screenshot, tempWorkspace, waitForExtension, webviewFrame } from './workbench';

describe('Transcript maken in the workbench', function () {
  this.timeout(240000);
  let page: Page;
  let spans: { start: number; end: number }[];
  let autoIds: string[];

  before(async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-speech-'));
    const talk = makeDutchSpeech(tmp, 'gesprek');
    spans = talk.spans;
    const wav = fs.readFileSync(talk.wav);
    const { hash, size } = await quickHash(talk.wav);
    const ref = { path: 'gesprek.wav', size, quickHash: hash, durationSec: talk.durationSec };
    const empty = newSession(ref, 'Gesprek zonder transcript');
    // What an import leaves behind (the pure builder the command uses), with word times on each row.
    const words = (text: string, start: number, end: number) => {
      const parts = text.split(' ');
      const step = (end - start) / parts.length;
      return parts.map((w, i) => ({ start: start + i * step, end: start + (i + 1) * step, text: w }));
    };
    const texts = ['Vertel eens, wat gebeurde er precies in de les?', 'Ik weet het niet goed, ik baalde ervan.', 'Wat deed dat met je?'];
    const recognised = talk.spans.map((s, i) => ({ start: s.start, end: s.end, speaker: i % 2, text: texts[i]!, words: words(texts[i]!, s.start, s.end) }));
    const base = newSession(ref, 'Gesprek met automatisch transcript');
    const imported = transcriptImportEdit(base, recognised, { mode: 'replace', lang: 'nl' });
    autoIds = imported.speakers.map((x) => x.id);
    const done = applyEdit(base, imported.edit).session;
    const folder = tempWorkspace({ 'gesprek.wav': wav, 'gesprek.wav.kleinkijken.json': serializeSession(empty), 'herkend.kleinkijken.json': serializeSession(done) }, 'spraak');
    fs.rmSync(tmp, { recursive: true, force: true });
    page = await openWorkbench({ folder });
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'speech');
  });

  it('offers Transcript maken on an empty transcript; without a model it says which setting and command', async () => {
    await waitForExtension(page);
    await openSessionFromExplorer(page, 'gesprek.wav.kleinkijken.json');
    await page.keyboard.press('Control+Alt+KeyB');
    const view = webviewFrame(page);
    const make = view.locator('[data-action="make-transcript"]');
    await make.waitFor({ timeout: 30000 });
    assert.match((await make.textContent()) ?? '', /Transcript maken/);
    await screenshot(page, 'speech-empty-transcript');
    await make.click();
    // Headless, the workbench puts notifications in the notification centre without a toast: open it.
    const toast = page.locator('.notification-list-item').filter({ hasText: 'Er is nog geen spraakmodel gekozen' });
    const bell = page.locator('.statusbar-item').filter({ has: page.locator('.codicon-bell-dot') }).first();
    await bell.waitFor({ timeout: 30000 });
    // The bell, not F1: the click above left the focus in the webview, and the command palette
    // opened from there can be closed again at once when the webview takes its focus back.
    await bell.click();
    await toast.first().waitFor({ timeout: 30000 });
    await screenshot(page, 'speech-no-model');
    assert.match((await toast.first().textContent()) ?? '', /kleinKijken\.spraak\.model/);
    assert.ok(await toast.first().locator('.monaco-button').filter({ hasText: 'Spraakmodel kiezen…' }).count());
  });

  it('wie is wie lists the automatic voices, and a click on a word plays from there', async () => {
    await runCommand(page, 'Notifications: Clear All Notifications');
    await openSessionFromExplorer(page, 'herkend.kleinkijken.json');
    const view = webviewFrame(page);
    await view.locator('.kk-tr-word').first().waitFor({ timeout: 30000 });
    await view.locator('.player audio, .player video').first().waitFor({ state: 'attached', timeout: 60000 });
    // What the host sends right after an import (the 'whoIsWho' view command), delivered to the
    // page the way VS Code delivers the host's messages: a message event on the webview's window.
    await view.locator('#app').evaluate((el, ids) => el.ownerDocument.defaultView!.dispatchEvent(new MessageEvent('message', { data: { type: 'command', command: { kind: 'whoIsWho', speakerIds: ids } } })), autoIds);
    const who = view.locator('.kk-tr-who');
    await who.waitFor({ timeout: 10000 });
    assert.equal(await who.locator('.kk-tr-who-row').count(), 2);
    await screenshot(page, 'speech-who-is-who');
    await who.locator('select').first().selectOption('begeleider');
    await view.locator('.kk-tr-row .kk-tr-speaker').filter({ hasText: 'Begeleider' }).first().waitFor({ timeout: 10000 });
    // A word in the second row: the playhead goes there, so that row becomes the current one.
    await view.locator('.kk-tr-row').nth(1).locator('.kk-tr-word').nth(3).click();
    await view.locator('.kk-tr-row.is-current').nth(0).waitFor({ timeout: 10000 });
    const current = await view.locator('.kk-tr-row.is-current .kk-tr-text').textContent();
    assert.match(current ?? '', /baalde/);
    assert.ok(spans.length === 3);
    await screenshot(page, 'speech-words');
  });
});
