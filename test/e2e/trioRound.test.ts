// A whole trio round driven through the real webview in the workbench, as a trio at one laptop
// would do it: three people set up in the Bespreking tab, the leervraag, lenses, the guided
// round's steps with their notes, two details paused and tagged with the product's keys (author
// 2 or 3, T, the uitgangspunt's number), a good question put on the list, Ctrl+S. The session
// FILE is then read back and must hold exactly that. Then *Volgende ronde*: the next member's
// own session opens with the same three people, roles moved on, and the first file is unchanged.
// No edit is written by the test itself: everything goes webview → host → document → file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { formatClock } from '../../src/core/text/time';
import { closeWorkbench, openDemoEditor, pickThemeAndWait, ROOT, screenshot, webviewFrame } from './workbench';

interface FileNote { kind: string; authorId: string | null; time: number | null; text: string }
interface FileDetail { id: string; authorId: string | null; tags: string[]; start: number; end: number | null; see: string; feedback: string | null; question: { text: string; type: string } | null }
interface FileSession {
  participants: { id: string; name: string; role: string; colour: string; lens: string[] }[];
  details: FileDetail[];
  questions: { text: string; type: string; proposedBy: string | null; source: string; detailId: string | null; time: number | null; tags: string[] }[];
  notes: FileNote[];
  review: { leervraag: string; leervraagHistory: { text: string }[] };
}

const demoBytes = (f: string) => fs.readFileSync(path.join(ROOT, 'media', 'demo', f));

/** The demo session with its trio work taken out: a recording and transcript, nobody set up yet. */
function freshSession(id: string, title: string, recording: string): string {
  const s = JSON.parse(demoBytes('demo.mp4.kleinkijken.json').toString('utf8'));
  Object.assign(s, { id, title, participants: [], details: [], questions: [], notes: [], fragments: [] });
  s.recording.path = recording;
  s.review = { leervraag: '', leervraagHistory: [], context: { opleiding: '', leerjaar: '', niveau: '', aanleiding: '', voorafgaand: '', plek: '' }, focus: [] };
  return JSON.stringify(s, null, 2) + '\n';
}

/** Reads the session file until `ready` holds (the save is asynchronous to the key press). */
async function savedSession(page: Page, file: string, ready: (s: FileSession) => boolean): Promise<FileSession> {
  const deadline = Date.now() + 15000;
  let s = JSON.parse(fs.readFileSync(file, 'utf8')) as FileSession;
  while (!ready(s) && Date.now() < deadline) {
    await page.waitForTimeout(300);
    s = JSON.parse(fs.readFileSync(file, 'utf8')) as FileSession;
  }
  return s;
}

/** Picks who speaks in a note field, types the note and presses Enter; waits until it is listed. */
async function note(page: Page, view: FrameLocator, box: string, author: string, text: string): Promise<void> {
  await view.locator(`${box} .review-note-author`).selectOption({ label: author });
  await view.locator(`${box} .review-note-text`).focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await view.locator(`${box} .review-note-body`, { hasText: text }).waitFor({ timeout: 10000 });
}

const playhead = (view: FrameLocator) => view.locator('.player video').evaluate((v: HTMLVideoElement) => v.currentTime);

/**
 * Pause and tag by keyboard: the author's number key and T on the player (VS Code keybindings),
 * the uitgangspunt's number and the feedback's letter (g goed, k kan beter) in the form, Tab to
 * "Wat zie je?", type, then Enter saves (and plays on). Returns the playhead when the form
 * opened and the time its title showed.
 */
async function pauseAndTag(page: Page, view: FrameLocator, keys: { author: string; tag: string; feedback: string }, see: string, question?: string): Promise<{ at: number; title: string }> {
  await view.locator('.waveform').focus();
  await page.keyboard.press(keys.author);
  await page.keyboard.press('t');
  const form = view.locator('.detail-form');
  await form.waitFor({ state: 'visible', timeout: 10000 });
  const at = await playhead(view);
  const title = (await form.locator('.df-title').textContent()) ?? '';
  await page.keyboard.press(keys.tag);
  await page.keyboard.press(keys.feedback);
  await page.keyboard.press('Tab');
  await page.keyboard.type(see);
  if (question) {
    await form.locator('.df-question input').focus();
    await page.keyboard.type(question);
  }
  await page.keyboard.press('Enter');
  await form.waitFor({ state: 'hidden', timeout: 10000 });
  return { at, title };
}

describe('a whole trio round through the webview', function () {
  this.timeout(300000);
  let page: Page;
  let folder: string;
  before(async () => {
    ({ page, folder } = await openDemoEditor('drietal-ronde', {
      'demo.mp4.kleinkijken.json': freshSession('s0e2e0trio0sanne00001', 'Gesprek van Sanne', 'demo.mp4'),
      // Ruben's own recording (the same generated clip under his name) and its empty session.
      'ruben.mp4': demoBytes('demo.mp4'),
      'ruben.mp4.kleinkijken.json': freshSession('s0e2e0trio0ruben00002', 'Gesprek van Ruben', 'ruben.mp4'),
    }));
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'trio-round');
  });

  it('records set-up, lenses, notes, two tagged details and a good question, and the file holds exactly that; the next round rotates without touching it', async () => {
    const view = webviewFrame(page);
    const first = path.join(folder, 'demo.mp4.kleinkijken.json');
    await view.getByRole('tab', { name: 'Bespreking' }).click();

    // Voorbereiding: three people by name; the product gives them a, b and c in turn.
    const newName = view.getByRole('textbox', { name: 'Naam van de nieuwe deelnemer' });
    for (const [i, name] of ['Sanne', 'Ruben', 'Ilse'].entries()) {
      await newName.focus();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await view.locator('.review-participant').nth(i).waitFor({ timeout: 10000 });
    }
    assert.deepEqual(await view.locator('.review-participant select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)), ['a', 'b', 'c']);
    await view.locator('#review-leervraag').focus();
    await page.keyboard.type('Hoe vraag ik door?');
    await page.keyboard.press('Enter');

    // Kijkopdrachten: Ruben (b) looks through 2 and 6, Ilse (c) through 3; chips pressed by keyboard.
    await view.locator('.review-section.review-lens .review-toggle').click();
    const lensOf = (i: number, tag: string) => view.locator('.review-observers .review-lens').nth(i).locator(`[data-tag="${tag}"]`);
    for (const [i, tag] of [[0, 'u2'], [0, 'u6'], [1, 'u3']] as const) {
      await lensOf(i, tag).focus();
      await page.keyboard.press('Space');
      await view.locator('.review-observers .review-lens').nth(i).locator(`[data-tag="${tag}"][aria-pressed="true"]`).waitFor({ timeout: 10000 });
    }

    // The guided round: each step's note field sits under its timer.
    const rounds = '.review-section.review-rounds';
    await view.locator(`${rounds} .review-toggle`).click();
    await view.locator(rounds).getByRole('button', { name: 'Ronde starten' }).click();
    const nextStep = () => view.locator(rounds).getByRole('button', { name: 'Volgende stap' }).click();
    // 1 Context: b asks for clarification.
    await note(page, view, `${rounds} .review-notebox-verduidelijking`, 'Ruben (b)', 'Was dit jullie eerste gesprek?');
    // 2 Eerste keer kijken: play a moment, pause, c notes what she saw at that moment.
    await nextStep();
    await view.locator('.transport').getByRole('button', { name: 'Afspelen' }).click();
    await page.waitForTimeout(2000);
    await view.locator('.transport').getByRole('button', { name: 'Pauzeren' }).click();
    const seenAt = await playhead(view);
    await note(page, view, `${rounds} .review-notebox-observation`, 'Ilse (c)', 'Milan kijkt naar de grond als hij over school praat.');
    // 3 a reacts and sharpens the leervraag (the earlier wording is kept).
    await nextStep();
    await view.locator('#review-leervraag').focus();
    // Select the old wording inside the field (VS Code answers Ctrl+A in a webview a moment later,
    // after the first typed letter, which a test types faster than a person).
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('Hoe vraag ik door zonder zelf in te vullen?');
    await page.keyboard.press('Enter');
    // 4 Tweede keer kijken: pause and tag, once as b (u2), once as c (u3) with a suggested question.
    await nextStep();
    await view.locator('.transport').getByRole('button', { name: 'Afspelen' }).click();
    await page.waitForTimeout(1500);
    const byB = await pauseAndTag(page, view, { author: '2', tag: '2', feedback: 'g' }, 'Sanne benoemt de boosheid van Milan.');
    await page.waitForTimeout(1500);
    const byC = await pauseAndTag(page, view, { author: '3', tag: '3', feedback: 'k' }, 'Sanne vraagt wat er precies gebeurde.', 'Wat deed je op dat moment?');
    await view.locator('.transport').getByRole('button', { name: 'Pauzeren' }).click();
    // The good question: c's suggestion goes on the list from the details tab (the tab T showed).
    await view.getByRole('button', { name: 'Goede vraag: zet de voorgestelde vraag op de lijst' }).click();
    await view.getByRole('tab', { name: 'Bespreking' }).click();
    // 5 Feedback: a replies.
    await nextStep();
    await note(page, view, `${rounds} .review-notebox-reactie`, 'Sanne (a)', 'Het doorvragen bij "ik weet het niet" herken ik.');
    // 6 Goede vragen, 7 Feedforward: b closes with a concrete next step for a.
    await nextStep();
    await nextStep();
    await note(page, view, `${rounds} .review-notebox-feedforward`, 'Ruben (b)', 'Vraag volgende keer eerst wat er precies gebeurde.');
    await nextStep();
    await view.locator(rounds).getByText('Volgende ronde: b wordt a', { exact: false }).waitFor({ timeout: 10000 });

    await page.keyboard.press('Control+KeyS');
    const s = await savedSession(page, first, (x) => x.notes.length === 4 && x.questions.length === 1 && x.details.length === 2);
    const id = (name: string) => s.participants.find((p) => p.name === name)!.id;
    assert.deepEqual(s.participants.map((p) => [p.name, p.role, p.lens]), [['Sanne', 'a', []], ['Ruben', 'b', ['u2', 'u6']], ['Ilse', 'c', ['u3']]]);
    assert.equal(new Set(s.participants.map((p) => p.colour)).size, 3, 'each has a colour of their own');
    assert.equal(s.review.leervraag, 'Hoe vraag ik door zonder zelf in te vullen?');
    assert.deepEqual(s.review.leervraagHistory.map((h) => h.text), ['Hoe vraag ik door?']);
    const notes = s.notes.map((n) => [n.kind, n.authorId, n.text]);
    assert.deepEqual(notes, [
      ['verduidelijking', id('Ruben'), 'Was dit jullie eerste gesprek?'],
      ['observation', id('Ilse'), 'Milan kijkt naar de grond als hij over school praat.'],
      ['reactie', id('Sanne'), 'Het doorvragen bij "ik weet het niet" herken ik.'],
      ['feedforward', id('Ruben'), 'Vraag volgende keer eerst wat er precies gebeurde.'],
    ]);
    const obs = s.notes[1]!;
    assert.ok(obs.time !== null && Math.abs(obs.time - seenAt) <= 0.06, `the observation carries the paused moment (${obs.time} vs ${seenAt})`);
    assert.ok(s.notes.filter((n) => n.kind !== 'observation').every((n) => n.time === null), 'only the viewing note has a moment');
    const [d1, d2] = [...s.details].sort((x, y) => x.start - y.start);
    assert.deepEqual([d1!.authorId, d1!.tags, d1!.feedback, d1!.see, d1!.end, d1!.question], [id('Ruben'), ['u2'], 'goed', 'Sanne benoemt de boosheid van Milan.', null, null]);
    assert.deepEqual([d2!.authorId, d2!.tags, d2!.feedback, d2!.see, d2!.end, d2!.question], [id('Ilse'), ['u3'], 'beter', 'Sanne vraagt wat er precies gebeurde.', null, { text: 'Wat deed je op dat moment?', type: 'verdiepend' }]);
    for (const [d, tagged] of [[d1!, byB], [d2!, byC]] as const) {
      assert.ok(Math.abs(d.start - tagged.at) <= 0.01, `the detail sits where the video was paused (${d.start} vs ${tagged.at})`);
      assert.ok(tagged.title.includes(formatClock(tagged.at)), `the form named that moment: ${tagged.title}`);
    }
    assert.ok(d1!.start > seenAt && d2!.start > d1!.start, 'tagged in the order they were seen');
    assert.deepEqual(s.questions.map((q) => [q.text, q.type, q.proposedBy, q.source, q.detailId, q.time, q.tags]), [
      ['Wat deed je op dat moment?', 'verdiepend', id('Ilse'), 'detail', d2!.id, d2!.start, ['u3']],
    ]);

    // The good question in the Vragenbank, with what it does in the method ("wat deed je" asks
    // what exactly happened: precies).
    await page.locator('.activitybar .action-item a[aria-label^="Klein Kijken"]').click();
    const bankRow = page.locator('.pane-body .monaco-list-row', { hasText: 'Wat deed je op dat moment?' });
    await bankRow.waitFor({ timeout: 20000 });
    assert.equal((await bankRow.locator('.label-description').textContent())?.trim(), 'voorgesteld · precies');
    await screenshot(page, 'trio-round-vragenbank');

    // How a coach sees the Bespreking tab after the round, in a light and a dark theme: the
    // set-up, the finished round, and the feedback for a with the notes.
    await view.locator('.review-section.review-feedback .review-toggle').click();
    await view.locator('.review-fb-tag[data-tag="u2"] .review-fb-goed').waitFor({ timeout: 10000 });
    for (const [theme, bodyClass, name] of [['Light Modern', 'vscode-light', 'light'], ['Dark Modern', 'vscode-dark', 'dark']] as const) {
      await pickThemeAndWait(page, theme, bodyClass);
      await view.locator('.review-section.review-setup').scrollIntoViewIfNeeded();
      await view.locator('.review-section.review-setup .review-toggle').scrollIntoViewIfNeeded();
      await screenshot(page, `trio-round-setup-${name}`);
      await view.locator(`${rounds} .review-toggle`).scrollIntoViewIfNeeded();
      await screenshot(page, `trio-round-review-${name}`);
      await view.locator('.review-section.review-feedback .review-notebox-feedforward').scrollIntoViewIfNeeded();
      await screenshot(page, `trio-round-feedback-${name}`);
    }

    // Volgende ronde: Ruben brings his own recording; the host asks which, and opens it.
    const saved = fs.readFileSync(first);
    await view.locator(rounds).getByRole('button', { name: 'Volgende ronde: b wordt a, met een eigen opname' }).click();
    const pick = page.locator('.quick-input-widget');
    await pick.getByText('Welke opname brengt Ruben in?').waitFor({ timeout: 20000 });
    await pick.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Gesprek van Ruben' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'ruben.mp4.kleinkijken.json' }).waitFor({ timeout: 30000 });
    const next = webviewFrame(page);
    await next.getByRole('tab', { name: 'Bespreking' }).click();
    await next.locator('.review-participant').nth(2).waitFor({ timeout: 30000 });
    assert.deepEqual(await next.locator('.review-participant select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)), ['c', 'a', 'b'], 'Sanne c, Ruben a, Ilse b');
    await screenshot(page, 'trio-round-next');
    await page.keyboard.press('Control+KeyS');
    const second = await savedSession(page, path.join(folder, 'ruben.mp4.kleinkijken.json'), (x) => x.participants.length === 3);
    assert.deepEqual(
      second.participants.map((p) => [p.id, p.name, p.role, p.colour]),
      s.participants.map((p) => [p.id, p.name, ({ a: 'c', b: 'a', c: 'b' } as Record<string, string>)[p.role], p.colour]),
      'the same people, ids and colours, roles moved on',
    );
    assert.deepEqual([second.details.length, second.notes.length, second.questions.length], [0, 0, 0], 'Ruben\'s round starts empty');
    assert.ok(fs.readFileSync(first).equals(saved), 'the first round\'s file is unchanged by the rotation');
  });
});
