import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-progress-bar/index.js';
import type { HostMessage, ViewCommand, ViewMessage, ViewSettings } from '../src/protocol/messages';
import type { Translate, UiStrings } from '../src/protocol/uiStrings';
import type { EmotionWordList } from '../src/core/analysis/emotionWords';
import { formatClock } from '../src/core/text/time';
import { segmentIndexAt } from '../src/core/session/timeSpan';
import { AuthorChip } from './components/authorChip';
import { Banner } from './components/banner';
import { DetailLanes } from './components/detailLanes';
import { PlayerClock } from './components/player';
import { Transport } from './components/transport';
import { Waveform } from './components/waveform';
import { fmt, h, icon } from './dom';
import { HostBridge } from './hostBridge';
import { createDetailsPanel } from './panels/detailsPanel';
import { createMirrorPanel } from './panels/mirrorPanel';
import type { Panel } from './panels/panel';
import { createQuestionsPanel } from './panels/questionsPanel';
import { createReviewPanel } from './panels/reviewPanel';
import { createTranscriptPanel } from './panels/transcriptPanel';
import { SessionStore } from './sessionStore';
import type { ViewContext } from './viewContext';
import { ViewEvents } from './viewEvents';

export interface VsCodeApi {
  postMessage(m: ViewMessage): void;
  getState(): unknown;
  setState(s: unknown): void;
}

interface ViewState {
  panels?: Record<string, unknown>;
  tab?: string;
  author?: string | null;
  videoHidden?: boolean;
  time?: number;
}

/**
 * The editor page. Browser APIs come in through the constructor (the VS Code API and the
 * window), so the whole page can be built under jsdom in unit tests.
 */
export class App {
  readonly bridge: HostBridge;
  readonly store: SessionStore;
  readonly events = new ViewEvents();
  private strings: Partial<UiStrings> = {};
  private settings: ViewSettings | null = null;
  private emotionWords: EmotionWordList = { words: [] };
  private built = false;
  private clock!: PlayerClock;
  private waveform!: Waveform;
  private transport!: Transport;
  private lanes!: DetailLanes;
  private author!: AuthorChip;
  private banner!: Banner;
  private panels: Panel[] = [];
  private tabButtons = new Map<string, HTMLButtonElement>();
  private activeTab = 'transcript';
  private videoHidden = false;
  private lastFocus = '';
  private readonly view: ViewState;

  constructor(
    private readonly root: HTMLElement,
    private readonly api: VsCodeApi,
    private readonly win: Window,
  ) {
    this.view = (api.getState() as ViewState | undefined) ?? {};
    this.bridge = new HostBridge((m) => api.postMessage(m));
    this.store = new SessionStore(
      (edit, baseRevision) => this.bridge.post({ type: 'session/apply', edit, baseRevision }),
      (edit, baseRevision) => this.bridge.request({ method: 'applyEdit', edit, baseRevision }),
    );
    win.addEventListener('message', (e: MessageEvent) => this.bridge.receive(e.data));
    this.bridge.on('init', (m) => this.init(m));
    this.bridge.on('session/state', (m) => this.store.replace(m.session, m.revision, m.readOnly, m.dirty));
    this.bridge.on('session/unavailable', (m) => this.store.unavailable(m.revision));
    this.bridge.on('session/edit', (m) => this.store.applied(m.edit, m.revision, m.dirty));
    this.bridge.on('media/state', (m) => this.onMedia(m.media));
    this.bridge.on('problems', (m) => this.banner?.show(m.problems));
    this.bridge.on('command', (m) => this.onCommand(m.command));
    win.document.addEventListener('focusin', () => this.typingChanged());
    win.document.addEventListener('focusout', () => setTimeout(() => this.typingChanged(), 0));
    // The typing context is global to VS Code: when this webview loses focus, it no longer types.
    win.addEventListener('blur', () => this.typingChanged(false));
    win.addEventListener('focus', () => this.typingChanged());
  }

  start(): void {
    this.bridge.post({ type: 'ready' });
  }

  t: Translate = (key, ...args) => fmt(this.strings[key] ?? key, ...args);

  private saveView(): void {
    this.api.setState({ ...this.view, tab: this.activeTab, author: this.author?.current ?? null, videoHidden: this.videoHidden, time: this.clock?.time ?? 0 } satisfies ViewState);
  }

  /**
   * VS Code's keybindings for the player stay off while focus is in a text field or a form
   * (typing), and Space and the arrows also while a button or tab has focus, so that Space presses
   * the button and arrows move within a tab list instead of seeking.
   */
  private typingChanged(hasFocus = true): void {
    const a = hasFocus ? (this.win.document.activeElement as HTMLElement | null) : null;
    const typing = !!a && (a.matches('input, textarea, select, [contenteditable="true"]') || !!a.closest('[data-typing-zone]'));
    const onControl = !!a && !typing && a.matches('button, a[href], [role="tab"], [role="radio"], [role="checkbox"], summary');
    const key = `${typing}/${onControl}`;
    if (key !== this.lastFocus) {
      this.lastFocus = key;
      this.bridge.post({ type: 'focus/typing', typing, onControl });
    }
  }

  private init(m: Extract<HostMessage, { type: 'init' }>): void {
    this.strings = m.strings;
    this.settings = m.settings;
    this.emotionWords = m.emotionWords;
    if (this.built) return;
    this.built = true;
    this.build();
  }

  private build(): void {
    const doc = this.win.document;
    const nonce = doc.querySelector('meta[name="kk-nonce"]')?.getAttribute('content') ?? '';
    this.clock = new PlayerClock(
      (code, message) => this.bridge.post({ type: 'media/failed', code, message }),
      (m) => this.bridge.post(m),
    );
    this.bridge.on('stream/data', (m) => this.clock.receiveStream(m));
    this.bridge.on('stream/end', (m) => this.clock.receiveStream(m));
    this.bridge.on('stream/copy', (m) => this.clock.receiveStream(m));
    this.clock.onChange(() => {
      this.reportPlayback();
      this.showCurrentSegment();
    });
    this.waveform = new Waveform(this.clock, nonce, this.t('transport.position'));
    this.waveform.onSelection = (r) => this.setSelection(r);
    this.lanes = new DetailLanes(this.waveform, (id, time) => {
      this.clock.seek(time);
      this.showTab('details');
      this.events.emit('selectDetail', id);
    }, this.t('details.noAuthor'));
    this.banner = new Banner((problemId, actionId) => this.bridge.post({ type: 'problem/action', problemId, actionId }), this.t('banner.dismiss'));
    this.author = new AuthorChip(this.t, () => {
      this.saveView();
      this.reportPlayback();
    });
    this.transport = new Transport(this.clock, this.t, {
      zoom: (d) => this.waveform.zoom(d),
      loop: () => this.toggleLoop(),
      toggleVideo: () => this.toggleVideo(),
    });
    const formSlot = h('div', { id: 'kk-form-slot' });
    const ctx: ViewContext = {
      bridge: this.bridge,
      store: this.store,
      t: this.t,
      settings: this.settings!,
      clock: this.clock,
      author: () => this.author.current,
      tagHere: () => this.tagHere(),
      events: this.events,
      win: this.win,
      emotionWords: this.emotionWords,
      viewState: {
        get: <T,>(key: string) => this.view.panels?.[key] as T | undefined,
        set: (key, value) => {
          this.view.panels = { ...this.view.panels, [key]: value };
          this.saveView();
        },
      },
      selection: () => this.selection,
      showTab: (id) => this.showTab(id),
      formSlot,
    };
    this.panels = [createTranscriptPanel(ctx), createDetailsPanel(ctx), createQuestionsPanel(ctx), createReviewPanel(ctx), createMirrorPanel(ctx)];
    const tabs = h('div', { className: 'tabs', role: 'tablist' });
    const bodies = h('div', { className: 'tab-bodies' });
    for (const p of this.panels) {
      const b = h('button', { type: 'button', role: 'tab', id: `tab-${p.id}`, className: 'tab', 'aria-controls': `panel-${p.id}`, onclick: () => this.showTab(p.id) }, this.t(p.titleKey));
      b.addEventListener('keydown', (e) => this.tabKeys(e, p.id));
      this.tabButtons.set(p.id, b);
      tabs.append(b);
      p.element.id = `panel-${p.id}`;
      p.element.setAttribute('role', 'tabpanel');
      p.element.setAttribute('aria-labelledby', `tab-${p.id}`);
      p.element.classList.add('tab-body');
      bodies.append(p.element);
    }
    const header = h('header', { className: 'header' }, h('span', { className: 'title', id: 'kk-title' }), this.author.element, h('vscode-badge', { id: 'kk-readonly', hidden: true }, this.t('readonly.badge')));
    const media = h('section', { className: 'media-pane', 'aria-label': 'media' }, this.clock.element, h('div', { className: 'media-status', id: 'kk-media-status', role: 'status' }), this.waveform.element, this.lanes.element, this.transport.element, formSlot);
    const side = h('section', { className: 'side-pane' }, tabs, bodies);
    const split = h('main', { className: 'split' }, media, h('div', { className: 'splitter', role: 'separator', 'aria-orientation': 'vertical' }), side);
    this.root.append(header, this.banner.element, split);
    this.store.subscribe((c) => {
      const s = this.store.session;
      doc.getElementById('kk-readonly')!.hidden = !this.store.readOnly;
      this.root.classList.toggle('no-session', !s);
      split.hidden = !s;
      if (!s) return;
      doc.getElementById('kk-title')!.textContent = s.title || s.recording?.path || '';
      if (c.kind === 'replace' || c.touched.has('participants')) this.author.setParticipants(s.participants);
      if (c.kind === 'replace' || c.touched.has('details') || c.touched.has('participants')) this.lanes.update(s);
      if (c.kind === 'replace' || c.touched.has('fragments')) this.waveform.showFragments(s.fragments, (f) => `${f.name} (${formatClock(f.start)}–${formatClock(f.end)})`);
      for (const p of this.panels) p.update(c);
    });
    this.restorePlayhead();
    this.author.selectId(this.view.author ?? null);
    this.videoHidden = !!this.view.videoHidden;
    this.root.classList.toggle('video-hidden', this.videoHidden);
    this.showTab(this.view.tab ?? 'transcript');
  }

  /**
   * A page that VS Code rebuilt (hidden and shown again, or reloaded) goes back to where the coach
   * was, once: on the first recording that loads. One listener for the page's life, not one per
   * `media/state` message; a later recording (the whole-file copy that replaces a stream) keeps
   * the playhead itself (PlayerClock.setMedia), so it must not be sent back to the restored time.
   */
  private restorePlayhead(): void {
    let pending = this.view.time ?? 0;
    if (!pending) return;
    this.clock.onMedia((m) =>
      m.addEventListener(
        'loadedmetadata',
        () => {
          if (!pending) return;
          const at = pending;
          pending = 0;
          this.clock.seek(at);
        },
        { once: true },
      ),
    );
  }

  private tagHere(): void {
    this.clock.pause();
    this.showTab('details');
    this.events.emit('tagHere', this.clock.time);
  }

  private onMedia(media: Extract<HostMessage, { type: 'media/state' }>['media']): void {
    if (!this.built) return;
    const status = this.win.document.getElementById('kk-media-status')!;
    status.replaceChildren();
    if (media.status === 'preparing') {
      // A determinate bar once ffmpeg reports how far it is; the host also offers Cancel.
      const bar = h('vscode-progress-bar', { max: 100, 'aria-label': media.message });
      if (media.fraction !== null) bar.setAttribute('value', String(Math.round(media.fraction * 100)));
      status.append(bar, `${media.message}${media.fraction !== null ? ` ${Math.round(media.fraction * 100)}%` : ''}`);
    } else if (media.status === 'none') status.append(this.t('media.none'));
    else if (media.status === 'error') status.append(icon('error'), ` ${media.message}`);
    else {
      if (media.stream) status.append(icon('info'), ` ${this.t('stream.playing')}`);
      else if (media.viaProxy) status.append(icon('info'), ` ${this.t('media.viaProxy')}`);
      if (!media.peaks.length && !media.stream) status.append(' ', this.t('media.noWaveform'));
      this.root.classList.toggle('audio-only', media.kind === 'audio');
      this.clock.setMedia(media);
      this.waveform.setPeaks(media.peaks, media.durationSec);
    }
  }

  /** The transcript segment under the playhead, shaded on the waveform in its speaker's colour. */
  private lastSegment = -1;
  private showCurrentSegment(): void {
    const segs = this.store.session?.transcript;
    if (!segs?.length) return;
    const idx = segmentIndexAt(segs, this.clock.time);
    const seg = idx >= 0 ? segs[idx]! : null;
    if (idx === this.lastSegment) return;
    this.lastSegment = idx;
    const colour = this.store.session!.speakers.find((sp) => sp.id === seg?.speakerId)?.colour ?? '#808080';
    this.waveform.showSegment(seg, `${colour}33`);
  }

  private onCommand(c: ViewCommand): void {
    if (!this.built) return;
    switch (c.kind) {
      case 'playPause':
        return this.clock.toggle();
      case 'seekBy':
        return this.clock.seekBy(c.seconds);
      case 'seekTo':
        return this.clock.seek(c.seconds);
      case 'speed':
        return this.clock.setRate(this.clock.rate + c.delta);
      case 'loopSelection':
        return this.toggleLoop();
      case 'zoom':
        this.waveform.zoom(c.delta);
        return;
      case 'tagHere':
        return this.tagHere();
      case 'author':
        return this.author.select(c.index);
      case 'announceTime':
        return this.transport.announce();
      case 'focus':
        this.showTab(c.panel === 'search' ? 'transcript' : c.panel);
        this.panels.find((p) => p.id === (c.panel === 'search' ? 'transcript' : c.panel))?.focus?.();
        return;
      case 'typeAlong':
        this.events.emit('typeAlong', c.action);
        return;
      case 'whoIsWho':
        this.events.emit('whoIsWho', c.speakerIds);
        return;
    }
  }

  private selection: { start: number; end: number } | null = null;
  private toggleLoop(): void {
    if (this.clock.loop) this.clock.loop = null;
    else if (this.selection) this.clock.loop = this.selection;
    this.root.classList.toggle('looping', !!this.clock.loop);
  }

  private toggleVideo(): void {
    this.videoHidden = !this.videoHidden;
    this.root.classList.toggle('video-hidden', this.videoHidden);
    this.saveView();
  }

  showTab(id: string): void {
    if (!this.panels.some((p) => p.id === id)) id = 'transcript';
    this.activeTab = id;
    for (const p of this.panels) {
      const on = p.id === id;
      p.element.hidden = !on;
      const b = this.tabButtons.get(p.id)!;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      if (on) p.shown?.();
    }
    this.saveView();
  }

  private tabKeys(e: KeyboardEvent, id: string): void {
    const ids = this.panels.map((p) => p.id);
    const i = ids.indexOf(id as Panel['id']);
    const next = e.key === 'ArrowRight' ? ids[(i + 1) % ids.length] : e.key === 'ArrowLeft' ? ids[(i - 1 + ids.length) % ids.length] : null;
    if (!next) return;
    e.preventDefault();
    this.showTab(next);
    this.tabButtons.get(next)!.focus();
  }

  private lastReport = 0;
  private reportPlayback(): void {
    const now = Date.now();
    if (now - this.lastReport < 250 && this.clock.playing) return;
    this.lastReport = now;
    this.bridge.post({ type: 'playback/state', time: this.clock.time, playing: this.clock.playing, author: this.author.currentParticipant?.name ?? null });
    if (!this.clock.playing) this.saveView();
  }

  setSelection(r: { start: number; end: number } | null): void {
    this.selection = r;
  }
}
