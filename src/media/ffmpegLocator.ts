/**
 * Where ffmpeg comes from (MEDIA.md): (a) the user's machine-scoped setting, (b) the bundled
 * `ffmpeg-static` binary if it exists and runs (`FFMPEG_BIN` overrides its path; the optional
 * dependency often failed to download), (c) `ffmpeg` on PATH. Each candidate must answer
 * `-version`. ffprobe is looked for beside the chosen ffmpeg, then on PATH; without it probing
 * falls back to parsing `ffmpeg -i` (src/media/probe.ts).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { mediaFail, mediaOk, type MediaResult } from '../core/media/mediaInfo';
import { runProcess, type MediaLog } from './runProcess';

export type FfmpegSource = 'setting' | 'bundled' | 'path';

export interface FfmpegTools {
  ffmpeg: string;
  ffprobe: string | null;
  /** e.g. `5.1.9-0+deb12u1` */
  version: string;
  source: FfmpegSource;
}

export interface LocateOptions {
  /** The host's machine-scoped setting; empty/undefined = not set. */
  settingPath?: string | null;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  timeoutMs?: number;
  log?: MediaLog;
  /** Stand-in for `require('ffmpeg-static')` (tests). */
  bundledPath?: () => string | null;
}

export function installHint(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'brew install ffmpeg';
  if (platform === 'win32') return 'winget install --id Gyan.FFmpeg';
  return 'sudo apt-get install -y ffmpeg';
}

export function defaultBundledPath(): string | null {
  try {
    // A variable name keeps bundlers from trying to resolve the optional module at build time.
    const name = 'ffmpeg-static';
    const req = createRequire(__filename);
    const p: unknown = req(name);
    return typeof p === 'string' ? p : null;
  } catch {
    return null;
  }
}

function exeName(base: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `${base}.exe` : base;
}

/** Full path of `name` on PATH, or null. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const exts = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const d of dirs) {
    for (const e of exts) {
      const p = path.join(d, name + e);
      try {
        fs.accessSync(p, fs.constants.X_OK);
        if (fs.statSync(p).isFile()) return p;
      } catch {
        /* not here */
      }
    }
  }
  return null;
}

async function versionOf(bin: string, timeoutMs: number, log?: MediaLog): Promise<string | null> {
  if (!fs.existsSync(bin)) return null;
  const r = await runProcess(bin, ['-hide_banner', '-version'], { timeoutMs, maxStdoutBytes: 64 * 1024 });
  if (r.spawnError || r.code !== 0) {
    log?.(`ffmpeg candidate ${bin} does not run: ${r.spawnError?.code ?? `exit ${r.code}`}`);
    return null;
  }
  const m = /version\s+(\S+)/.exec(r.stdout.toString('utf8'));
  return m ? m[1]! : 'unknown';
}

export async function locateFfmpeg(options: LocateOptions = {}): Promise<MediaResult<FfmpegTools>> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const candidates: { source: FfmpegSource; bin: string | null }[] = [
    { source: 'setting', bin: options.settingPath?.trim() || null },
    { source: 'bundled', bin: env.FFMPEG_BIN || (options.bundledPath ?? defaultBundledPath)() },
    { source: 'path', bin: findOnPath('ffmpeg', env, platform) },
  ];
  for (const c of candidates) {
    if (!c.bin) continue;
    const bin = path.resolve(c.bin);
    const version = await versionOf(bin, timeoutMs, options.log);
    if (version === null) continue;
    const beside = path.join(path.dirname(bin), exeName('ffprobe', platform));
    let ffprobe: string | null = null;
    if ((await versionOf(beside, timeoutMs)) !== null) ffprobe = beside;
    else {
      const onPath = findOnPath('ffprobe', env, platform);
      if (onPath && (await versionOf(onPath, timeoutMs)) !== null) ffprobe = onPath;
    }
    options.log?.(`ffmpeg ${version} (${c.source}): ${bin}; ffprobe: ${ffprobe ?? 'none, parsing ffmpeg -i'}`);
    return mediaOk({ ffmpeg: bin, ffprobe, version, source: c.source });
  }
  const hint = installHint(platform);
  const setting = options.settingPath?.trim();
  const tried = setting ? ` (${setting})` : '';
  return mediaFail(
    'ffmpeg-missing',
    `ffmpeg is niet gevonden${tried}; zonder ffmpeg zijn er geen golfvorm en geen afspeelkopie. Installeer met: ${hint} — of stel het pad in bij de instelling voor ffmpeg.`,
    `ffmpeg was not found${tried}; without it there is no waveform and no playback copy. Install with: ${hint} — or set the ffmpeg path setting.`,
  );
}
