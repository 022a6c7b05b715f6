/**
 * What the media pipeline knows about a recording, and how it reports failure. Pure types: the
 * host fills them from ffprobe (src/media/probe.ts); the playback plan reads them.
 */
import type { LocalText } from '../session/model';

export interface VideoStreamInfo {
  /** Codec name as ffprobe reports it: `h264`, `hevc`, `vp8`, `mjpeg`, … */
  codec: string;
  width: number;
  height: number;
  /** `yuv420p`, `yuv420p10le`, … when known: 10-bit H.264 does not play in Chromium. */
  pixFmt?: string;
  /** A cover image in an audio file (ffprobe disposition `attached_pic`): not a video. */
  isAttachedPic: boolean;
}

export interface AudioStreamInfo {
  /** Codec name as ffprobe reports it: `aac`, `mp3`, `opus`, `pcm_s16le`, … */
  codec: string;
  sampleRate: number;
  channels: number;
  sampleFmt?: string;
}

export interface ProbedMedia {
  /** ffprobe's `format_name`, e.g. `mov,mp4,m4a,3gp,3g2,mj2` or `matroska,webm`. */
  formatName: string;
  /** Lower-case file extension without the dot (`webm`, `mkv`): tells WebM from Matroska. */
  extension: string;
  durationSec: number | null;
  /** The first real video stream, or else the cover image, or null. */
  video: VideoStreamInfo | null;
  /** The first audio stream, or null. */
  audio: AudioStreamInfo | null;
}

export type MediaProblemId =
  | 'ffmpeg-missing'
  | 'media-missing'
  | 'media-unreadable'
  | 'media-no-streams'
  | 'ffmpeg-failed'
  | 'timeout';

export interface MediaProblem {
  id: MediaProblemId;
  message: LocalText;
  /** The tool's own words (last stderr lines), for the output channel. */
  detail?: string;
}

export type MediaResult<T> = { ok: true; value: T } | { ok: false; problem: MediaProblem };

export function mediaOk<T>(value: T): MediaResult<T> {
  return { ok: true, value };
}

export function mediaFail<T = never>(id: MediaProblemId, nl: string, en: string, detail?: string): MediaResult<T> {
  return { ok: false, problem: detail ? { id, message: { nl, en }, detail } : { id, message: { nl, en } } };
}

/**
 * Cancellation is not a problem to show: like `fetch`, cancelled work rejects with an error named
 * `AbortError`, so callers can tell it apart from a failure and stay quiet.
 */
export class MediaAbortError extends Error {
  constructor(message = 'cancelled') {
    super(message);
    this.name = 'AbortError';
  }
}

export function isAbortError(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
