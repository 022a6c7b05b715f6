// Faults of streamed playback as the coach sees them in the real workbench (issue 15): the
// stream's ffmpeg dies (a banner in Dutch offers the whole-file copy, which then plays from the
// same moment), the recording disappears while it streams (the relink banner, and every detail
// stays), and the background copy's Cancel in the notification centre (the copy stops and its
// partial file goes, playback goes on, the next open streams again). ffmpeg processes are found
// in /proc by their arguments: they are children of the server's extension host, not of this test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { closeWorkbench, noteDetailByKeyboard, openSessionFromExplorer, openWorkbench, ROOT, runCommand, screenshot, tempWorkspace, waitForExtension, webviewFrame } from './workbench';
import { ffmpegProcesses, hevcRecording, longHevcRecording, READ_TIMECODE_JS, sessionFor, uniqueCopy } from '../integration/streamMedia';

const TEMPLATE = path.join(ROOT, 'media', 'demo', 'demo.mp4.kleinkijken.json');

/** A session in `folder` beside a copy of `source` named `name` that no cache has seen. */
function freshSession(folder: string, source: string, name: string): { recording: string; session: string } {
  const tmp = path.join(folder, `bron-${name}`);
  uniqueCopy(source, tmp);
  const session = sessionFor(folder, tmp, name, TEMPLATE);
  fs.rmSync(tmp);
  return { recording: path.join(folder, name), session };
}

/** The ffmpeg processes working on `file`, by role (their arguments say which). */
function ffmpegFor(file: string) {
  const all = ffmpegProcesses().filter((p) => p.cmd.includes(file));
  return {
    all,
    video: all.filter((p) => p.cmd.includes('frag_keyframe') && !p.cmd.includes('.partial-')),
    audio: all.filter((p) => p.cmd.includes('libmp3lame') && !p.cmd.includes('.partial-')),
    background: all.filter((p) => p.cmd.includes('.partial-')),
  };
}

async function waitFor<T>(what: string, fn: () => Promise<T | null | false | undefined> | T | null | false | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown = null;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last as T;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Runs in the page: the playhead, whether it plays, and what the shown video plays from. */
const readPlayer = new Function('player', `const readFrame = ${READ_TIMECODE_JS};
  const clock = player.querySelector('[data-stream="clock"]') || player.querySelector('audio, video');
  const video = player.querySelector('video');
  return { clock: clock.currentTime, paused: clock.paused, streaming: !!player.querySelector('[data-stream]'),
    videoSrc: video ? video.getAttribute('src') || '' : '', videoTime: video ? video.currentTime : null,
    videoReady: video ? video.readyState : 0, videoSeeking: video ? video.seeking : false, frame: video ? readFrame(video) : null,
    source: video ? video.dataset.source || '' : '', videoBuffered: video ? Array.from({ length: video.buffered.length }, (_, i) => [video.buffered.start(i), video.buffered.end(i)]) : [] };`) as (p: Element) => {
  clock: number;
  paused: boolean;
  streaming: boolean;
  videoSrc: string;
  videoTime: number | null;
  videoReady: number;
  videoSeeking: boolean;
  frame: number | null;
  /** Where the picture's data comes from now: 'copy' (the background copy's file) or 'ffmpeg'. */
  source: string;
  videoBuffered: number[][];
};

const player = (view: FrameLocator) => view.locator('.player').evaluate(readPlayer);

async function openStreaming(page: Page, sessionName: string): Promise<FrameLocator> {
  await openSessionFromExplorer(page, sessionName);
  const view = webviewFrame(page);
  await view.locator('.player video[data-stream="follower"]').waitFor({ state: 'attached', timeout: 60000 });
  return view;
}

async function playUntil(view: FrameLocator, sec: number): Promise<void> {
  await view.locator('.transport button[aria-label="Afspelen"]').click();
  await waitFor(`the playhead past ${sec} s`, async () => (await player(view)).clock > sec, 90000);
}

async function closeEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await page.locator('iframe.webview').first().waitFor({ state: 'detached', timeout: 30000 });
}

const bannerOf = (view: FrameLocator, id: string) => view.locator(`.banner[data-problem="${id}"]`);

describe('stream faults in the workbench', function () {
  this.timeout(420000);
  let page: Page;
  let folder: string;
  let breekt: { recording: string; session: string };
  let weg: { recording: string; session: string };
  let lang: { recording: string; session: string };
  let kopie: { recording: string; session: string };
  before(async () => {
    folder = tempWorkspace({}, 'opnames');
    // Long enough that the sound's ffmpeg is still there (paused 2 minutes ahead) when it is killed.
    breekt = freshSession(folder, longHevcRecording(900, 60, 640, 360), 'breekt.mov');
    weg = freshSession(folder, hevcRecording(180), 'weg.mov');
    // Long enough that the copy still runs when it is killed, after the picture moved to its file.
    kopie = freshSession(folder, longHevcRecording(900, 60, 640, 360), 'kopie.mov');
    // Long enough that its background copy (nice 10, two threads) is still running when cancelled.
    lang = freshSession(folder, longHevcRecording(900, 60, 640, 360), 'lang.mov');
    page = await openWorkbench({ folder });
    await waitForExtension(page);
    // Room for the editor, as a coach would make it: close the chat side bar (a toggle: once).
    await page.keyboard.press('Control+Alt+KeyB');
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'stream-faults');
  });

  it('ffmpeg dies mid-stream: a Dutch banner offers the whole-file copy, which plays on from the same moment', async () => {
    const view = await openStreaming(page, 'breekt.mov.kleinkijken.json');
    await playUntil(view, 3);
    // The sound's ffmpeg: it runs for the whole stream (the picture may already come from the
    // background copy's file, see the test below).
    const victim = await waitFor('the sound stream ffmpeg', () => ffmpegFor(breekt.recording).audio[0], 30000);
    process.kill(victim.pid, 'SIGKILL');
    const banner = bannerOf(view, 'stream-failed');
    await banner.waitFor({ timeout: 30000 });
    assert.strictEqual(
      await banner.locator('.banner-text').textContent(),
      'Het meteen afspelen is onderbroken (geluid). Een afspeelkopie van de hele opname maken duurt langer, maar speelt daarna zeker af.',
    );
    assert.strictEqual(await banner.getAttribute('role'), 'alert');
    await screenshot(page, 'stream-fault-banner');
    // The coach pauses to read the banner, then takes its offer.
    await view.locator('.transport button[aria-label="Pauzeren"]').click();
    const at = await waitFor('the paused playhead', async () => {
      const p = await player(view);
      return p.paused ? p : null;
    }, 10000);
    const offer = banner.getByRole('button', { name: 'Afspeelkopie maken' });
    assert.strictEqual(await offer.textContent(), 'Afspeelkopie maken');
    await offer.click();
    // The copy replaces the stream: a plain <video> with the cached copy as its source, at the same moment.
    const copy = await waitFor('the whole-file copy in a <video> at the paused moment', async () => {
      const p = await player(view);
      // Settled: metadata in, the move to the kept position done, a frame drawn.
      return !p.streaming && p.videoSrc.includes('.proxy.') && p.videoReady >= 2 && !p.videoSeeking && p.frame !== null ? p : null;
    }, 300000);
    assert.ok(Math.abs(copy.clock - at.clock) < 0.3, `the copy starts where playback paused: ${copy.clock} s vs ${at.clock} s`);
    assert.ok(Math.abs(copy.frame! - at.clock) < 0.6, `the copy shows the paused moment: frame ${copy.frame} s vs ${at.clock} s`);
    assert.strictEqual(await bannerOf(view, 'stream-failed').count(), 0, 'the banner is gone once the copy plays');
    await screenshot(page, 'stream-fault-copy');
    await view.locator('.transport button[aria-label="Afspelen"]').click();
    const playing = await waitFor('the copy playing on', async () => {
      const p = await player(view);
      return !p.paused && p.clock > at.clock + 1.5 && p.frame !== null && Math.abs(p.frame - p.clock) < 0.6 ? p : null;
    }, 60000);
    assert.ok(playing.videoSrc.includes('.proxy.'));
    assert.deepStrictEqual(ffmpegFor(breekt.recording).video.concat(ffmpegFor(breekt.recording).audio), [], 'no stream ffmpeg is left');
    await closeEditors(page);
  });

  it('the background copy dies while the picture plays from its file: ffmpeg takes the picture over, no banner', async () => {
    const view = await openStreaming(page, 'kopie.mov.kleinkijken.json');
    await playUntil(view, 1);
    const copying = await waitFor('the background copy ffmpeg', () => ffmpegFor(kopie.recording).background[0], 120000);
    // The copy makes picture faster than it plays: the picture's own ffmpeg stops and the copy's file feeds it.
    await waitFor('the picture from the copy', async () => (await player(view)).source === 'copy', 120000);
    await waitFor('no picture ffmpeg besides the copy', () => ffmpegFor(kopie.recording).video.length === 0, 30000);
    process.kill(copying.pid, 'SIGKILL');
    // The copy's file goes with it: the picture's own ffmpeg starts again where the picture from the
    // copy ends (it waits, paused, until the playhead comes near that).
    await waitFor('a picture ffmpeg again', () => ffmpegFor(kopie.recording).video.length > 0, 30000);
    // Ahead, past everything the copy made, the picture is ffmpeg's own, and in step.
    const before = await player(view);
    const end = Math.max(...before.videoBuffered.map((r) => r[1]!));
    const target = Math.ceil((end + 20) / 60) * 60 + 20.5;
    await view.locator('.player [data-stream="clock"]').evaluate((a, t) => ((a as HTMLMediaElement).currentTime = t), target);
    const on = await waitFor('sound and picture playing on after the jump, the picture from ffmpeg, in step', async () => {
      const p = await player(view);
      // The burnt-in time code counts within each minute of this recording.
      return p.source === 'ffmpeg' && !p.paused && p.clock > target + 2 && p.frame !== null && Math.abs(p.frame - (p.clock % 60)) < 0.6 ? p : null;
    }, 60000);
    assert.ok(on.streaming);
    assert.ok(ffmpegFor(kopie.recording).video.length > 0, 'a picture ffmpeg runs again');
    assert.strictEqual(await view.locator('.banner').count(), 0, 'no banner: the coach sees nothing of it');
    await closeEditors(page);
    await waitFor('every ffmpeg of the closed editor gone', () => ffmpegFor(kopie.recording).all.length === 0, 30000);
  });

  it('the recording removed while streaming: the relink banner, and the detail made before is kept', async () => {
    const view = await openStreaming(page, 'weg.mov.kleinkijken.json');
    await playUntil(view, 2);
    const before = JSON.parse(fs.readFileSync(weg.session, 'utf8')).details.length;
    // A detail by keyboard, as a coach notes one, saved with Ctrl+S.
    await noteDetailByKeyboard(page, '3', 'Student zucht en kijkt naar de tafel.');
    await page.keyboard.press('Control+KeyS');
    const saved = await waitFor('the detail saved', () => {
      const s = JSON.parse(fs.readFileSync(weg.session, 'utf8'));
      return s.details.length > before ? s : null;
    }, 15000);
    assert.ok(saved.details.some((d: { see: string }) => d.see === 'Student zucht en kijkt naar de tafel.'));

    // The recording goes (a stick pulled, a file moved) and the coach jumps ahead.
    fs.renameSync(weg.recording, path.join(folder, 'ergens-anders.mov.bak'));
    await view.locator('.player [data-stream="clock"]').evaluate((a) => ((a as HTMLMediaElement).currentTime = 150));
    const banner = bannerOf(view, 'recording-missing');
    await banner.waitFor({ timeout: 30000 });
    assert.strictEqual(
      await banner.locator('.banner-text').textContent(),
      'De opname is weggehaald of verplaatst terwijl die afspeelde. Transcript en aantekeningen werken gewoon.',
    );
    const relink = banner.getByRole('button', { name: 'Opname opnieuw koppelen…' });
    assert.strictEqual(await relink.textContent(), 'Opname opnieuw koppelen…');
    await screenshot(page, 'stream-fault-removed');
    // Nothing the coach made is lost: the detail is in the list and on disk; editing and saving go on.
    await view.getByRole('tab', { name: 'Details' }).click();
    await view.locator('#panel-details').getByText('Student zucht en kijkt naar de tafel.').first().waitFor({ timeout: 10000 });
    await noteDetailByKeyboard(page, '6', 'Begeleider laat de stilte bestaan.');
    await page.keyboard.press('Control+KeyS');
    const after = await waitFor('the second detail saved', () => {
      const s = JSON.parse(fs.readFileSync(weg.session, 'utf8'));
      return s.details.some((d: { see: string }) => d.see === 'Begeleider laat de stilte bestaan.') ? s : null;
    }, 15000);
    assert.ok(after.details.some((d: { see: string }) => d.see === 'Student zucht en kijkt naar de tafel.'), 'the first detail survived');
    assert.strictEqual(after.details.length, before + 2);
    assert.strictEqual(after.recording.path, 'weg.mov', 'the session still names its recording');
    // The banner's button asks which recording to link (the workbench's file picker).
    await relink.click();
    await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 15000 });
    await screenshot(page, 'stream-fault-relink-picker');
    await page.keyboard.press('Escape');
    await closeEditors(page);
    await waitFor('no ffmpeg left for the removed recording', () => ffmpegProcesses().every((p) => !p.cmd.includes(weg.recording)), 30000);
  });

  it('Cancel of the background copy stops its ffmpeg and partial file; playback goes on; the next open streams and copies again', async () => {
    const view = await openStreaming(page, 'lang.mov.kleinkijken.json');
    await playUntil(view, 1);
    const copying = await waitFor('the background copy ffmpeg', () => ffmpegFor(lang.recording).background[0], 120000);
    const partial = /file:(\S+\.partial-[0-9a-f]+)/.exec(copying.cmd)?.[1];
    assert.ok(partial, `the copy writes a partial file: ${copying.cmd}`);
    await waitFor('the partial file on disk', () => fs.existsSync(partial), 30000);

    await runCommand(page, 'Notifications: Show Notifications');
    const note = page.locator('.notifications-center .notification-list-item').filter({ hasText: 'Klein Kijken: lang.mov — Afspeelkopie op de achtergrond' });
    await note.first().waitFor({ timeout: 30000 });
    // Progress is shown, and playback goes on while it is: the notification never blocks.
    const progress = await waitFor('the copy\'s progress past 0% in the notification', async () => /: ([1-9]\d*)%/.exec((await note.first().textContent()) ?? '')?.[1], 120000);
    assert.ok(Number(progress) < 100, `the copy is still being made: ${progress}%`);
    const t0 = (await player(view)).clock;
    await waitFor('the playhead moving while the copy is made', async () => (await player(view)).clock > t0 + 1, 30000);
    await screenshot(page, 'stream-background-progress');

    await note.first().locator('.monaco-button').filter({ hasText: /^(Cancel|Annuleren)$/ }).click();
    await waitFor('the background ffmpeg gone', () => ffmpegFor(lang.recording).background.length === 0, 30000);
    await waitFor('the partial file removed', () => !fs.existsSync(partial), 30000);
    const cacheDir = path.dirname(partial);
    assert.deepStrictEqual(fs.readdirSync(cacheDir).filter((f) => f.includes('.partial-')), [], 'no partial copy left in the cache');
    assert.ok(!fs.existsSync(partial.replace(/\.partial-[0-9a-f]+$/, '')), 'and no finished copy either');
    // The centre closes with its last notification; the confirmation lands there (toasts are hidden here).
    await runCommand(page, 'Notifications: Show Notifications');
    const stopped = page.locator('.notifications-center .notification-list-item').filter({ hasText: 'De afspeelkopie op de achtergrond is gestopt; afspelen gaat gewoon door.' });
    await stopped.first().waitFor({ timeout: 15000 });
    assert.strictEqual(await note.count(), 0, 'the progress notification is gone');
    // Playback (the stream) goes on.
    const t1 = (await player(view)).clock;
    const on = await waitFor('the stream playing on after Cancel', async () => {
      const p = await player(view);
      return p.streaming && !p.paused && p.clock > t1 + 2 ? p : null;
    }, 30000);
    assert.ok(on.streaming);
    assert.ok(ffmpegFor(lang.recording).audio.length + ffmpegFor(lang.recording).video.length > 0, 'the stream ffmpeg still runs');
    await screenshot(page, 'stream-background-cancelled');

    // Closing the editor mid-stream leaves no ffmpeg of this recording.
    await closeEditors(page);
    await waitFor('every ffmpeg of the closed editor gone', () => ffmpegFor(lang.recording).all.length === 0, 30000);

    // The next open has no copy to play: it streams again and starts a new background copy.
    const again = await openStreaming(page, 'lang.mov.kleinkijken.json');
    await playUntil(again, 1);
    const second = await waitFor('a new background copy', () => ffmpegFor(lang.recording).background[0], 120000);
    assert.notStrictEqual(second.pid, copying.pid);
    await closeEditors(page);
    await waitFor('every ffmpeg gone after closing again', () => ffmpegFor(lang.recording).all.length === 0, 30000);
  });
});
