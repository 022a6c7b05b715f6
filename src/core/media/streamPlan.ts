/**
 * Streaming playback (issue 15): instead of waiting for a whole playback copy, the host runs
 * ffmpeg from the playhead and the webview plays the fragments through Media Source Extensions.
 * This file holds the pure parts: when to stream, what ffmpeg makes for each track, and the
 * buffer decisions (where to (re)start the producer, when to pause it, what to evict).
 *
 * Formats (MEDIA.md): desktop VS Code's Chromium decodes H.264 and MP3, so video becomes
 * fragmented MP4 with H.264 and audio becomes a plain MP3 byte stream (`audio/mpeg`, which
 * Chromium's MSE takes without a container). Audio and video are separate tracks in separate
 * MediaSources: one MediaSource with two SourceBuffers only plays where BOTH have data, so the
 * sound would wait for the (much slower) picture. Separate, the sound starts within a second and
 * the muted video follows the audio element's clock when it has caught up.
 */
import type { CopyTailState } from './fragmentIndex';
import type { PlaybackPlan } from './playbackPlan';

export type StreamTrack = 'audio' | 'video';

/** The MSE types the webview must support; checked with `MediaSource.isTypeSupported`. */
export const STREAM_MIME: Record<StreamTrack, string> = {
  audio: 'audio/mpeg',
  video: 'video/mp4; codecs="avc1.4D401F"',
};

/**
 * Streaming is worth it when the whole-file copy would keep the user waiting more than a couple
 * of seconds: always when the video must be re-encoded (HEVC from an iPhone: minutes for a long
 * recording, seconds even for a short clip), and otherwise when converting the sound and copying
 * the bytes takes long: a long AAC conversation (a 60-minute file: ~20 s), or a short but big
 * phone clip read from a USB stick. The demo (3 minutes, 2 MB) is copied in about a second and
 * then plays like any file.
 */
export const STREAM_ABOVE_COPY_SEC = 3;

/**
 * How fast a copy without a video encode goes on a 2-core laptop, conservatively: AAC to MP3 plus
 * the waveform's samples in the same pass (measured ~200× real time on one core of this 2-core
 * machine: the demo's 197 s in 0.93 s of CPU), and the bytes read from the recording and written
 * to the cache (a USB 3 stick or an older disk).
 */
export const COPY_AUDIO_SPEED = 150;
export const COPY_BYTES_PER_SEC = 100e6;

/** Seconds a whole-file copy is expected to take, or Infinity when the video must be re-encoded. */
export function estimateCopySec(plan: PlaybackPlan, durationSec: number | null, sizeBytes = 0): number {
  const recipe = plan.proxy;
  if (!recipe) return 0;
  if (recipe.video === 'h264') return Infinity;
  const audio = recipe.audio === 'drop' ? 0 : (durationSec ?? 0) / COPY_AUDIO_SPEED;
  return audio + sizeBytes / COPY_BYTES_PER_SEC;
}

/** Whether to stream the recording while its copy is made in the background (see above). */
export function shouldStream(plan: PlaybackPlan, durationSec: number | null, sizeBytes = 0): boolean {
  return !!plan.proxy && estimateCopySec(plan, durationSec, sizeBytes) > STREAM_ABOVE_COPY_SEC;
}

/** The longest fragment of the streamed picture, in microseconds (ffmpeg's `-frag_duration`). */
export const FRAGMENT_USEC = 250_000;

export interface StreamArgsInput {
  /** ffmpeg's name for the input (a `file:` path). */
  input: string;
  startSec: number;
  /** Encoder arguments for the video (`-c:v …`), from the host (software or hardware). */
  videoEncoderArgs: readonly string[];
  /** Before `-i`, for the video: a hardware decoder or device (videoEncoders.ts). */
  videoInputArgs?: readonly string[];
  /** Appended to the video's `-vf` chain, e.g. the upload to a VAAPI surface. */
  videoUploadFilter?: string | null;
}

/** ffmpeg arguments for one track from `startSec`, written to stdout. */
export function streamArgs(track: StreamTrack, o: StreamArgsInput): string[] {
  // `-ss` before `-i`: ffmpeg jumps to the keyframe before the position and, since it transcodes,
  // drops the frames before it, so the output starts exactly there with timestamp 0. The webview
  // places it with `timestampOffset = startSec`.
  const start = o.startSec > 0 ? ['-ss', o.startSec.toFixed(3)] : [];
  const head = (input: readonly string[]) => ['-hide_banner', '-nostdin', '-v', 'error', ...start, ...input, '-i', o.input, '-sn', '-dn'];
  if (track === 'audio') {
    return [...head([]), '-map', '0:a:0', '-vn', '-c:a', 'libmp3lame', '-b:a', '128k', '-f', 'mp3', '-write_xing', '0', '-id3v2_version', '0', 'pipe:1'];
  }
  // ≤720 lines, even sizes, 8-bit 4:2:0 as the whole-file proxy; ffmpeg applies phone rotation.
  const scale = "scale=-2:'trunc(min(720,ih)/2)*2',format=yuv420p";
  return [
    ...head(o.videoInputArgs ?? []),
    '-map', '0:V:0',
    '-an',
    ...o.videoEncoderArgs,
    '-vf', o.videoUploadFilter ? `${scale},${o.videoUploadFilter}` : scale,
    // A keyframe every second (seeks inside what is buffered decode at most one second), and a
    // fragment every quarter second: the first picture leaves ffmpeg after 0.25 s of video, not
    // after a whole GOP (measured: the first fragment 0.15-0.3 s after the init segment instead
    // of 0.3-0.8 s on a busy 2-core machine). Fragments need not start at a keyframe in MSE.
    '-force_key_frames', 'expr:gte(t,n_forced*1)',
    '-f', 'mp4',
    '-movflags', 'frag_keyframe+empty_moov+default_base_moof',
    '-frag_duration', String(FRAGMENT_USEC),
    'pipe:1',
  ];
}

export interface TimeRange {
  start: number;
  end: number;
}

/** What the running producer of one track has delivered: from `from` up to `at` (seconds). */
export interface ProducerState {
  from: number;
  at: number;
  done: boolean;
}

export interface BufferPolicy {
  /** Restart the producer when the buffered data ahead of the playhead is shorter than this. */
  lowWaterSec: number;
  /** Pause the producer when it is this far ahead of the playhead. */
  highWaterSec: number;
  /** A playhead this close past the producer's end waits for it instead of restarting it. */
  catchUpSec: number;
}

export const BUFFER_POLICY: Record<StreamTrack, BufferPolicy> = {
  audio: { lowWaterSec: 20, highWaterSec: 120, catchUpSec: 8 },
  // A restart costs a second or two before the first fragment: while playing on, the picture's
  // producer is only restarted when it has fallen far behind (a busy machine), not for a few seconds.
  video: { lowWaterSec: 10, highWaterSec: 40, catchUpSec: 10 },
};

/** Seconds of slack for frame boundaries when comparing a time with a buffered range. */
const EDGE = 0.25;

function rangeAt(buffered: readonly TimeRange[], time: number): TimeRange | undefined {
  return buffered.find((r) => time >= r.start - EDGE && time < r.end - 0.05);
}

/**
 * Where the producer must (re)start so that the playhead at `time` gets data, or null when
 * nothing needs to change. Data already buffered is played, not transcoded again: when the
 * playhead is in a buffered range that the producer is not extending, the producer restarts at
 * the END of that range once the playhead gets near it.
 */
export function fetchFrom(buffered: readonly TimeRange[], time: number, producer: ProducerState | null, durationSec: number, policy: BufferPolicy): number | null {
  const end = durationSec > 0 ? durationSec : Infinity;
  if (time >= end - 0.05) return null;
  if (producer && !producer.done && time >= producer.from - EDGE && time <= producer.at + policy.catchUpSec) return null;
  const here = rangeAt(buffered, time);
  if (!here) {
    if (producer?.done && time >= producer.from - EDGE && time <= producer.at + EDGE) return null;
    return Math.max(0, time);
  }
  if (here.end >= end - 0.1) return null;
  if (producer && !producer.done && Math.abs(producer.at - here.end) <= EDGE) return null;
  if (here.end - time > policy.lowWaterSec) return null;
  return here.end;
}

/** Whether the producer should be paused (true), resumed (false), given the playhead. */
export function shouldPause(producer: ProducerState, time: number, policy: BufferPolicy, paused: boolean): boolean {
  const ahead = producer.at - time;
  // Hysteresis: pause above the high-water mark, resume below half of it.
  return paused ? ahead > policy.highWaterSec / 2 : ahead > policy.highWaterSec;
}

/**
 * Buffered parts to remove so that at most `keepSec` seconds around the playhead stay (more
 * behind than ahead is not needed: the producer refills ahead). Returns ranges for
 * `SourceBuffer.remove`, farthest first.
 */
export function evictRanges(buffered: readonly TimeRange[], time: number, keepSec: number): TimeRange[] {
  const total = buffered.reduce((s, r) => s + (r.end - r.start), 0);
  if (total <= keepSec) return [];
  const lo = time - keepSec / 2;
  const hi = time + keepSec / 2;
  const out: TimeRange[] = [];
  for (const r of buffered) {
    if (r.start < lo) out.push({ start: r.start, end: Math.min(r.end, lo) });
    if (r.end > hi) out.push({ start: Math.max(r.start, hi), end: r.end });
  }
  const dist = (r: TimeRange) => Math.max(time - r.end, r.start - time);
  return out.filter((r) => r.end - r.start > 0.01).sort((a, b) => dist(b) - dist(a));
}

/** Seconds to keep buffered per track before evicting (MSE quotas: ~12 MB audio, ~150 MB video). */
export const KEEP_SEC: Record<StreamTrack, number> = { audio: 600, video: 240 };

/**
 * Seconds the background copy's picture must be ahead of a moment before the stream plays that
 * moment from the copy: the copy makes picture several times faster than it plays, so it stays
 * ahead, with room for the short pauses it makes for a seek (processHolds.ts).
 */
export const COPY_LEAD_SEC = 10;

/** When a copy-fed picture is this close to the copy's front, ffmpeg takes over again. */
export const COPY_STARVES_SEC = 2;

export interface CopyProgress {
  frontSec: number;
  state: CopyTailState;
}

/**
 * Whether the picture's producer should move to the background copy's picture ('to-copy': the
 * copy is well ahead of where the producer is, so its own ffmpeg, a second transcode of the same
 * recording, can stop) or away from it ('to-ffmpeg': the copy was stopped, or falls behind the
 * playhead on a very busy machine). Either way the track asks again from where its data ends.
 */
export function copySwitch(producer: (ProducerState & { fromCopy: boolean }) | null, copy: CopyProgress | null, time: number): 'to-copy' | 'to-ffmpeg' | null {
  if (!producer || producer.done || !copy) return null;
  if (producer.fromCopy) {
    if (copy.state === 'gone') return 'to-ffmpeg';
    return copy.state === 'growing' && copy.frontSec < time + COPY_STARVES_SEC && producer.at < time + COPY_STARVES_SEC ? 'to-ffmpeg' : null;
  }
  if (copy.state === 'gone' || producer.at <= producer.from) return null;
  return copy.state === 'complete' || copy.frontSec >= producer.at + COPY_LEAD_SEC ? 'to-copy' : null;
}
