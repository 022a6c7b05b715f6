import { h } from '../../dom';

export interface VirtualListOptions<T> {
  key(item: T): string;
  /** A first guess of a row's height in pixels, before it has been measured. */
  estimate(item: T, width: number): number;
  render(item: T): HTMLElement;
  /** Rows that must not be rebuilt (a row being edited keeps its focus and caret). */
  pinned?(key: string): boolean;
  /** The user scrolled (not the list itself). */
  onUserScroll?(): void;
}

/** Extra pixels of rows above and below the visible part, so fast scrolling shows no gaps. */
const MARGIN_PX = 400;
/** When the page has no layout yet (hidden tab, tests), assume a viewport of this size. */
const FALLBACK_HEIGHT = 600;
const FALLBACK_WIDTH = 400;

interface Built<T> {
  item: T;
  el: HTMLElement;
  gen: number;
}

/**
 * A list that keeps only the rows in view (plus a margin) in the DOM. Heights start as estimates
 * and become measured ones once a row has been shown; spacers above and below stand in for the
 * rest. Rows that stay in view are never moved, so focus and selections inside them survive.
 */
export class VirtualList<T> {
  readonly viewport: HTMLElement;
  private readonly host: HTMLElement;
  private readonly top = h('div', { className: 'kk-tr-spacer', 'aria-hidden': 'true' });
  private readonly bottom = h('div', { className: 'kk-tr-spacer', 'aria-hidden': 'true' });
  private items: T[] = [];
  private index = new Map<string, number>();
  private heights = new Float64Array(0);
  private offsets = new Float64Array(1);
  private readonly measured = new Map<string, number>();
  private readonly built = new Map<string, Built<T>>();
  private gen = 0;
  private expectedTop = 0;
  private lastWidth = 0;

  constructor(private readonly opts: VirtualListOptions<T>, label: string) {
    this.host = h('div', { className: 'kk-tr-rows', role: 'list', 'aria-label': label });
    this.viewport = h('div', { className: 'kk-tr-viewport' }, this.top, this.host, this.bottom);
    this.viewport.addEventListener('scroll', () => this.onScroll());
    const RO = (globalThis as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (RO) new RO(() => this.onResize()).observe(this.viewport);
  }

  get length(): number {
    return this.items.length;
  }
  item(i: number): T | undefined {
    return this.items[i];
  }
  indexOf(key: string): number {
    return this.index.get(key) ?? -1;
  }
  /** The row element, if the row is in the DOM now. */
  element(key: string): HTMLElement | undefined {
    return this.built.get(key)?.el;
  }
  /** Row elements in the DOM now, in order. */
  get rendered(): HTMLElement[] {
    return [...this.host.children] as HTMLElement[];
  }

  setItems(items: T[]): void {
    this.items = items;
    this.index = new Map(items.map((it, i) => [this.opts.key(it), i]));
    this.layout();
    this.render();
  }

  /** Every row is rebuilt at the next render (speakers, details or search changed). */
  invalidate(): void {
    this.gen++;
    this.render();
  }

  /** One row is rebuilt, pinned or not (it left or entered edit mode). */
  refresh(key: string): void {
    this.built.get(key)?.el.remove();
    this.built.delete(key);
    this.render();
  }

  private width(): number {
    return this.viewport.clientWidth || FALLBACK_WIDTH;
  }
  private height(): number {
    return this.viewport.clientHeight || FALLBACK_HEIGHT;
  }

  private layout(): void {
    const n = this.items.length;
    const w = this.width();
    this.lastWidth = w;
    this.heights = new Float64Array(n);
    this.offsets = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const it = this.items[i]!;
      this.heights[i] = this.measured.get(this.opts.key(it)) ?? this.opts.estimate(it, w);
    }
    this.sumOffsets();
  }

  private sumOffsets(): void {
    for (let i = 0; i < this.items.length; i++) this.offsets[i + 1] = this.offsets[i]! + this.heights[i]!;
  }

  /** The row at a pixel offset from the top of the list. */
  private rowAt(y: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, Math.max(0, this.items.length - 1));
  }

  render(): void {
    const n = this.items.length;
    const scroll = this.viewport.scrollTop;
    const first = n ? this.rowAt(Math.max(0, scroll - MARGIN_PX)) : 0;
    const last = n ? this.rowAt(scroll + this.height() + MARGIN_PX) : -1;
    const want = new Map<string, number>();
    for (let i = first; i <= last; i++) want.set(this.opts.key(this.items[i]!), i);
    // Drop rows that left the window or hold stale data; keep the rest where they are.
    let lastIdx = -1;
    for (const el of this.rendered) {
      const key = el.dataset.key ?? '';
      const i = want.get(key);
      const b = this.built.get(key);
      const stale = !b || (!this.opts.pinned?.(key) && (b.gen !== this.gen || b.item !== this.items[i ?? -1]));
      if (i === undefined || stale || i < lastIdx) {
        el.remove();
        this.built.delete(key);
      } else lastIdx = i;
    }
    const fresh: [number, HTMLElement][] = [];
    let cursor = this.host.firstElementChild as HTMLElement | null;
    for (let i = first; i <= last; i++) {
      const item = this.items[i]!;
      const key = this.opts.key(item);
      const b = this.built.get(key);
      if (b) {
        b.item = item;
        cursor = b.el.nextElementSibling as HTMLElement | null;
        continue;
      }
      const el = this.opts.render(item);
      el.dataset.key = key;
      this.host.insertBefore(el, cursor);
      this.built.set(key, { item, el, gen: this.gen });
      fresh.push([i, el]);
    }
    this.measure(fresh);
    this.top.style.height = `${this.offsets[first] ?? 0}px`;
    this.bottom.style.height = `${Math.max(0, this.offsets[n]! - (this.offsets[last + 1] ?? 0))}px`;
  }

  /** Real heights replace estimates; the spacers then follow. */
  private measure(fresh: [number, HTMLElement][]): void {
    let changed = false;
    for (const [i, el] of fresh) {
      const hgt = el.getBoundingClientRect().height;
      if (hgt > 0 && Math.abs(hgt - this.heights[i]!) > 0.5) {
        this.heights[i] = hgt;
        this.measured.set(el.dataset.key ?? '', hgt);
        changed = true;
      }
    }
    if (changed) this.sumOffsets();
  }

  /**
   * Brings row i into view; returns false if it already was. 'nearest' scrolls as little as
   * possible (keyboard), 'reveal' puts the row a third down the list (following, search).
   */
  scrollToIndex(i: number, where: 'nearest' | 'reveal' = 'nearest'): boolean {
    if (i < 0 || i >= this.items.length) return false;
    const top = this.offsets[i]!;
    const bottom = this.offsets[i + 1]!;
    const view = this.height();
    const now = this.viewport.scrollTop;
    if (top >= now && bottom <= now + view) return false;
    const target = Math.max(0, where === 'reveal' || bottom - top > view ? top - view / 3 : top < now ? top : bottom - view);
    this.expectedTop = target;
    this.viewport.scrollTop = target;
    // Browsers clamp; remember what we got so the scroll event is not taken for the user's.
    this.expectedTop = this.viewport.scrollTop;
    this.render();
    return true;
  }

  private onScroll(): void {
    if (Math.abs(this.viewport.scrollTop - this.expectedTop) > 2) {
      this.expectedTop = this.viewport.scrollTop;
      this.opts.onUserScroll?.();
    }
    this.render();
  }

  private onResize(): void {
    if (Math.abs(this.width() - this.lastWidth) < 1) return;
    this.measured.clear();
    this.layout();
    this.gen++;
    this.render();
  }
}
