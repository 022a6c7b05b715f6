import { STREAM_MIME, type StreamTrack } from '../../src/core/media/streamPlan';
import type { HostMessage, ViewMessage } from '../../src/protocol/messages';
import { h } from '../dom';
import { MseTrack } from './mseTrack';

/** The Media Source types this page lacks for the given tracks (all of them without MSE). */
export function missingStreamTypes(win: Window, tracks: { audio: boolean; video: boolean }): string[] {
  const wanted = (['audio', 'video'] as StreamTrack[]).filter((t) => tracks[t]).map((t) => STREAM_MIME[t]);
  const MS = (win as Window & { MediaSource?: typeof MediaSource }).MediaSource;
  if (!MS) return wanted;
  return wanted.filter((m) => !MS.isTypeSupported(m));
}

/** About one frame: the last frame of a buffered range starts this much before its end. */
const FRAME_SEC = 0.1;

function holds(r: TimeRanges, t: number): boolean {
  for (let i = 0; i < r.length; i++) if (t >= r.start(i) && t < r.end(i)) return true;
  return false;
}

/** The end of the buffered range nearest before `t`, or null. */
function latestBefore(r: TimeRanges, t: number): number | null {
  let best: number | null = null;
  for (let i = 0; i < r.length; i++) if (r.end(i) <= t && (best === null || r.end(i) > best)) best = r.end(i);
  return best;
}

/** The longest the picture's producer waits for the sound's first data. */
const VIDEO_WAITS_MS = 1500;

/**
 * After a seek into a part without picture, the sound waits this long at most for the picture:
 * the moment the user jumped to is shown and heard together, as in any video player, and the
 * picture does not have to catch up with sound that ran on (on two cores it may never).
 */
const SEEK_WAITS_MS = 3000;

/** Video may lag the sound by this much before it is moved back in step. */
const MAX_DRIFT_SEC = 0.25;

/**
 * A streamed recording: sound first, picture when it is ready. Sound and picture are two media
 * elements with a MediaSource each (one MediaSource with two SourceBuffers plays only where both
 * have data, so the sound would wait for the slower picture). The audio element is the clock
 * every panel reads; the muted video follows it (play, pause, rate, seeks) and is put back in
 * step when it drifts, so the picture joins at the playhead without a jump in the sound.
 */
export class MsePlayer {
  /** The element whose time is the playhead: the audio when there is sound. */
  readonly clock: HTMLMediaElement;
  readonly video: HTMLVideoElement | null = null;
  readonly tracks = new Map<StreamTrack, MseTrack>();
  private readonly timer: number;

  constructor(
    private readonly win: Window,
    stream: { audio: boolean; video: boolean },
    durationSec: number,
    post: (m: ViewMessage) => void,
  ) {
    const audio = stream.audio ? (h('audio', { preload: 'auto' }) as HTMLAudioElement) : null;
    if (stream.video) this.video = h('video', { playsinline: true, preload: 'auto' }) as HTMLVideoElement;
    this.clock = (audio ?? this.video)!;
    const time = () => this.clock.currentTime;
    const url = (s: MediaSource) => (win as Window & typeof globalThis).URL.createObjectURL(s);
    const MS = (win as Window & { MediaSource: typeof MediaSource }).MediaSource;
    if (audio) this.tracks.set('audio', new MseTrack('audio', audio, durationSec, post, time, MS, url));
    if (this.video) this.tracks.set('video', new MseTrack('video', this.video, durationSec, post, time, MS, url));
    const tick = () => this.tracks.forEach((t) => t.tick());
    const sound = this.tracks.get('audio');
    const picture = this.tracks.get('video');
    if (sound && picture) {
      // Sound first: on two cores the picture's ffmpeg (decode + encode) would slow the sound's
      // start. The picture starts once sound is buffered, or after a moment whatever happens.
      const since = Date.now();
      picture.mayStart = () => sound.started || Date.now() - since > VIDEO_WAITS_MS;
      sound.onProgress = () => picture.tick();
      this.soundWaitsAfterSeeks(sound, picture);
    }
    for (const ev of ['timeupdate', 'seeking', 'play']) this.clock.addEventListener(ev, tick);
    if (audio && this.video) this.follow(audio, this.video);
    // Also while paused: the producer may need a restart or a pause after appends.
    this.timer = win.setInterval(tick, 1000);
  }

  /**
   * A seek to where neither track has data: the sound's data waits (its element stays at the new
   * moment, as while buffering) until the picture can show that moment, or SEEK_WAITS_MS. Not on
   * the first open, where the sound comes first; where the sound is buffered it just plays.
   */
  private soundWaitsAfterSeeks(sound: MseTrack, picture: MseTrack): void {
    let until = 0;
    this.clock.addEventListener('seeking', () => {
      if (!picture.appendedOnce || picture.holds(this.clock.currentTime)) return;
      until = Date.now() + SEEK_WAITS_MS;
      this.win.setTimeout(() => sound.kick(), SEEK_WAITS_MS + 20);
    });
    sound.mayAppend = () => Date.now() >= until || picture.holds(this.clock.currentTime);
    picture.onProgress = () => sound.kick();
  }

  /** The muted picture follows the sound. */
  private follow(audio: HTMLMediaElement, video: HTMLVideoElement): void {
    video.muted = true;
    const sync = () => {
      const t = audio.currentTime;
      if (video.seeking || Math.abs(video.currentTime - t) <= MAX_DRIFT_SEC) return;
      if (holds(video.buffered, t)) {
        video.currentTime = t;
        return;
      }
      // The picture's ffmpeg is behind the sound (slower than real time on a busy machine):
      // show the latest transcoded frame instead of chasing a moment that has no picture yet.
      const latest = latestBefore(video.buffered, t);
      if (latest !== null && latest - FRAME_SEC > video.currentTime + MAX_DRIFT_SEC) video.currentTime = latest - FRAME_SEC;
    };
    audio.addEventListener('play', () => {
      sync();
      void video.play().catch(() => undefined); // interrupted by a seek: the next `play` retries
    });
    audio.addEventListener('pause', () => {
      video.pause();
      sync();
    });
    audio.addEventListener('ratechange', () => (video.playbackRate = audio.playbackRate));
    audio.addEventListener('seeking', () => (video.currentTime = audio.currentTime));
    audio.addEventListener('timeupdate', sync);
    // The picture arrived (first time, or after a seek): join the sound where it is.
    video.addEventListener('canplay', () => {
      sync();
      if (!audio.paused && video.paused) void video.play().catch(() => undefined);
    });
  }

  receive(m: Extract<HostMessage, { type: 'stream/data' | 'stream/end' | 'stream/copy' }>): void {
    if (m.type === 'stream/copy') {
      // Only the picture comes from the copy (the sound's ffmpeg costs little).
      this.tracks.get('video')?.copyProgress({ frontSec: m.frontSec, state: m.state });
      return;
    }
    const t = this.tracks.get(m.track);
    if (!t) return;
    if (m.type === 'stream/data') t.data(m.gen, m.data, m.restart, m.fromCopy);
    else t.end(m.gen);
  }

  dispose(): void {
    this.win.clearInterval(this.timer);
    this.tracks.forEach((t) => t.dispose((u) => (this.win as Window & typeof globalThis).URL.revokeObjectURL(u)));
    this.tracks.clear();
  }
}
