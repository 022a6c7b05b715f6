/**
 * Streaming playback (issue 15) in the real workbench (VS Code server + headless Chromium, as the
 * e2e tests run it), on a generated 20-minute 1080p HEVC + AAC recording (an iPhone "high
 * efficiency" recording; one minute with a burnt-in time code, repeated) and a 60-minute AAC file,
 * both made once and cached in ~/.cache/klein-kijken (quick mode: 3 minutes 640x360, 5 minutes).
 * Every open is a first open: each recording is a copy with different bytes (new content hash).
 * - playback.firstSound / firstPicture: double-click → the audio clock runs / a decodable frame
 *   (the probe presses play as soon as the player exists, as a user would);
 * - playback.firstPictureRatio: first picture ÷ today's whole-file proxy of the same file (made
 *   here with createProxy as the extension did before streaming, alone, same run);
 * - playback.seekPicture: seek into a part not transcoded yet → the frame shows that moment;
 * - playback.backgroundRatio: the background copy while the recording plays ÷ the proxy alone
 *   (the last open plays on after its seek, from near the start, until its copy is done: no
 *   extra open for it);
 * - playback.audio60FirstSound: double-click → sound of a 60-minute AAC file.
 * The two whole-file copies take most of a full run (on a quiet 2-core machine about 4-5 minutes
 * each: 0.34 s of CPU per second of this 1080p HEVC); on a busy machine they take many times that.
 * KK_BENCH_PLAYBACK_SKIP_RATIOS=1 measures only the four workbench figures.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { median, type BenchContext, type BenchFigure } from './benchKit';
import { closeEditors } from './editor.bench';
import { buildExtension } from './editorBenchKit';
import { backgroundCopySec, contentFrame, doubleClick, ffmpegWith, firstSoundAndPicture, loadAverage, seekToPicture, watchBackgroundCopy } from './playbackBenchKit';
import { NOISE, stopAll } from '../scripts/vscode-server.mjs';
import { planPlayback } from '../src/core/media/playbackPlan';
import { locateFfmpeg } from '../src/media/ffmpegLocator';
import { probeMedia } from '../src/media/probe';
import { createProxy } from '../src/media/proxy';
import { openWorkbench, ROOT, waitForExtension, workbenchConsole } from '../test/e2e/workbench';
import { aacRecording, hevcRecording, longHevcRecording, sessionFor, uniqueCopy } from '../test/integration/streamMedia';

const RUNS = 3;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const found = await locateFfmpeg();
  if (!found.ok) throw new Error(found.problem.message.en);
  const tools = found.value;
  const loop = ctx.quick ? 180 : 60;
  ctx.log('playback: test media (generated once, cached in ~/.cache/klein-kijken)…');
  const video = ctx.quick ? hevcRecording(180) : longHevcRecording(1200, loop, 1920, 1080);
  const audio = aacRecording(ctx.quick ? 300 : 3600);
  ctx.log('playback: building the extension…');
  buildExtension();

  const probed = await probeMedia(video, tools);
  if (!probed.ok) throw new Error(probed.problem.message.en);
  const recipe = planPlayback(probed.value).proxy;
  if (!recipe) throw new Error('the HEVC test recording needs no playback copy: the ratios would compare nothing');
  const durationSec = probed.value.durationSec ?? 0;
  const work = path.join(ctx.tmpDir, 'opnames');
  const template = path.join(ROOT, 'media', 'demo', 'demo.mp4.kleinkijken.json');
  const videos: string[] = [];
  const audios: string[] = [];
  const ratios = process.env.KK_BENCH_PLAYBACK_SKIP_RATIOS !== '1';
  for (let i = 1; i <= RUNS; i++) {
    const v = uniqueCopy(video, path.join(ctx.tmpDir, `src-${i}.mov`));
    videos.push(path.basename(sessionFor(work, v, `iphone-${i}.mov`, template)));
    const a = uniqueCopy(audio, path.join(ctx.tmpDir, `src-${i}.m4a`));
    audios.push(path.basename(sessionFor(work, a, `gesprek-${i}.m4a`, template)));
  }

  let page: Page | undefined;
  let backgroundSec = 0;
  ctx.log(`playback: load average ${loadAverage()}`);
  try {
    page = await openWorkbench({ folder: work, timeoutMs: 90000 });
    await waitForExtension(page);
    await page.keyboard.press('Control+Alt+KeyB');
    const sound: number[] = [];
    const picture: number[] = [];
    const seek: number[] = [];
    for (const [i, video] of videos.entries()) {
      const t0 = await doubleClick(page, video);
      const frame = await contentFrame(page, 60000);
      const st = await firstSoundAndPicture(frame, true, 120000);
      if (!st.streamed) throw new Error('the HEVC recording did not stream (was a copy cached?)');
      const soundSec = (st.sound - t0) / 1000;
      const pictureSec = (st.picture - t0) / 1000;
      sound.push(soundSec);
      picture.push(pictureSec);
      // Streaming must not be starved by the background copy: seek while it runs.
      const recording = path.join(work, video.replace(/\.kleinkijken\.json$/, ''));
      const background = await watchBackgroundCopy(recording, 30000);
      // A part far from the playhead, never transcoded in this open; half a loop away from the
      // start, so the frame still shown from before the seek cannot pass for the new moment.
      const target = Math.floor(Math.min(durationSec - loop, durationSec * (0.5 + 0.1 * i)) / loop) * loop + loop / 2 + 0.5;
      const sk = await seekToPicture(frame, target, loop, 60000);
      seek.push(sk.sec);
      ctx.log(`playback: open ${i + 1}: player ${((st.clock - t0) / 1000).toFixed(2)} s, sound ${soundSec.toFixed(2)} s, picture ${pictureSec.toFixed(2)} s; seek to ${target.toFixed(1)} s → picture ${sk.sec.toFixed(2)} s (frame ${sk.frame} at clock ${sk.clock.toFixed(2)}; background copy ${background ? 'running' : 'not running'}; load average ${loadAverage()})`);
      if (ratios && i === RUNS - 1) {
        // The last open plays on while its background copy runs to its end, from near the start so
        // that the stream does not end before the copy (then the copy would run alone for a while).
        if (!background) throw new Error('the background copy did not start');
        await frame.evaluate(() => {
          const clock = document.querySelector<HTMLMediaElement>('.player [data-stream="clock"]')!;
          clock.currentTime = 30.5;
          void clock.play();
        });
        backgroundSec = await backgroundCopySec(background);
        const at = await frame.evaluate(() => document.querySelector<HTMLMediaElement>('.player [data-stream="clock"]')!.currentTime);
        ctx.log(`playback: background copy while streaming ${backgroundSec.toFixed(1)} s; the playhead at ${at.toFixed(1)} s of ${durationSec.toFixed(0)} s${at >= durationSec - 1 ? ' (playback ended before the copy: the ratio is too kind)' : ''}; load average ${loadAverage()}`);
      }
      await closeEditors(page);
      const closed = Date.now();
      while (ffmpegWith(recording).length && Date.now() - closed < 10000) await new Promise((r) => setTimeout(r, 100));
      const left = ffmpegWith(recording).length;
      ctx.log(`playback: after closing, ${left ? `${left} ffmpeg still running after 10 s` : `every ffmpeg gone within ${((Date.now() - closed) / 1000).toFixed(1)} s`}`);
    }
    const audioSound: number[] = [];
    for (const [i, audio] of audios.entries()) {
      const t0 = await doubleClick(page, audio);
      const frame = await contentFrame(page, 60000);
      const st = await firstSoundAndPicture(frame, false, 60000);
      const soundSec = (st.sound - t0) / 1000;
      audioSound.push(soundSec);
      ctx.log(`playback: 60-min AAC open ${i + 1}: player ${((st.clock - t0) / 1000).toFixed(2)} s, sound ${soundSec.toFixed(2)} s (${st.streamed ? 'streamed' : 'not streamed'})`);
      await closeEditors(page);
    }
    ctx.log(`playback: figures so far: firstSound ${median(sound).toFixed(2)} s, firstPicture ${median(picture).toFixed(2)} s, seekPicture ${median(seek).toFixed(2)} s, audio60FirstSound ${median(audioSound).toFixed(2)} s`);
    const first: BenchFigure[] = [
      { id: 'playback.firstSound', label: `20-min 1080p HEVC+AAC: double-click → sound (median of ${RUNS})`, value: round(median(sound)), unit: 's', budget: { max: 2 } },
      { id: 'playback.firstPicture', label: `20-min 1080p HEVC+AAC: double-click → picture (median of ${RUNS})`, value: round(median(picture)), unit: 's', budget: { max: 10 } },
      { id: 'playback.seekPicture', label: `seek into an untranscoded part → that moment's picture, background copy running (median of ${RUNS})`, value: round(median(seek)), unit: 's', budget: { max: 3 } },
      { id: 'playback.audio60FirstSound', label: `60-min AAC: double-click → sound (median of ${RUNS})`, value: round(median(audioSound)), unit: 's', budget: { max: 2 } },
    ];
    // The two ratios need a whole-file copy twice (tens of minutes for 20 min of 1080p on 2 cores).
    if (!ratios) {
      ctx.log('playback: KK_BENCH_PLAYBACK_SKIP_RATIOS=1: firstPictureRatio and backgroundRatio not measured');
      return first;
    }
    await page.context().close();
    page = undefined;
    await stopAll();

    // Today's whole-file proxy of the same file, alone: the baseline of two ratios.
    ctx.log(`playback: whole-file proxy of ${Math.round(durationSec)} s ${probed.value.video?.codec} ${probed.value.video?.width}x${probed.value.video?.height} alone (baseline)…`);
    const t = performance.now();
    const made = await createProxy(video, path.join(ctx.tmpDir, 'baseline.proxy.mp4'), recipe, tools, { hasAudio: true, durationSec, timeoutMs: 3_600_000 });
    if (!made.ok) throw new Error(made.problem.message.en);
    const wholeSec = (performance.now() - t) / 1000;
    ctx.log(`playback: whole-file proxy ${wholeSec.toFixed(1)} s; load average ${loadAverage()}`);
    fs.rmSync(path.join(ctx.tmpDir, 'baseline.proxy.mp4'), { force: true });

    return [
      ...first,
      { id: 'playback.firstPictureRatio', label: 'first picture ÷ whole-file proxy time (today)', value: round(median(picture) / wholeSec, 4), unit: '×', budget: { max: 0.05 }, detail: { wholeProxySec: round(wholeSec, 1) } },
      { id: 'playback.backgroundRatio', label: 'background copy while streaming ÷ whole-file proxy alone', value: round(backgroundSec / wholeSec), unit: '×', budget: { max: 1.3 }, detail: { backgroundSec: round(backgroundSec, 1), aloneSec: round(wholeSec, 1) } },
    ];
  } catch (e) {
    if (page) ctx.log(`playback: workbench console (last lines):\n${workbenchConsole(page).filter((l) => !NOISE.test(l)).slice(-20).join('\n')}`);
    throw e;
  } finally {
    await page?.context().close().catch(() => undefined);
    await stopAll();
  }
}
