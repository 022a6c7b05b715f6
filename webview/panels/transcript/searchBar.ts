import type { Segment } from '../../../src/core/session/model';
import type { Translate, UiStringKey } from '../../../src/protocol/uiStrings';
import { buildSearchIndex, search, type SearchHit, type SearchIndex } from '../../../src/core/transcript/searchIndex';
import { h, icon } from '../../dom';

export interface SearchEvents {
  /** The hits changed (new query or new transcript): redraw rows. */
  changed(): void;
  /** Go to this hit: select its segment, scroll to it, seek. */
  goTo(hit: SearchHit): void;
}

/**
 * The search box: Dutch-stemmed, diacritic-insensitive search from the core. Enter or F3 goes to
 * the next hit, Shift+Enter or Shift+F3 to the previous; "only hits" filters the list itself.
 */
export class SearchBar {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly count: HTMLElement;
  private readonly filterBtn: HTMLButtonElement;
  private index: SearchIndex | null = null;
  private source: readonly Segment[] | null = null;
  hits: SearchHit[] = [];
  byId = new Map<string, [number, number][]>();
  position = -1;
  filter = false;

  constructor(
    private readonly t: Translate,
    private readonly events: SearchEvents,
  ) {
    this.input = h('input', { type: 'search', className: 'field kk-tr-search', placeholder: t('transcript.search.placeholder'), 'aria-label': t('transcript.search.label') });
    this.input.addEventListener('input', () => this.run());
    this.input.addEventListener('keydown', (e) => this.keys(e));
    this.count = h('span', { className: 'muted kk-tr-count', role: 'status', 'aria-live': 'polite' });
    const nav = (key: UiStringKey, name: string, d: 1 | -1) => h('button', { type: 'button', className: 'icon-button', title: t(key), 'aria-label': t(key), onclick: () => this.step(d) }, icon(name));
    this.filterBtn = h('button', { type: 'button', className: 'icon-button', title: t('transcript.search.filter'), 'aria-label': t('transcript.search.filter'), 'aria-pressed': 'false', onclick: () => this.toggleFilter() }, icon('filter'));
    this.element = h('div', { className: 'kk-tr-searchbar', role: 'search' }, this.input, this.count, nav('transcript.search.prev', 'arrow-up', -1), nav('transcript.search.next', 'arrow-down', 1), this.filterBtn);
  }

  get query(): string {
    return this.input.value.trim();
  }
  get active(): boolean {
    return this.query !== '';
  }

  /** Keys also work from the list (F3), so the panel forwards them. */
  keys(e: KeyboardEvent): void {
    if (e.key === 'F3' || (e.key === 'Enter' && e.target === this.input)) {
      e.preventDefault();
      e.stopPropagation();
      this.step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape' && e.target === this.input && this.input.value) {
      e.stopPropagation();
      this.input.value = '';
      this.run();
    }
  }

  /** The transcript changed: the index is rebuilt when it is next needed. */
  setTranscript(segments: readonly Segment[]): void {
    if (segments === this.source) return;
    this.source = segments;
    this.index = null;
    if (this.active) this.run(true);
  }

  run(keepPosition = false): void {
    const q = this.query;
    const prev = this.hits[this.position]?.segmentId;
    if (q && this.source) {
      this.index ??= buildSearchIndex(this.source);
      this.hits = search(this.index, q);
    } else this.hits = [];
    this.byId = new Map(this.hits.map((x) => [x.segmentId, x.ranges]));
    this.position = keepPosition && prev ? this.hits.findIndex((x) => x.segmentId === prev) : -1;
    this.showCount();
    this.events.changed();
  }

  private step(d: 1 | -1): void {
    if (!this.hits.length) return;
    const n = this.hits.length;
    this.position = this.position < 0 ? (d > 0 ? 0 : n - 1) : (this.position + d + n) % n;
    this.showCount();
    this.events.goTo(this.hits[this.position]!);
  }

  private toggleFilter(): void {
    this.filter = !this.filter;
    this.filterBtn.setAttribute('aria-pressed', String(this.filter));
    this.events.changed();
  }

  /** Hits counted as words found, in how many segments, and where we are. */
  private showCount(): void {
    if (!this.active) this.count.textContent = '';
    else if (!this.hits.length) this.count.textContent = this.t('transcript.search.none');
    else {
      const words = this.hits.reduce((a, x) => a + x.ranges.length, 0);
      this.count.textContent = this.position >= 0 ? this.t('transcript.search.at', this.position + 1, this.hits.length, words) : this.t('transcript.search.count', this.hits.length, words);
    }
  }
}
