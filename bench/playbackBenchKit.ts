/**
 * Probes for bench/playback.bench.ts that run inside the editor's webview (plain JavaScript source:
 * tsx's keepNames helper does not exist in the page), and a watcher for the background copy's
 * ffmpeg on this machine (the extension host is a local process of the VS Code server).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Frame, Page } from 'playwright-core';
import { READ_TIMECODE_JS } from '../test/integration/streamMedia';
export { contentFrame } from './editorBenchKit';

/**
 * Resolves with Date.now() stamps: when the clock element appeared (and was told to play, as a
 * user pressing play at once), when its time advanced while playing (first sound), and when the
 * video showed a decodable frame (first picture; 0 for audio-only).
 */
const FIRST_SOUND_AND_PICTURE = `(arg) => new Promise((resolve, reject) => {
  const readFrame = ${READ_TIMECODE_JS};
  const end = Date.now() + arg.limit;
  const out = { clock: 0, sound: 0, picture: 0, streamed: false };
  function check() {
    const clock = document.querySelector('.player [data-stream="clock"]') || document.querySelector('.player audio, .player video');
    if (clock && !out.clock) {
      out.clock = Date.now();
      out.streamed = clock.dataset.stream === 'clock';
      clock.play().catch(() => {});
    }
    if (clock && !out.sound && !clock.paused && clock.currentTime > 0.05) out.sound = Date.now();
    const video = document.querySelector('.player video');
    if (arg.picture && video && !out.picture && readFrame(video) !== null) out.picture = Date.now();
    if (out.sound && (out.picture || !arg.picture)) return resolve(out);
    if (Date.now() > end) {
      const v = video ? { readyState: video.readyState, time: video.currentTime, buffered: Array.from({ length: video.buffered.length }, (_, i) => [video.buffered.start(i), video.buffered.end(i)]), error: video.error && video.error.message } : null;
      const status = document.getElementById('kk-media-status');
      return reject(new Error('no first sound/picture within ' + arg.limit + ' ms: ' + JSON.stringify({ out, video: v, clock: clock && clock.currentTime, status: status && status.textContent, banner: document.body.innerText.slice(0, 300) })));
    }
    setTimeout(check, 10);
  }
  check();
})`;

/**
 * Seeks the clock to `target` and resolves with the seconds until the video shows that moment:
 * the frame's time code (which counts within each `loop` seconds) matches the playhead.
 */
const SEEK_TO_PICTURE = `(arg) => new Promise((resolve, reject) => {
  const readFrame = ${READ_TIMECODE_JS};
  const clock = document.querySelector('.player [data-stream="clock"]');
  const video = document.querySelector('.player video');
  const t0 = Date.now();
  clock.currentTime = arg.target;
  function check() {
    const f = readFrame(video);
    const now = clock.currentTime;
    const want = now % arg.loop;
    if (now >= arg.target && f !== null && Math.abs(f - want) < 0.6) return resolve({ sec: (Date.now() - t0) / 1000, frame: f, clock: now });
    if (Date.now() - t0 > arg.limit) return reject(new Error('no picture at ' + arg.target + ' s within ' + arg.limit + ' ms (frame ' + f + ', clock ' + now + ')'));
    setTimeout(check, 10);
  }
  check();
})`;

export interface FirstStamps {
  clock: number;
  sound: number;
  picture: number;
  streamed: boolean;
}

/** Double-clicks `name` in the explorer; returns the workbench's Date.now() of the double-click. */
export async function doubleClick(page: Page, name: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __kkDbl?: number };
    delete w.__kkDbl;
    document.addEventListener('dblclick', () => (w.__kkDbl = Date.now()), { capture: true, once: true });
  });
  await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first().dblclick();
  const t0 = await page.evaluate(() => (window as unknown as { __kkDbl?: number }).__kkDbl);
  if (!t0) throw new Error('the double-click was not seen by the workbench');
  return t0;
}

export function firstSoundAndPicture(frame: Frame, picture: boolean, limitMs: number): Promise<FirstStamps> {
  const fn = new Function('arg', `return (${FIRST_SOUND_AND_PICTURE})(arg);`) as (a: { limit: number; picture: boolean }) => Promise<FirstStamps>;
  return frame.evaluate(fn, { limit: limitMs, picture });
}

export function seekToPicture(frame: Frame, target: number, loop: number, limitMs: number): Promise<{ sec: number; frame: number; clock: number }> {
  const fn = new Function('arg', `return (${SEEK_TO_PICTURE})(arg);`) as (a: { target: number; loop: number; limit: number }) => Promise<{ sec: number; frame: number; clock: number }>;
  return frame.evaluate(fn, { target, loop, limit: limitMs });
}

/** ffmpeg processes (any parent) whose command line holds all of `parts`. */
export function ffmpegWith(...parts: string[]): { pid: number; cmd: string }[] {
  const out: { pid: number; cmd: string }[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let cmd: string;
    try {
      cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue;
    }
    if (/(^|\/)ffmpeg /.test(cmd) && parts.every((p) => cmd.includes(p))) out.push({ pid: Number(name), cmd });
  }
  return out;
}

/** The background copy's ffmpeg of `recording` once it runs: when it was first seen and when it ended. */
export interface BackgroundCopyWatch {
  pid: number;
  cmd: string;
  seenAt: number;
  /** Resolves with Date.now() when the process has ended (polled every 100 ms from the start). */
  ended: Promise<number>;
}

function running(pid: number, cmd: string): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z' && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ') === cmd;
  } catch {
    return false;
  }
}

/**
 * Waits (at most `startMs`) for the background copy of `recording` to start and keeps watching it
 * (`limitMs` at most), so that its end is timed even while the bench does other things.
 */
export async function watchBackgroundCopy(recording: string, startMs: number, limitMs = 7_200_000): Promise<BackgroundCopyWatch | null> {
  const t0 = Date.now();
  for (;;) {
    const seen = ffmpegWith(recording, '.proxy.mp4.partial-')[0];
    if (seen) {
      const seenAt = Date.now();
      const ended = new Promise<number>((resolve) => {
        const timer = setInterval(() => {
          if (running(seen.pid, seen.cmd) && Date.now() - seenAt < limitMs) return;
          clearInterval(timer);
          resolve(Date.now());
        }, 100);
      });
      return { ...seen, seenAt, ended };
    }
    if (Date.now() - t0 > startMs) return null;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Seconds from the background copy's start to its end, after checking that it landed in the cache. */
export async function backgroundCopySec(watch: BackgroundCopyWatch): Promise<number> {
  const endedAt = await watch.ended;
  if (running(watch.pid, watch.cmd)) throw new Error('the background copy did not finish in time');
  const sec = (endedAt - watch.seenAt) / 1000;
  // The extension renames the finished copy into the cache once ffmpeg has exited.
  // (Its command line names the copy and, behind a `|` of the tee muxer, the copy's picture file.)
  const copy = /file:([^\s|]+?\.proxy\.mp4)\.partial-[0-9a-f]+[|\s]/.exec(`${watch.cmd} `)?.[1];
  while (copy && !fs.existsSync(copy) && Date.now() - endedAt < 15000) await new Promise((r) => setTimeout(r, 100));
  if (!copy || !fs.existsSync(copy)) throw new Error(`the background copy is not in the cache (${copy}) ${sec.toFixed(1)} s after it started`);
  return sec;
}

/** The load averages (1, 5, 15 minutes), for the log: the figures of a busy machine are not a quiet one's. */
export function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(1)).join(' ');
}
