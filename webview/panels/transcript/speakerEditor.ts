import { newId } from '../../../src/core/session/ids';
import type { Speaker, SpeakerRole } from '../../../src/core/session/model';
import { PALETTE } from '../../../src/core/framework/builtinFrameworks';
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

  private update(id: string, patch: Partial<Speaker>): void {
    this.ctx.store.edit({ op: 'update', coll: 'speakers', id, patch });
  }

  private add(): void {
    const list = this.ctx.store.session?.speakers ?? [];
    const colour = PALETTE.find((c) => !list.some((s) => s.colour.toLowerCase() === c.toLowerCase())) ?? PALETTE[list.length % PALETTE.length]!;
    const item: Speaker = { id: newId('sp'), name: this.ctx.t('transcript.speakers.newName', list.length + 1), role: 'anders', colour };
    this.ctx.store.edit({ op: 'add', coll: 'speakers', item });
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
        const v = name.value.trim();
        if (v && v !== sp.name) this.update(sp.id, { name: v.slice(0, 200) });
        else name.value = sp.name;
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
      role.addEventListener('change', () => this.update(sp.id, { role: role.value as SpeakerRole }));
      const colour = h('input', { className: 'kk-tr-colour', type: 'color', 'data-speaker': sp.id, 'data-field': 'colour', 'aria-label': t('transcript.speakers.colour') });
      colour.value = sp.colour.toLowerCase();
      colour.addEventListener('change', () => {
        if (/^#[0-9a-fA-F]{6}$/.test(colour.value) && colour.value.toLowerCase() !== sp.colour.toLowerCase()) this.update(sp.id, { colour: colour.value });
      });
      this.body.append(h('div', { className: 'kk-tr-speaker-row' }, colour, name, role));
    }
    if (refocus) this.body.querySelector<HTMLElement>(refocus)?.focus();
  }
}
