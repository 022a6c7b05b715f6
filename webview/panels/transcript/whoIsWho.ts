import type { Speaker, SpeakerRole } from '../../../src/core/session/model';
import { voiceSample } from '../../../src/core/speech/transcriptImport';
import { speakerEdit } from '../../../src/core/transcript/speakerEdits';
import { h, icon } from '../../dom';
import type { ViewContext } from '../../viewContext';

const CHOICES: SpeakerRole[] = ['begeleider', 'student', 'anders'];
/** Names the import gave, which a choice of role may replace ("Spreker 1 (automatisch)"). */
const AUTOMATIC = /^(Spreker|Speaker) \d+( \((automatisch|automatic)\))?$/;

/**
 * "Wie is wie?" after a transcript was made: each automatic voice with a ▶ that plays two seconds
 * of its first long turn, and a choice begeleider / student / anders with a name. Each choice is one
 * `update` of that speaker (role, and the name when it was still the automatic one).
 * Native buttons, selects and inputs: operable with Tab, Space, Enter and the arrow keys.
 */
export class WhoIsWho {
  readonly element: HTMLElement;
  private readonly body = h('div', { className: 'kk-tr-who-list' });
  private ids: readonly string[] = [];
  private stopAt: number | null = null;

  constructor(private readonly ctx: ViewContext) {
    const t = ctx.t;
    this.element = h(
      'section',
      { className: 'kk-tr-who', hidden: true, 'aria-label': t('speech.who.title') },
      h('h3', { className: 'kk-tr-speakers-title' }, t('speech.who.title')),
      h('p', { className: 'muted' }, t('speech.who.explain')),
      this.body,
      h('button', { type: 'button', className: 'button button-secondary', 'data-action': 'who-done', onclick: () => this.show([]) }, t('speech.who.done')),
    );
    // Stops the sample after its two seconds (or when the user pauses or seeks away).
    ctx.clock.onChange(() => {
      if (this.stopAt === null) return;
      if (!ctx.clock.playing) this.stopAt = null;
      else if (ctx.clock.time >= this.stopAt) {
        this.stopAt = null;
        ctx.clock.pause();
      }
    });
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  /** Shows the step for these speakers (those that still exist); an empty list closes it. */
  show(ids: readonly string[]): void {
    this.ids = ids;
    this.element.hidden = ids.length === 0;
    this.render();
    // Into view, not into focus: Ctrl+Z right after the import must undo the import (VS Code's undo).
    if (ids.length) this.element.scrollIntoView?.({ block: 'nearest' });
  }

  private speakers(): Speaker[] {
    const all = this.ctx.store.session?.speakers ?? [];
    return this.ids.map((id) => all.find((s) => s.id === id)).filter((s): s is Speaker => !!s);
  }

  private play(sp: Speaker): void {
    const sample = voiceSample(this.ctx.store.session?.transcript ?? [], sp.id);
    if (!sample) return;
    this.ctx.clock.seek(sample.start);
    this.stopAt = sample.end;
    this.ctx.clock.play();
  }

  private choose(sp: Speaker, role: SpeakerRole, name: string): void {
    const s = this.ctx.store.session;
    const edit = s ? speakerEdit(s, sp.id, { role, name }) : null;
    if (edit) this.ctx.store.edit(edit);
  }

  render(): void {
    if (!this.open) return;
    const t = this.ctx.t;
    const transcript = this.ctx.store.session?.transcript ?? [];
    // The list is redrawn when the host confirms an edit; the control that had the focus keeps it.
    const active = this.element.ownerDocument.activeElement as HTMLElement | null;
    const refocus = active && this.body.contains(active) ? `[data-speaker="${active.dataset.speaker}"][data-field="${active.dataset.field ?? ''}"]` : null;
    this.body.replaceChildren();
    for (const sp of this.speakers()) {
      const hasSample = voiceSample(transcript, sp.id) !== null;
      const play = h(
        'button',
        { type: 'button', className: 'icon-button', 'data-action': 'who-play', 'data-speaker': sp.id, 'data-field': 'who-play', disabled: !hasSample, title: t(hasSample ? 'speech.who.play' : 'speech.who.noSample', sp.name), 'aria-label': t(hasSample ? 'speech.who.play' : 'speech.who.noSample', sp.name) },
        icon('play'),
      );
      play.addEventListener('click', () => this.play(sp));
      const role = h('select', { className: 'field', 'data-speaker': sp.id, 'data-field': 'who-role', 'aria-label': t('speech.who.role', sp.name) });
      role.append(h('option', { value: '' }, t('speech.who.choose')));
      for (const r of CHOICES) role.append(h('option', { value: r }, t(`transcript.role.${r}`)));
      role.value = sp.role === 'anders' && AUTOMATIC.test(sp.name) ? '' : sp.role;
      const name = h('input', { className: 'field', type: 'text', 'data-speaker': sp.id, 'data-field': 'who-name', 'aria-label': t('speech.who.name', sp.name) });
      name.value = sp.name;
      role.addEventListener('change', () => {
        const r = role.value as SpeakerRole | '';
        if (!r) return;
        // A voice still called "Spreker 1" gets the role as its name; a name the coach typed stays.
        const newName = AUTOMATIC.test(sp.name) && r !== 'anders' ? t(`speech.who.${r}`) : sp.name;
        this.choose(sp, r, newName);
      });
      const saveName = () => this.choose(sp, (role.value || sp.role) as SpeakerRole, name.value);
      name.addEventListener('change', saveName);
      name.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          e.stopPropagation();
          saveName();
        }
      });
      const swatch = h('span', { className: 'swatch', 'aria-hidden': 'true' });
      swatch.style.setProperty('--kk-speaker', sp.colour);
      this.body.append(h('div', { className: 'kk-tr-speaker-row kk-tr-who-row' }, play, swatch, name, role));
    }
    if (refocus) this.body.querySelector<HTMLElement>(refocus)?.focus();
  }
}
