// Generated HEVC + AAC recordings for the streaming tests and the playback bench (never real
// recordings of people), with a burnt-in time code a page can read back from a video frame:
// the top quarter holds 16 blocks, block i white when bit i of the time in tenths of a second is
// set. Big flat blocks survive any encoder, so `getImageData` on a canvas decodes them reliably.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const TIMECODE_BITS = 16;

/** lavfi video: testsrc2 with the time code blocks on a black band at the top. */
function timecodeVideo(seconds: number, width: number, height: number): string {
  const band = Math.round(height / 4);
  const block = Math.floor(width / TIMECODE_BITS);
  const boxes = Array.from({ length: TIMECODE_BITS }, (_, i) => `drawbox=x=${i * block}:y=0:w=${block}:h=${band}:color=white:t=fill:enable='mod(floor(t*10/pow(2\\,${i}))\\,2)'`);
  return [`testsrc2=s=${width}x${height}:r=25:d=${seconds}`, `drawbox=x=0:y=0:w=iw:h=${band}:color=black:t=fill`, ...boxes].join(',');
}

/**
 * An HEVC + AAC .mov (an iPhone "high efficiency" recording) of `seconds`, made once and kept in
 * ~/.cache/klein-kijken/test-media (x265 ultrafast at a small bitrate: generation time matters).
 */
export function hevcRecording(seconds: number, width = 640, height = 360, gopFrames?: number): string {
  const dir = path.join(os.homedir(), '.cache', 'klein-kijken', 'test-media');
  const file = path.join(dir, `hevc-aac-${seconds}s-${width}x${height}${gopFrames ? `-g${gopFrames}` : ''}-v1.mov`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.partial-${process.pid}.mov`;
  const kbps = Math.max(200, Math.round((width * height) / 2000));
  try {
    execFileSync('ffmpeg', [
      '-v', 'error', '-y',
      '-f', 'lavfi', '-i', timecodeVideo(seconds, width, height),
      '-f', 'lavfi', '-i', `sine=frequency=330:beep_factor=4:duration=${seconds}`,
      '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-b:v', `${kbps}k`, '-tag:v', 'hvc1',
      ...(gopFrames ? ['-g', String(gopFrames)] : []),
      '-c:a', 'aac', '-b:a', '96k', '-shortest', tmp,
    ]);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new Error(`could not generate the HEVC test recording (install: sudo apt-get install ffmpeg): ${(e as Error).message}`);
  }
  fs.renameSync(tmp, file);
  return file;
}

/** A long AAC audio file (an .m4a), made once and cached like hevcRecording. */
export function aacRecording(seconds: number): string {
  const dir = path.join(os.homedir(), '.cache', 'klein-kijken', 'test-media');
  const file = path.join(dir, `aac-${seconds}s-v1.m4a`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.partial-${process.pid}.m4a`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=220:beep_factor=3:duration=${seconds}`, '-c:a', 'aac', '-b:a', '64k', tmp]);
  fs.renameSync(tmp, file);
  return file;
}

/** A session file beside a copy of `recording` (named `name`) in `dir`; returns its path. */
export function sessionFor(dir: string, recording: string, name: string, template: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(recording, path.join(dir, name));
  const json = JSON.parse(fs.readFileSync(template, 'utf8'));
  json.recording = { path: name, size: fs.statSync(recording).size, quickHash: '', durationSec: null };
  json.transcript = [];
  const session = path.join(dir, `${name}.kleinkijken.json`);
  fs.writeFileSync(session, JSON.stringify(json, null, 2));
  return session;
}

/** Living ffmpeg processes from /proc, with their parent's pid and their command line. */
export function ffmpegProcesses(): { pid: number; ppid: number; cmd: string }[] {
  const out: { pid: number; ppid: number; cmd: string }[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    let cmd: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue; // exited while we looked
    }
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const state = rest[0];
    if (state !== 'Z' && /(^|\/)ffmpeg /.test(cmd)) out.push({ pid: Number(name), ppid: Number(rest[1]), cmd });
  }
  return out;
}

/** ffmpeg processes that are children of `parent` (default: this process), from /proc. */
export function ffmpegChildren(parent = process.pid): { pid: number; cmd: string }[] {
  return ffmpegProcesses()
    .filter((p) => p.ppid === parent)
    .map(({ pid, cmd }) => ({ pid, cmd }));
}

/**
 * Runs in the page: draws the video's current frame on a canvas and reads the time code back,
 * in seconds (null when the frame is not there yet). Pass to `evaluate` with the video element.
 */
export function readTimecode(video: HTMLVideoElement): number | null {
  const bits = 16;
  if (video.readyState < 2 || !video.videoWidth) return null;
  const c = document.createElement('canvas');
  c.width = video.videoWidth;
  c.height = video.videoHeight;
  const g = c.getContext('2d', { willReadFrequently: true })!;
  g.drawImage(video, 0, 0);
  const block = Math.floor(c.width / bits);
  const y = Math.floor(c.height / 8);
  let tenths = 0;
  for (let i = 0; i < bits; i++) {
    const px = g.getImageData(Math.floor(i * block + block / 2), y, 1, 1).data;
    if ((px[0]! + px[1]! + px[2]!) / 3 > 128) tenths += 2 ** i;
  }
  return tenths / 10;
}

/**
 * A long HEVC + AAC recording for the bench: one `loopSec` piece with the time code, repeated
 * (stream copy, no re-encode) to `seconds`. A keyframe every 2 seconds, as phones record (x265's
 * default of 10 s would make every seek decode up to 10 s of 1080p before its first frame). Encoding 20 minutes of 1080p x265 on a shared
 * 2-core machine takes most of an hour; repeating one minute takes a few. The time code then
 * counts within the piece: compare it modulo `loopSec`.
 */
export function longHevcRecording(seconds: number, loopSec: number, width: number, height: number): string {
  const dir = path.join(os.homedir(), '.cache', 'klein-kijken', 'bench');
  const file = path.join(dir, `hevc-aac-${seconds}s-loop${loopSec}-${width}x${height}-g50-v1.mov`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const piece = hevcRecording(loopSec, width, height, 50);
  const list = `${file}.list.txt`;
  const copies = Math.ceil(seconds / loopSec);
  fs.writeFileSync(list, Array.from({ length: copies }, () => `file '${piece.replace(/'/g, "'\\''")}'`).join('\n') + '\n');
  const tmp = `${file}.partial-${process.pid}.mov`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', '-tag:v', 'hvc1', tmp]);
  fs.rmSync(list, { force: true });
  fs.renameSync(tmp, file);
  return file;
}

/**
 * A copy of `src` at `dest` with different bytes (a random title, streams copied), so its
 * content hash is new and it opens as the first time: nothing of it is in any cache.
 */
export function uniqueCopy(src: string, dest: string): string {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tag = `kk-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', src, '-map', '0', '-c', 'copy', '-metadata', `title=${tag}`, '-f', 'mov', dest]);
  return dest;
}

/** `readTimecode` as source text, for `evaluate` in a page (no bundler helpers inside). */
export const READ_TIMECODE_JS = `(${readTimecode.toString()})`;

/** A short HEVC recording without sound (a screen capture, a muted phone video), cached. */
export function silentHevcRecording(seconds: number): string {
  const dir = path.join(os.homedir(), '.cache', 'klein-kijken', 'test-media');
  const file = path.join(dir, `hevc-silent-${seconds}s-v1.mov`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.partial-${process.pid}.mov`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', timecodeVideo(seconds, 320, 180), '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-tag:v', 'hvc1', tmp]);
  fs.renameSync(tmp, file);
  return file;
}
