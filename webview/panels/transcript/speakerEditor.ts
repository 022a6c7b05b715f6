import type { SpeakerRole } from '../../../src/core/session/model';
import { addSpeakersEdit, newSpeaker, speakerEdit, type SpeakerChange } from '../../../src/core/transcript/speakerEdits';
import { h } from '../../dom';
import type { ViewContext } from '../../viewContext';

const ROLES: SpeakerRole[] = ['begeleider', 'student', 'anders'];

/**
 * Who is who in the transcript: a name, a role (begeleider, student, anders) and a colour for each
 * speaker. Every change is one `update` edit; the list is redrawn when the host confirms it.
 */
export class SpeakerEditor {
  readonly element: HTMLElement;
  private readonly body = h('div', { className: 'kk-tr-speakers-list' });

  constructor(private readonly ctx: ViewContext) {
    const t = ctx.t;
    this.element = h(
      'section',
      { className: 'kk-tr-speakers', hidden: true, 'aria-label': t('transcript.speakers.title') },
      h('h3', { className: 'kk-tr-speakers-title' }, t('transcript.speakers.title')),
      h('p', { className: 'muted' }, t('transcript.speakers.explain')),
      this.body,
      h('button', { type: 'button', className: 'button button-secondary', onclick: () => this.add() }, t('transcript.speakers.add')),
    );
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  show(on: boolean): void {
    this.element.hidden = !on;
    if (on) this.render();
  }

  /** Sends the change; false when it changes nothing (the field then shows the stored value). */
  private update(id: string, change: SpeakerChange): boolean {
    const s = this.ctx.store.session;
    const edit = s ? speakerEdit(s, id, change) : null;
    if (edit) this.ctx.store.edit(edit);
    return edit !== null;
  }

  private add(): void {
    const list = this.ctx.store.session?.speakers ?? [];
    this.ctx.store.edit(addSpeakersEdit([newSpeaker(list, this.ctx.t('transcript.speakers.newName', list.length + 1))]));
  }

  /** Redraws the rows; the field that had the focus gets it back. */
  render(): void {
    if (!this.open) return;
    const t = this.ctx.t;
    const active = this.element.ownerDocument.activeElement as HTMLElement | null;
    const refocus = active && this.body.contains(active) ? `[data-speaker="${active.dataset.speaker}"][data-field="${active.dataset.field}"]` : null;
    const list = this.ctx.store.session?.speakers ?? [];
    this.body.replaceChildren();
    if (!list.length) this.body.append(h('p', { className: 'muted' }, t('transcript.speakers.none')));
    for (const sp of list) {
      const name = h('input', { className: 'field', type: 'text', 'data-speaker': sp.id, 'data-field': 'name', 'aria-label': t('transcript.speakers.name') });
      name.value = sp.name;
      const saveName = () => {
        if (!this.update(sp.id, { name: name.value })) name.value = sp.name;
      };
      name.addEventListener('change', saveName);
      name.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          e.stopPropagation();
          saveName();
        }
      });
      const role = h('select', { className: 'field', 'data-speaker': sp.id, 'data-field': 'role', 'aria-label': t('transcript.speakers.role') });
      for (const r of ROLES) role.append(h('option', { value: r }, t(`transcript.role.${r}`)));
      role.value = sp.role;
      role.addEventListener('change', () => void this.update(sp.id, { role: role.value as SpeakerRole }));
      const colour = h('input', { className: 'kk-tr-colour', type: 'color', 'data-speaker': sp.id, 'data-field': 'colour', 'aria-label': t('transcript.speakers.colour') });
      colour.value = sp.colour.toLowerCase();
      colour.addEventListener('change', () => void this.update(sp.id, { colour: colour.value }));
      this.body.append(h('div', { className: 'kk-tr-speaker-row' }, colour, name, role));
    }
    if (refocus) this.body.querySelector<HTMLElement>(refocus)?.focus();
  }
}
