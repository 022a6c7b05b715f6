import WaveSurfer from 'wavesurfer.js';
import HoverPlugin from 'wavesurfer.js/dist/plugins/hover.esm.js';
import MinimapPlugin from 'wavesurfer.js/dist/plugins/minimap.esm.js';
import RegionsPlugin, { type Region } from 'wavesurfer.js/dist/plugins/regions.esm.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.esm.js';
import type { PeakLevel } from '../../src/protocol/messages';
import { h } from '../dom';
import type { PlayerClock } from './player';

type Fragment = { id: string; name: string; start: number; end: number };

/** Zoom steps in pixels per second; 0 means "fit the whole recording". */
const ZOOM_STEPS = [0, 2, 5, 10, 25, 50, 100, 200];

/** wavesurfer draws the first channel above the axis and the second below it. */
function toChannels(level: PeakLevel): [Float32Array, Float32Array] {
  return [Float32Array.from(level.max, (x) => x / 127), Float32Array.from(level.min, (x) => x / 127)];
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

/** While seeking by dragging over the waveform, the recording follows this long after the last move. */
const DRAG_SEEK_MS = 150;

/**
 * The waveform, drawn by wavesurfer.js from peaks the host computed: it is given `peaks` and
 * `duration`, so it never fetches or decodes audio itself. Zooming switches to the coarsest peak
 * level that still has a peak for every pixel.
 *
 * It shows the player's clock but does not own the media element: wavesurfer gets a stand-in
 * `<audio>` without a source, and the cursor is moved here only when the playhead has moved a
 * whole pixel (see `follow`). Given the real element, wavesurfer redraws its progress on every
 * animation frame while playing; at the usual zoom (a 20-minute recording across 540 pixels) that
 * is 60 repaints a second for one pixel every two seconds. Measured in the playback bench's
 * workbench: 0.4 of the 2 cores went to that while a recording played, taken from the background
 * copy (issue 15), and on a laptop from its battery. Clicks and drags on the waveform and its
 * overview seek the real clock.
 */
export class Waveform {
  readonly element = h('div', { className: 'waveform-wrap' });
  private readonly container = h('div', { className: 'waveform', role: 'slider', tabindex: '0', 'aria-valuemin': '0' });
  private readonly timeline = h('div', { className: 'timeline' });
  private readonly overview = h('div', { className: 'overview' });
  private ws: WaveSurfer | null = null;
  private regions: ReturnType<typeof RegionsPlugin.create> | null = null;
  private levels: PeakLevel[] = [];
  private duration = 0;
  private zoomIndex = 0;
  private currentLevel = -1;
  private segmentRegion: Region | null = null;
  private selection: Region | null = null;
  private readonly scrollListeners = new Set<() => void>();
  /** The cursor's last drawn pixel and the pending animation frame of `follow`. */
  private shownPx = Number.NaN;
  private frame = 0;
  private dragSeek = 0;
  /** Called when the user drags out a range (for looping, a ranged detail, a fragment). */
  onSelection: ((range: { start: number; end: number } | null) => void) | null = null;

  constructor(
    private readonly clock: PlayerClock,
    private readonly nonce: string,
    private readonly label: string,
  ) {
    this.element.append(this.overview, this.container, this.timeline);
    this.container.setAttribute('aria-label', label);
    // Once for the waveform's life: the clock outlives every wavesurfer made in create().
    this.clock.onChange(() => {
      this.container.setAttribute('aria-valuenow', String(Math.round(this.clock.time)));
      this.follow();
    });
    this.container.addEventListener(
      'wheel',
      (e) => {
        if (!e.ctrlKey) return;
        e.preventDefault();
        this.zoom(e.deltaY < 0 ? 1 : -1);
      },
      { passive: false },
    );
  }

  /** Set once the media element and peaks are known; peaks may be empty (no ffmpeg). */
  setPeaks(levels: PeakLevel[], duration: number): void {
    this.levels = levels;
    this.duration = duration;
    if (this.ws && this.media && this.media === this.clock.media) {
      // Same element, new peaks (a streamed recording's waveform arrives after its sound).
      // wavesurfer only draws new peaks on load, and loading would take the element's source
      // away, so the waveform is made anew on the same element.
      this.create(this.media);
      return;
    }
    if (this.listening) return;
    this.listening = true;
    this.clock.onMedia((media) => this.create(media));
  }

  private media: HTMLMediaElement | null = null;
  private listening = false;

  private create(media: HTMLMediaElement): void {
    this.media = media;
    this.ws?.destroy();
    this.currentLevel = -1;
    const level = this.levelFor(this.element.clientWidth / Math.max(1, this.duration));
    this.regions = RegionsPlugin.create();
    const plugins = [
      this.regions,
      TimelinePlugin.create({ container: this.timeline, style: { color: cssVar('--vscode-descriptionForeground', '#888') } }),
      HoverPlugin.create({ lineColor: cssVar('--vscode-editorCursor-foreground', '#888'), labelBackground: cssVar('--vscode-editorWidget-background', '#333'), labelColor: cssVar('--vscode-foreground', '#ccc') }),
    ];
    // An overview helps to find your way in a long recording; for a short one it is clutter.
    const minimap = this.duration > 600 ? MinimapPlugin.create({ container: this.overview, height: 24, waveColor: cssVar('--vscode-disabledForeground', '#777'), progressColor: cssVar('--vscode-focusBorder', '#09f') }) : null;
    if (minimap) plugins.push(minimap as never);
    this.ws = WaveSurfer.create({
      container: this.container,
      // A stand-in: wavesurfer shows the clock, it does not drive or watch the real element (see above).
      media: document.createElement('audio'),
      height: 96,
      normalize: true,
      peaks: level ? toChannels(level) : [[0], [0]],
      duration: this.duration,
      waveColor: cssVar('--vscode-charts-blue', '#3794ff'),
      progressColor: cssVar('--vscode-charts-purple', '#b180d7'),
      cursorColor: cssVar('--vscode-editorCursor-foreground', '#fff'),
      cursorWidth: 2,
      dragToSeek: true,
      autoScroll: true,
      autoCenter: true,
      cspNonce: this.nonce,
      plugins,
    });
    this.regions.enableDragSelection({ color: 'rgba(128,128,128,0.25)' });
    this.regions.on('region-created', (r: Region) => {
      if (r.id.startsWith('kk-')) return;
      this.selection?.remove();
      this.selection = r;
      this.onSelection?.({ start: r.start, end: r.end });
    });
    this.regions.on('region-updated', (r: Region) => {
      if (r === this.selection) this.onSelection?.({ start: r.start, end: r.end });
    });
    this.ws.on('scroll', () => this.scrollListeners.forEach((l) => l()));
    this.ws.on('zoom', () => this.scrollListeners.forEach((l) => l()));
    this.ws.on('redraw', () => this.scrollListeners.forEach((l) => l()));
    this.ws.once('ready', () => {
      this.showFragments(this.fragments, this.fragmentTitle);
      this.follow(true);
    });
    // A click (on the waveform or its overview) seeks at once; a drag when the pointer rests.
    const seekTo = (relativeX: number, later: boolean) => {
      clearTimeout(this.dragSeek);
      const t = Math.max(0, Math.min(this.duration, relativeX * this.duration));
      if (later) this.dragSeek = window.setTimeout(() => this.clock.seek(t), DRAG_SEEK_MS);
      else this.clock.seek(t);
    };
    this.ws.on('click', (x) => seekTo(x, false));
    this.ws.on('drag', (x) => seekTo(x, true));
    this.ws.on('dragend', (x) => seekTo(x, false));
    minimap?.on('click', (x) => seekTo(x, false));
    minimap?.on('drag', (x) => seekTo(x, true));
    this.container.setAttribute('aria-valuemax', String(Math.round(this.duration)));
  }

  private levelFor(pxPerSec: number): PeakLevel | undefined {
    if (!this.levels.length) return undefined;
    const i = this.levels.findIndex((l) => l.peaksPerSec >= pxPerSec);
    const idx = i < 0 ? this.levels.length - 1 : i;
    this.currentLevel = idx;
    return this.levels[idx];
  }

  /**
   * Moves wavesurfer's cursor (and overview) to the playhead once it has moved at least a pixel at
   * the current zoom, every animation frame while the recording plays; `force` after a redraw.
   */
  private follow(force = false): void {
    const ws = this.ws;
    if (!ws) return;
    const t = this.clock.time;
    const px = Math.round(t * this.geometry().pxPerSec);
    if (force || px !== this.shownPx) {
      this.shownPx = px;
      ws.setTime(t);
    }
    if (this.clock.playing && !this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.follow();
      });
    }
  }

  /** +1 zooms in, -1 out; returns the pixels per second now shown (0 = whole recording). */
  zoom(direction: number): number {
    this.zoomIndex = Math.max(0, Math.min(ZOOM_STEPS.length - 1, this.zoomIndex + direction));
    const pxPerSec = ZOOM_STEPS[this.zoomIndex]!;
    if (!this.ws) return pxPerSec;
    const before = this.currentLevel;
    const level = this.levelFor(pxPerSec || this.element.clientWidth / Math.max(1, this.duration));
    if (level && this.currentLevel !== before) this.ws.setOptions({ peaks: toChannels(level), duration: this.duration });
    this.ws.zoom(pxPerSec);
    this.follow(true);
    return pxPerSec;
  }

  /** Maps a time to an x position within the visible waveform, for the lanes below it. */
  geometry(): { pxPerSec: number; scrollLeft: number; width: number } {
    const width = this.container.clientWidth;
    const total = this.ws?.getWrapper().scrollWidth ?? width;
    const pxPerSec = total / Math.max(0.001, this.duration);
    return { pxPerSec, scrollLeft: this.ws?.getScroll() ?? 0, width };
  }

  onScroll(l: () => void): void {
    this.scrollListeners.add(l);
  }

  /** Shows the transcript segment under the playhead on the waveform. */
  showSegment(range: { start: number; end: number } | null, colour: string): void {
    if (!this.regions) return;
    if (this.segmentRegion && range && this.segmentRegion.start === range.start && this.segmentRegion.end === range.end) return;
    this.segmentRegion?.remove();
    this.segmentRegion = range
      ? this.regions.addRegion({ id: 'kk-segment', start: range.start, end: range.end, color: colour, drag: false, resize: false })
      : null;
  }

  private fragmentRegions: Region[] = [];
  private fragments: Fragment[] = [];
  private fragmentTitle: (f: Fragment) => string = (f) => f.name;

  /** The trio's fragments, as labelled regions the user cannot drag by accident. */
  showFragments(fragments: Fragment[], title: (f: Fragment) => string): void {
    this.fragments = fragments;
    this.fragmentTitle = title;
    if (!this.regions) return;
    for (const r of this.fragmentRegions) r.remove();
    this.fragmentRegions = fragments.map((f) => {
      const r = this.regions!.addRegion({ id: `kk-fragment-${f.id}`, start: f.start, end: f.end, color: 'rgba(128,128,128,0.12)', content: f.name, drag: false, resize: false });
      r.element?.setAttribute('title', title(f));
      return r;
    });
  }
}
