import type { Session, Speaker, SpeakerRole } from '../../../src/core/session/model';
import { insertSegmentEdit } from '../../../src/core/transcript/segmentEdits';
import { addSpeakersEdit, newSpeaker } from '../../../src/core/transcript/speakerEdits';
import { h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import type { UiStringKey } from '../../../src/protocol/uiStrings';

export type TypeAlongAction = 'toggle' | 'newSegment' | 'nextSpeaker';

/** Speakers made on the fly when someone starts typing along without any (colours from PALETTE). */
const DEFAULT_SPEAKERS: { key: UiStringKey; role: SpeakerRole; colour: string }[] = [
  { key: 'transcript.typeAlong.begeleider', role: 'begeleider', colour: '#0072B2' },
  { key: 'transcript.typeAlong.student', role: 'student', colour: '#D55E00' },
  { key: 'transcript.typeAlong.other', role: 'anders', colour: '#009E73' },
];

/**
 * Typing along with the recording, as in oTranscribe: one box pinned under the list. Escape (or
 * Ctrl+Space) pauses and jumps back a little, or plays on; Enter writes what was typed as a
 * segment from the moment typing began until now; Alt+1/2/3 choose who speaks. The hands stay
 * on the keyboard and the box keeps the focus.
 */
export class TypeAlong {
  readonly element: HTMLElement;
  private readonly box: HTMLTextAreaElement;
  private readonly who: HTMLElement;
  private typingStart: number | null = null;
  /** Speakers asked of the host that have not come back yet. */
  private readonly pending = new Set<string>();
  speakerId: string | null = null;

  constructor(private readonly ctx: ViewContext) {
    const t = ctx.t;
    this.box = h('textarea', { className: 'field kk-tr-type-box', rows: 2, 'aria-label': t('transcript.typeAlong.label'), 'aria-describedby': 'kk-tr-type-hint' });
    this.box.addEventListener('input', () => {
      if (this.typingStart === null && this.box.value.trim() !== '') this.typingStart = ctx.clock.time;
      if (this.box.value.trim() === '') this.typingStart = null;
    });
    this.box.addEventListener('keydown', (e) => this.onKey(e));
    this.who = h('div', { className: 'kk-tr-type-who', role: 'group', 'aria-label': t('transcript.typeAlong.speaker') });
    this.element = h(
      'div',
      { className: 'kk-tr-type', 'data-typing-zone': '', hidden: true },
      this.who,
      this.box,
      h('div', { className: 'muted kk-tr-hint', id: 'kk-tr-type-hint' }, t('transcript.typeAlong.hint', ctx.settings.typeAlongRewindSec)),
    );
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  show(on: boolean): void {
    this.element.hidden = !on;
    if (on) {
      this.renderSpeakers();
      this.box.focus();
    }
  }

  focus(): void {
    this.box.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const digit = /^Digit([1-9])$/.exec(e.code)?.[1];
    let action: (() => void) | null = null;
    if (e.key === 'Escape' || (e.ctrlKey && e.code === 'Space')) action = () => this.act('toggle');
    else if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) action = () => this.act('newSegment');
    else if (digit && (e.altKey || e.ctrlKey)) action = () => this.chooseSpeaker(Number(digit) - 1);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  }

  act(a: TypeAlongAction): void {
    if (!this.open) this.show(true);
    if (a === 'toggle') this.togglePlay();
    else if (a === 'newSegment') this.commit();
    else this.chooseSpeaker(this.nextSpeakerIndex());
    this.box.focus();
  }

  private togglePlay(): void {
    const c = this.ctx.clock;
    if (c.playing) {
      c.pause();
      c.seekBy(-this.ctx.settings.typeAlongRewindSec);
    } else c.play();
  }

  private get session(): Session | null {
    return this.ctx.store.session;
  }

  private commit(): void {
    const s = this.session;
    const text = this.box.value.trim();
    if (!s || !text) return;
    const now = this.ctx.clock.time;
    const start = Math.max(0, this.typingStart ?? now);
    // After a pause-and-rewind "now" may lie before the start; the segment then ends where it began.
    const end = Math.max(start, now);
    const speakerId = s.speakers.some((p) => p.id === this.speakerId) ? this.speakerId : null;
    this.ctx.store.edit(insertSegmentEdit(s, { start, end, speakerId, text }));
    this.box.value = '';
    this.typingStart = null;
  }

  private nextSpeakerIndex(): number {
    const list = this.session?.speakers ?? [];
    const i = list.findIndex((p) => p.id === this.speakerId);
    return list.length ? (i + 1) % list.length : 0;
  }

  /** Chooses speaker k, making the usual ones first if the transcript has none (yet). */
  chooseSpeaker(k: number): void {
    const s = this.session;
    if (!s) return;
    const have = s.speakers.length;
    const want = Math.max(k + 1, have === 0 ? 2 : 0);
    if (k < have) this.speakerId = s.speakers[k]!.id;
    else if (k < DEFAULT_SPEAKERS.length) {
      const made: Speaker[] = [];
      for (let i = have; i < want && i < DEFAULT_SPEAKERS.length; i++) {
        const d = DEFAULT_SPEAKERS[i]!;
        made.push(newSpeaker(s.speakers, this.ctx.t(d.key), d.role, d.colour));
      }
      this.ctx.store.edit(addSpeakersEdit(made));
      made.forEach((m) => this.pending.add(m.id));
      this.speakerId = made[k - have]?.id ?? this.speakerId;
    }
    this.renderSpeakers();
  }

  /** The speaker chips, with the current one marked; called when speakers change. */
  renderSpeakers(): void {
    const list = this.session?.speakers ?? [];
    for (const p of list) this.pending.delete(p.id);
    if (this.speakerId && !list.some((p) => p.id === this.speakerId) && !this.pending.has(this.speakerId)) this.speakerId = null;
    if (!this.speakerId && list.length) this.speakerId = list[0]!.id;
    this.who.replaceChildren(h('span', { className: 'muted' }, this.ctx.t('transcript.typeAlong.speaker') + ':'));
    if (!list.length) this.who.append(h('span', { className: 'muted' }, this.ctx.t('transcript.typeAlong.noSpeakers')));
    list.slice(0, 9).forEach((p, i) => {
      const on = p.id === this.speakerId;
      const chip = h('button', { type: 'button', className: `chip${on ? ' chip-on' : ''}`, 'aria-pressed': String(on), title: `Alt+${i + 1}`, onclick: () => {
        this.chooseSpeaker(i);
        this.box.focus();
      } }, h('span', { className: 'swatch', 'aria-hidden': 'true' }), `${i + 1} ${p.name}`);
      chip.style.setProperty('--kk-speaker', p.colour);
      this.who.append(chip);
    });
  }
}
