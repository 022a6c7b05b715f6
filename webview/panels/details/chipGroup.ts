import { clear, h } from '../../dom';

export interface ChipOption {
  id: string;
  /** What the chip shows (short). */
  text: string;
  /** The full name: tooltip and accessible name. */
  label: string;
  /** The key that toggles it, shown on the chip. */
  key?: string;
  colour?: string;
  /** A small mark after the text (e.g. "your lens"). */
  mark?: string;
}

/**
 * A row of toggle chips (aria-pressed) that is one Tab stop: arrow keys move between chips
 * (roving tabindex), Space or a click toggles. `single` allows at most one chip on (pressing
 * the one that is on switches it off: the choice may stay empty).
 */
export class ChipGroup {
  readonly element: HTMLElement;
  private options: ChipOption[] = [];
  private buttons: HTMLButtonElement[] = [];
  private on = new Set<string>();
  private active = 0;

  constructor(
    label: string,
    private readonly single: boolean,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.element = h('div', { className: 'chip-group', role: 'group', 'aria-label': label });
    this.element.addEventListener('keydown', (e) => this.move(e));
  }

  setOptions(options: ChipOption[]): void {
    this.options = options;
    clear(this.element);
    this.buttons = options.map((o, i) => {
      const b = h(
        'button',
        { type: 'button', className: 'chip toggle-chip', 'aria-pressed': 'false', 'aria-label': o.mark ? `${o.label} (${o.mark})` : o.label, title: o.label, 'data-id': o.id, tabindex: '-1' },
        o.colour ? h('span', { className: 'swatch' }) : null,
        o.key ? h('kbd', { className: 'chip-key', 'aria-hidden': 'true' }, o.key) : null,
        h('span', { className: 'chip-text' }, o.text),
        o.mark ? h('span', { className: 'chip-mark', 'aria-hidden': 'true' }, o.mark) : null,
      );
      if (o.colour) (b.firstChild as HTMLElement).style.background = o.colour;
      b.addEventListener('click', () => {
        this.active = i;
        this.toggle(o.id);
      });
      return b;
    });
    this.element.append(...this.buttons);
    this.active = 0;
    this.paint();
  }

  get value(): string[] {
    return this.options.map((o) => o.id).filter((id) => this.on.has(id));
  }

  set(ids: readonly string[]): void {
    this.on = new Set(this.single ? ids.slice(0, 1) : ids);
    this.paint();
  }

  has(id: string): boolean {
    return this.options.some((o) => o.id === id);
  }

  /** The option that `key` toggles, if any. */
  byKey(key: string): ChipOption | undefined {
    return this.options.find((o) => o.key !== undefined && o.key.toLowerCase() === key.toLowerCase());
  }

  toggle(id: string): void {
    if (!this.has(id)) return;
    if (this.on.has(id)) this.on.delete(id);
    else {
      if (this.single) this.on.clear();
      this.on.add(id);
    }
    this.paint();
    this.onChange();
  }

  focus(options?: FocusOptions): void {
    this.buttons[this.active]?.focus(options);
  }

  private paint(): void {
    this.buttons.forEach((b, i) => {
      const pressed = this.on.has(this.options[i]!.id);
      b.setAttribute('aria-pressed', String(pressed));
      b.classList.toggle('chip-on', pressed);
      b.tabIndex = i === this.active ? 0 : -1;
    });
  }

  private move(e: KeyboardEvent): void {
    const n = this.buttons.length;
    if (!n) return;
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (this.active + 1) % n : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (this.active - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    e.stopPropagation();
    this.active = to;
    this.paint();
    this.focus();
  }
}
