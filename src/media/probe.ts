/**
 * Probes a recording with ffprobe (or `ffmpeg -i` when there is no ffprobe). Bad files — missing,
 * empty, truncated, not media, no audio or video — come back as a typed problem, never a throw.
 */
import * as fs from 'node:fs/promises';
import { mediaFail, mediaOk, MediaAbortError, type MediaResult, type ProbedMedia } from '../core/media/mediaInfo';
import { fromFfmpegStderr, fromFfprobeJson } from '../core/media/probeParse';
import type { FfmpegTools } from './ffmpegLocator';
import { ffmpegPath, lastLine, runProcess, type MediaLog } from './runProcess';

export interface ProbeOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  log?: MediaLog;
}

function unreadable(file: string, detail: string): MediaResult<never> {
  return mediaFail(
    'media-unreadable',
    `'${file}' is geen leesbaar audio- of videobestand (beschadigd, afgebroken of een ander soort bestand).`,
    `'${file}' is not a readable audio or video file (damaged, truncated or another kind of file).`,
    detail,
  );
}

/** Checks the file itself before any tool runs, so "missing" and "empty" get their own words. */
export async function checkMediaFile(mediaPath: string): Promise<MediaResult<{ size: number }>> {
  try {
    const st = await fs.stat(mediaPath);
    if (!st.isFile()) return mediaFail('media-missing', `'${mediaPath}' is geen bestand.`, `'${mediaPath}' is not a file.`);
    if (st.size === 0) return mediaFail('media-unreadable', `'${mediaPath}' is leeg (0 bytes).`, `'${mediaPath}' is empty (0 bytes).`);
    return mediaOk({ size: st.size });
  } catch {
    return mediaFail('media-missing', `'${mediaPath}' bestaat niet of is niet te lezen.`, `'${mediaPath}' does not exist or cannot be read.`);
  }
}

export async function probeMedia(mediaPath: string, tools: FfmpegTools, options: ProbeOptions = {}): Promise<MediaResult<ProbedMedia>> {
  const file = await checkMediaFile(mediaPath);
  if (!file.ok) return file;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let media: ProbedMedia | null;
  let detail: string;
  if (tools.ffprobe) {
    const r = await runProcess(
      tools.ffprobe,
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ffmpegPath(mediaPath)],
      { signal: options.signal, timeoutMs, log: options.log },
    );
    if (r.killed === 'abort') throw new MediaAbortError();
    if (r.killed === 'timeout') return mediaFail('timeout', 'ffprobe reageerde niet op tijd.', 'ffprobe did not answer in time.');
    detail = lastLine(r.stderr);
    media = r.code === 0 ? fromFfprobeJson(r.stdout.toString('utf8'), mediaPath) : null;
  } else {
    const r = await runProcess(tools.ffmpeg, ['-hide_banner', '-nostdin', '-i', ffmpegPath(mediaPath)], { signal: options.signal, timeoutMs });
    if (r.killed === 'abort') throw new MediaAbortError();
    if (r.killed === 'timeout') return mediaFail('timeout', 'ffmpeg reageerde niet op tijd.', 'ffmpeg did not answer in time.');
    media = fromFfmpegStderr(r.stderr, mediaPath);
    detail = lastLine(r.stderr);
  }
  if (!media) return unreadable(mediaPath, detail);
  if (!media.audio && !media.video) {
    return mediaFail('media-no-streams', `'${mediaPath}' bevat geen geluid en geen beeld.`, `'${mediaPath}' contains no audio and no video.`, detail);
  }
  return mediaOk(media);
}
