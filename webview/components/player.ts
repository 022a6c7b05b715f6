import type { HostMessage, MediaState, ViewMessage } from '../../src/protocol/messages';
import { holdsTime } from '../../src/core/session/timeSpan';
import { h } from '../dom';
import { missingStreamTypes, MsePlayer } from './msePlayer';

type Listener = () => void;

/** What panels need from playback; PlayerClock is the real one, tests pass a fake. */
export interface Clock {
  readonly time: number;
  readonly duration: number;
  readonly playing: boolean;
  readonly rate: number;
  loop: { start: number; end: number } | null;
  sequence: { start: number; end: number }[] | null;
  onChange(l: Listener): void;
  play(): void;
  pause(): void;
  toggle(): void;
  seek(t: number): void;
  seekBy(d: number): void;
  setRate(r: number): void;
}

/**
 * The media element and the one playback clock every panel reads. The host decided what to
 * play (the original or a playback copy); this only plays it, and reports an element that
 * cannot play to the host so it can make a copy.
 */
export class PlayerClock implements Clock {
  readonly element: HTMLElement;
  media: HTMLMediaElement | null = null;
  kind: 'video' | 'audio' | null = null;
  loop: { start: number; end: number } | null = null;
  /** Fragments played as one sequence (trio review); null plays everything. */
  sequence: { start: number; end: number }[] | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly mediaListeners = new Set<(m: HTMLMediaElement) => void>();
  /** Set while the recording streams (MSE); `media` is then its clock element. */
  mse: MsePlayer | null = null;
  /** What is playing: the src, or the stream's src with a marker (its elements have blob: URLs). */
  private mediaKey: string | null = null;

  constructor(
    private readonly onFailed: (code: number, message: string) => void,
    private readonly post: (m: ViewMessage) => void = () => undefined,
  ) {
    this.element = h('div', { className: 'player', 'data-kind': 'none' });
  }

  get time(): number {
    return this.media?.currentTime ?? 0;
  }
  get duration(): number {
    const d = this.media?.duration;
    return d !== undefined && Number.isFinite(d) ? d : this.knownDuration;
  }
  get playing(): boolean {
    return !!this.media && !this.media.paused;
  }
  get rate(): number {
    return this.media?.playbackRate ?? 1;
  }

  private knownDuration = 0;

  onChange(l: Listener): void {
    this.listeners.add(l);
  }
  onMedia(l: (m: HTMLMediaElement) => void): void {
    this.mediaListeners.add(l);
    if (this.media) l(this.media);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  setMedia(state: MediaState): void {
    if (state.status !== 'ready') return;
    const key = state.stream ? `stream:${state.src}` : state.src;
    if (this.media && this.mediaKey === key) return;
    this.knownDuration = state.durationSec;
    const wasAt = this.media?.currentTime ?? 0;
    const wasPlaying = this.playing;
    let el: HTMLMediaElement;
    if (state.stream) {
      const win = this.element.ownerDocument.defaultView!;
      const missing = missingStreamTypes(win, state.stream);
      this.post({ type: 'stream/open', missing });
      // The host answers a missing type with a whole-file copy (a new media state).
      if (missing.length) return;
      this.clearMedia();
      this.mse = new MsePlayer(win, state.stream, state.durationSec, this.post);
      el = this.mse.clock;
      for (const [track, t] of this.mse.tracks) {
        const m = t.element;
        m.setAttribute('aria-label', track);
        m.dataset.stream = m === el ? 'clock' : 'follower';
        // The sound of a video is only heard; the picture is the video element.
        m.hidden = track === 'audio' && state.kind === 'video';
        m.addEventListener('error', () => this.post({ type: 'stream/failed', track, message: m.error?.message || `media error ${m.error?.code ?? 0}` }));
        this.element.append(m);
      }
    } else {
      this.clearMedia();
      el = state.kind === 'video' ? h('video', { playsinline: true, preload: 'auto' }) : h('audio', { preload: 'auto' });
      el.setAttribute('src', state.src);
      el.setAttribute('aria-label', state.kind === 'video' ? 'video' : 'audio');
      el.addEventListener('error', () => this.onFailed(el.error?.code ?? 0, el.error?.message ?? 'media error'));
      this.element.append(el);
    }
    this.mediaKey = key;
    for (const ev of ['timeupdate', 'play', 'pause', 'ratechange', 'durationchange', 'seeked', 'loadedmetadata']) el.addEventListener(ev, () => this.onTick());
    if (wasAt) el.addEventListener('loadedmetadata', () => (el.currentTime = wasAt), { once: true });
    // A recording that replaces a playing one (the whole-file copy after a stream fault) plays on.
    if (wasPlaying) el.addEventListener('loadedmetadata', () => void el.play().catch(() => undefined), { once: true });
    this.media = el;
    this.kind = state.kind;
    this.element.dataset.kind = state.kind;
    for (const l of this.mediaListeners) l(el);
    this.emit();
  }

  private clearMedia(): void {
    this.mse?.dispose();
    this.mse = null;
    for (const m of this.element.querySelectorAll('audio, video')) m.remove();
    this.media = null;
  }

  /** A chunk or the end of a streamed track, or how far the background copy has come. */
  receiveStream(m: Extract<HostMessage, { type: 'stream/data' | 'stream/end' | 'stream/copy' }>): void {
    this.mse?.receive(m);
  }

  private onTick(): void {
    const m = this.media;
    if (m && !m.paused) {
      if (this.loop && m.currentTime >= this.loop.end) m.currentTime = this.loop.start;
      else if (this.sequence) this.followSequence(m);
    }
    this.emit();
  }

  /** Jumps over the gaps between fragments, and stops after the last one. */
  private followSequence(m: HTMLMediaElement): void {
    const t = m.currentTime;
    const seq = this.sequence!;
    if (seq.some((f) => holdsTime(f, t))) return;
    const next = seq.find((f) => f.start > t);
    if (next) m.currentTime = next.start;
    else m.pause();
  }

  play(): void {
    void this.media?.play().catch(() => undefined);
  }
  pause(): void {
    this.media?.pause();
  }
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }
  seek(t: number): void {
    if (!this.media) return;
    this.media.currentTime = Math.max(0, Math.min(t, this.duration || t));
    this.emit();
  }
  seekBy(d: number): void {
    this.seek(this.time + d);
  }
  setRate(r: number): void {
    if (this.media) this.media.playbackRate = Math.max(0.5, Math.min(2, Math.round(r * 100) / 100));
  }
}
