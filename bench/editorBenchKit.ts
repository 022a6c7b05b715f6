/**
 * Helpers for bench/editor.bench.ts: the generated recording and session, and the probes that run
 * inside the editor's webview (in the real workbench, through playwright-core).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Detail } from '../src/core/session/model';
import { parseSessionText, serializeSession } from '../src/core/session/sessionFile';
import { ROOT, webviewFrame } from '../test/e2e/workbench';

/** Builds dist/ the way `npm run build` does; the workbench loads the extension from there. */
export function buildExtension(): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node esbuild.js failed (exit ${r.status}):\n${(r.stderr || r.stdout).slice(-2000)}`);
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err.slice(-800)}`))));
  });
}

/** A talk-like AAC/M4A recording (a tone under noise; mono, 44.1 kHz, 64 kb/s) of `seconds`. */
export async function makeRecording(ffmpeg: string, file: string, seconds: number): Promise<void> {
  await run(ffmpeg, [
    '-v', 'error', '-y',
    '-f', 'lavfi', '-i', `sine=f=220:r=44100:d=${seconds}`,
    '-f', 'lavfi', '-i', `anoisesrc=r=44100:a=0.1:d=${seconds}`,
    '-filter_complex', 'amix=inputs=2:duration=shortest', '-ac', '1', '-c:a', 'aac', '-b:a', '64k', file,
  ]);
}

/**
 * The session beside `recording`, created by the CLI as a user would (`klein-kijken new`), then
 * given `details` details spread over the recording so the editor has lanes and a list to draw.
 */
export async function makeSession(recording: string, seconds: number, details: number): Promise<string> {
  const sessionPath = (await run(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'new', recording])).trim();
  const parsed = parseSessionText(fs.readFileSync(sessionPath, 'utf8'));
  if (!parsed.ok) throw new Error(`klein-kijken new wrote a session that does not parse: ${parsed.problem.message.en}`);
  const s = parsed.session;
  const tags = s.framework.tags.map((t) => t.id);
  // A trio watches: three observers, each with a colour of their own.
  s.participants = [
    { id: 'bench-pa', name: 'Anouk', role: 'a', colour: '#E69F00', lens: [] },
    { id: 'bench-pb', name: 'Bram', role: 'b', colour: '#56B4E9', lens: tags.slice(0, 2) },
    { id: 'bench-pc', name: 'Cem', role: 'c', colour: '#009E73', lens: tags.slice(2, 4) },
  ];
  const authors = s.participants.map((p) => p.id);
  const at = new Date().toISOString();
  s.details = Array.from({ length: details }, (_, i): Detail => {
    const start = Math.round(((i + 0.5) * seconds * 10) / details) / 10;
    // Round-robin over the tags and authors; nothing when there are none (i % 0 is NaN).
    const tag = tags[i % tags.length];
    return {
      id: `bench-d${i}`,
      start,
      end: i % 3 ? null : Math.min(seconds, start + 6),
      tags: tag === undefined ? [] : [tag],
      authorId: authors[i % authors.length] ?? null,
      see: 'De leerling haalt de schouders op en kijkt naar de begeleider.',
      meaning: 'Misschien weet hij het echt niet, misschien wacht hij af.',
      deepen: i % 2 ? 'Even stil blijven en laten komen.' : '',
      feedback: i % 4 === 0 ? 'goed' : i % 4 === 1 ? 'beter' : null,
      question: i % 5 === 0 ? { text: 'Wat ging er door je heen toen dat gevraagd werd?', type: 'verdiepend' } : null,
      segmentIds: [],
      createdAt: at,
      updatedAt: at,
    };
  });
  fs.writeFileSync(sessionPath, serializeSession(s));
  return sessionPath;
}

/** The peaks message the host posts, sized as JSON the way it travels (see peakLevelsForView). */
export function peaksMessageBytes(levels: { peaksPerSec: number; min: ArrayLike<number>; max: ArrayLike<number> }[]): { bytes: number; numbers: number } {
  const view = [...levels].sort((a, b) => a.peaksPerSec - b.peaksPerSec).map((l) => ({ peaksPerSec: l.peaksPerSec, min: Array.from(l.min), max: Array.from(l.max) }));
  return { bytes: Buffer.byteLength(JSON.stringify(view)), numbers: view.reduce((n, l) => n + l.min.length + l.max.length, 0) };
}

export interface OpenTiming {
  /**
   * The probe reached the webview only after the media had arrived: its stamps are an upper bound and
   * the open counts as such (the workbench, webview and playwright share one main thread).
   */
  late: boolean;
  /** Double-click → waveform canvas with ink, in seconds. */
  totalSec: number;
  /** Double-click → the webview's document started loading. */
  frameSec: number;
  /** Double-click → webview.js loaded (resource timing), if the entry was there. */
  scriptSec: number | null;
  /** Host messages as the webview received them: `type[:media status]@seconds since the double-click`. */
  messages: string[];
  /** Double-click → the webview's app was built (its transport bar is in the page). */
  builtSec: number;
  /** Double-click → the media element (and, in the same handler, the peaks) arrived. */
  mediaSec: number;
  /** Media arrived → waveform drawn: wavesurfer's part in the webview. */
  drawSec: number;
}

/**
 * Runs in the webview's content document: resolves with Date.now() stamps of the app's first build
 * (`.transport`), the media element's arrival (posted together with the peaks) and the first
 * waveform canvas inside wavesurfer's (open) shadow root with ink on its middle row. Mutation
 * observers catch the first two the moment they happen, the canvas is polled every 5 ms.
 * Plain JavaScript source on purpose: tsx compiles functions with esbuild's keepNames, whose
 * `__name` helper does not exist in the page.
 */
const WAIT_FOR_INK = `(limit) => new Promise((resolve, reject) => {
  const end = Date.now() + limit;
  const seen = { built: 0, media: 0 };
  function look() {
    if (!seen.built && document.querySelector('.transport')) seen.built = Date.now();
    if (!seen.media && document.querySelector('.player video, .player audio')) seen.media = Date.now();
  }
  const messages = [];
  function onMessage(e) {
    const d = e.data;
    messages.push((d && d.type) + (d && d.media ? ':' + d.media.status : '') + '@' + Date.now());
  }
  window.addEventListener('message', onMessage, true);
  const mo = new MutationObserver(look);
  mo.observe(document, { childList: true, subtree: true });
  look();
  function inked(c) {
    if (!c.width || !c.height) return false;
    const row = c.getContext('2d').getImageData(0, c.height >> 1, c.width, 1).data;
    for (let i = 3; i < row.length; i += 4) if (row[i] > 0) return true;
    return false;
  }
  // Media already there at the first look: the stamps below would come too late.
  const late = !!document.querySelector('.player video, .player audio');
  function check() {
    look();
    const host = document.querySelector('.waveform > div');
    const canvases = host && host.shadowRoot ? Array.from(host.shadowRoot.querySelectorAll('.canvases canvas')) : [];
    if (canvases.some(inked)) {
      mo.disconnect();
      window.removeEventListener('message', onMessage, true);
      const now = Date.now();
      const script = performance.getEntriesByType('resource').find((r) => /webview\\.js/.test(r.name));
      return resolve({ drawn: now, media: seen.media || now, built: seen.built || now, frame: Math.round(performance.timeOrigin), script: script ? Math.round(performance.timeOrigin + script.responseEnd) : 0, messages, late });
    }
    if (Date.now() > end) {
      mo.disconnect();
      window.removeEventListener('message', onMessage, true);
      const status = document.getElementById('kk-media-status');
      return reject(new Error('no waveform drawn within ' + limit + ' ms (' + canvases.length + ' canvases; status: ' + (status ? status.textContent : '?') + ')'));
    }
    setTimeout(check, 5);
  }
  check();
})`;

/** Arms a capture-phase listener in the workbench page that stamps the next double-click. */
async function armDblclickStamp(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __kkDbl?: number };
    delete w.__kkDbl;
    document.addEventListener('dblclick', () => (w.__kkDbl = Date.now()), { capture: true, once: true });
  });
}

/**
 * Double-clicks `name` in the explorer and waits until the waveform is really drawn. Stamps are
 * taken with Date.now() in the workbench page and in the webview (one clock), so playwright's own
 * polling does not count.
 */
export async function openAndWaitForWaveform(page: Page, name: string, timeoutMs: number): Promise<OpenTiming> {
  await armDblclickStamp(page);
  await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).dblclick();
  const t0 = await page.evaluate(() => (window as unknown as { __kkDbl?: number }).__kkDbl);
  if (!t0) throw new Error('the double-click on the session file was not seen by the workbench');
  const content = await contentFrame(page, timeoutMs);
  // A string would be evaluated as an expression and not called; a Function built from source is.
  const probe = new Function('limit', `return (${WAIT_FOR_INK})(limit);`) as (limit: number) => Promise<{ drawn: number; media: number; built: number; frame: number; script: number; messages: string[]; late: boolean }>;
  const st = await content.evaluate(probe, timeoutMs);
  const s = (ms: number) => Math.round(ms) / 1000;
  // The messages as they arrived, with the seconds since the double-click: `init@1.16 media/state:ready@1.7`.
  const messages = st.messages.map((m) => m.replace(/@(\d+)$/, (_, at: string) => `@${s(Number(at) - t0)}`));
  return { late: st.late, totalSec: s(st.drawn - t0), frameSec: s(st.frame - t0), scriptSec: st.script ? s(st.script - t0) : null, builtSec: s(st.built - t0), mediaSec: s(st.media - t0), drawSec: s(st.drawn - st.media), messages };
}

/** The newest webview's content frame (#active-frame), once it holds our document (`#app`). */
export async function contentFrame(page: Page, timeoutMs: number): Promise<Frame> {
  const body = await webviewFrame(page).locator('#app').elementHandle({ timeout: timeoutMs });
  const frame = await body.ownerFrame();
  await body.dispose();
  if (!frame) throw new Error('the webview content frame was not found');
  return frame;
}

/**
 * Used JS heap of the workbench page's renderer after two full garbage collections, in MB. In the
 * browser workbench the webview is served from the workbench's own origin, so it shares that
 * renderer and V8 heap (no out-of-process frame, unlike desktop VS Code): the webview's part is
 * the difference between the editor open and all editors closed.
 */
export async function rendererHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const u = await cdp.send('Runtime.getHeapUsage');
    return Math.round((u.usedSize / 1048576) * 10) / 10;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
