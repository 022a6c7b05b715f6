import { formatClock, parseClock } from '../../src/core/text/time';
import type { Translate } from '../../src/protocol/uiStrings';
import { h, icon } from '../dom';
import type { PlayerClock } from './player';

/** Buttons for the player; every one also has a (rebindable) VS Code keybinding. */
export class Transport {
  readonly element: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly timeLabel: HTMLElement;
  private readonly speed: HTMLSelectElement;
  private readonly live = h('div', { className: 'sr-only', 'aria-live': 'assertive' });

  constructor(
    private readonly clock: PlayerClock,
    private readonly t: Translate,
    actions: { zoom(d: number): void; loop(): void; toggleVideo(): void },
  ) {
    const btn = (name: string, label: string, onclick: () => void) =>
      h('button', { className: 'icon-button', type: 'button', title: label, 'aria-label': label, onclick }, icon(name));
    this.playButton = btn('play', t('transport.play'), () => clock.toggle());
    this.timeLabel = h('span', { className: 'time', role: 'timer', 'aria-label': t('transport.position') });
    this.speed = h('select', { className: 'speed', 'aria-label': t('transport.speed'), title: t('transport.speed') });
    for (const r of [0.5, 0.75, 1, 1.25, 1.5, 2]) this.speed.append(h('option', { value: String(r), selected: r === 1 }, `${r}×`));
    this.speed.addEventListener('change', () => clock.setRate(Number(this.speed.value)));
    const goto = h('input', { className: 'goto', type: 'text', placeholder: 'mm:ss', 'aria-label': t('transport.goto'), title: t('transport.goto'), size: 6 });
    goto.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      const s = parseClock(goto.value);
      if (s !== null) clock.seek(s);
      goto.value = '';
    });
    this.element = h(
      'div',
      { className: 'transport', role: 'toolbar', 'aria-label': 'transport' },
      btn('debug-reverse-continue', t('transport.back5'), () => clock.seekBy(-5)),
      btn('chevron-left', t('transport.back1'), () => clock.seekBy(-1)),
      this.playButton,
      btn('chevron-right', t('transport.fwd1'), () => clock.seekBy(1)),
      btn('debug-continue', t('transport.fwd5'), () => clock.seekBy(5)),
      this.timeLabel,
      this.speed,
      btn('sync', t('transport.loop'), () => actions.loop()),
      goto,
      btn('zoom-out', t('transport.zoomOut'), () => actions.zoom(-1)),
      btn('zoom-in', t('transport.zoomIn'), () => actions.zoom(1)),
      btn('device-camera-video', t('transport.hideVideo'), () => actions.toggleVideo()),
      this.live,
    );
    clock.onChange(() => this.render());
    this.render();
  }

  private render(): void {
    const playing = this.clock.playing;
    const label = playing ? this.t('transport.pause') : this.t('transport.play');
    this.playButton.replaceChildren(icon(playing ? 'debug-pause' : 'play'));
    this.playButton.title = label;
    this.playButton.setAttribute('aria-label', label);
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.timeLabel.textContent = `${formatClock(this.clock.time, true)} / ${formatClock(this.clock.duration)}`;
    const r = String(this.clock.rate);
    if (this.speed.value !== r && [...this.speed.options].some((o) => o.value === r)) this.speed.value = r;
  }

  /** Says the playback position aloud for screen-reader users, on demand. */
  announce(): void {
    this.live.textContent = this.t('transport.announce', formatClock(this.clock.time), formatClock(this.clock.duration));
  }
}
