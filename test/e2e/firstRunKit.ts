// Helpers for the first-run e2e test: the extension as a user gets it (installed from the .vsix into
// a server of its own, no development extension, empty settings) and a recording as a phone makes it.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { installHint, launchChromium, missingSystemDeps, startServer, tempDir, workbenchUrl, type VsCodeServer } from '../../scripts/vscode-server.mjs';
import { ARTIFACTS, ROOT, openPages } from './workbench';

/**
 * The packaged extension as a user gets it: $KK_VSIX if set, else a fresh package built now with
 * `npm run package` into a temporary folder (so the test never installs a stale .vsix).
 */
export function vsixPath(): string {
  if (process.env.KK_VSIX) return process.env.KK_VSIX;
  const out = path.join(tempDir('vsix'), 'klein-kijken.vsix');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`npm run package failed:\n${(r.stdout + r.stderr).slice(-2000)}`);
  return out;
}

/**
 * A server of its own with the .vsix installed by server-main.js itself (`--install-extension …
 * --start-server`), as an administrator would. Resolves once the install is reported done, so the
 * workbench never starts before the extension is on disk.
 */
export async function startServerWithVsix(vsix: string, timeoutMs = 60000): Promise<VsCodeServer> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ logFile: path.join(ARTIFACTS, 'first-run-server.log'), extraArgs: ['--install-extension', vsix, '--start-server'] });
  const end = Date.now() + timeoutMs;
  while (!/successfully installed/i.test(server.output())) {
    if (/Failed Installing|Error while installing/i.test(server.output()) || Date.now() > end) {
      throw new Error(`installing ${path.basename(vsix)} failed:\n${server.output().slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

/** Stops a server started by startServerWithVsix now (the run's cleanup would only do it at exit). */
export async function stopServer(server: VsCodeServer): Promise<void> {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  await Promise.race([server.exited, new Promise((r) => setTimeout(r, 5000))]);
}

/** The workbench on `folder` with only what is installed in `server`: no extensionDevelopmentPath. */
export async function openInstalledWorkbench(server: VsCodeServer, folder: string): Promise<{ page: Page; console: string[] }> {
  const context = await launchChromium();
  const page = context.pages()[0] ?? (await context.newPage());
  const lines: string[] = [];
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  page.on('console', (m) => lines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`));
  await page.goto(workbenchUrl(server, { folder }));
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  return { page, console: lines };
}

/**
 * A recording like a phone makes one: H.264 + AAC in an .mp4 named VID_<date>_<time>.mp4, with
 * "speech" (tone bursts with pauses, so the waveform has turns) and some room noise.
 */
export function makePhoneRecording(dir: string, seconds = 40): string {
  const missing = missingSystemDeps(['ffmpeg']);
  if (missing.length) throw new Error(missing.join('\n'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'VID_20261118_143012.mp4');
  const voice = `sine=frequency=180:sample_rate=48000:duration=${seconds},volume='if(lt(mod(t,5),3.2),0.5,0.02)':eval=frame`;
  const r = spawnSync('ffmpeg', [
    '-v', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc2=size=640x360:rate=30:duration=${seconds}`,
    '-f', 'lavfi', '-i', voice,
    '-f', 'lavfi', '-i', `anoisesrc=color=pink:amplitude=0.02:sample_rate=48000:duration=${seconds}`,
    '-filter_complex', '[1:a][2:a]amix=inputs=2:duration=first:normalize=0,pan=stereo|c0=c0|c1=c0[a]',
    '-map', '0:v', '-map', '[a]', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '96k', '-movflags', '+faststart', file,
  ], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ffmpeg could not make the test recording (${r.stderr.trim()}); install with: ${installHint(['ffmpeg'])}`);
  return file;
}

/** Polls a JSON file until `ok` holds for its content (or the time is up); returns the last content read. */
export async function waitForJson<T>(file: string, ok: (v: T) => boolean, timeoutMs = 15000): Promise<T | undefined> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  do {
    try {
      last = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
      if (ok(last)) return last;
    } catch {
      // not written yet, or caught mid-write
    }
    await new Promise((r) => setTimeout(r, 300));
  } while (Date.now() < end);
  return last;
}
