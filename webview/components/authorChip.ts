import type { Participant } from '../../src/core/session/model';
import type { Translate } from '../../src/protocol/uiStrings';
import { clear, h } from '../dom';

/** "Who is noting": one laptop, three people. Every note carries the chosen author. */
export class AuthorChip {
  readonly element = h('div', { className: 'author-chip', role: 'radiogroup' });
  private participants: Participant[] = [];
  current: string | null = null;

  constructor(
    private readonly t: Translate,
    private readonly onChange: (id: string | null) => void,
  ) {
    this.element.setAttribute('aria-label', t('author.label'));
  }

  setParticipants(ps: Participant[]): void {
    this.participants = ps;
    if (this.current && !ps.some((p) => p.id === this.current)) this.current = null;
    if (!this.current && ps.length) this.current = (ps.find((p) => p.role === 'b') ?? ps[0]!).id;
    this.render();
  }

  select(index: number): void {
    const p = this.participants[index];
    if (!p) return;
    this.current = p.id;
    this.render();
    this.onChange(p.id);
  }

  selectId(id: string | null): void {
    if (id && this.participants.some((p) => p.id === id)) this.current = id;
    this.render();
  }

  get currentParticipant(): Participant | undefined {
    return this.participants.find((p) => p.id === this.current);
  }

  private render(): void {
    clear(this.element);
    this.element.append(h('span', { className: 'author-label' }, this.t('author.label') + ':'));
    if (!this.participants.length) {
      this.element.append(h('span', { className: 'muted' }, this.t('author.none')));
      return;
    }
    this.participants.forEach((p, i) => {
      const on = p.id === this.current;
      const chip = h(
        'button',
        {
          type: 'button',
          className: `chip${on ? ' chip-on' : ''}`,
          role: 'radio',
          'aria-checked': String(on),
          title: `${p.name} (${i + 1}) — ${this.t('author.switch')}`,
          onclick: () => this.select(i),
        },
        h('span', { className: 'swatch', 'data-colour': p.colour }),
        `${i + 1} ${p.name || p.role.toUpperCase()}`,
      );
      (chip.firstChild as HTMLElement).style.background = p.colour;
      this.element.append(chip);
    });
  }
}
