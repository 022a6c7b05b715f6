import { BASE_EMOTION_WORDS, compileEmotionWords, findEmotionWords, type EmotionMatcher } from '../../src/core/analysis/emotionWords';
import type { Segment, Session, Speaker } from '../../src/core/session/model';
import { segmentIndexAt } from '../../src/core/session/timeSpan';
import { h } from '../dom';
import type { StoreChange } from '../sessionStore';
import type { ViewContext } from '../viewContext';
import type { Panel } from './panel';
import type { EmotionRange } from './transcript/highlightText';
import { QuestionPopover } from './transcript/questionPopover';
import { buildRow, estimateRowHeight, type RowInfo } from './transcript/rowView';
import { SegmentEditing } from './transcript/segmentEditing';
import { SearchBar } from './transcript/searchBar';
import { SpeakerEditor } from './transcript/speakerEditor';
import { Toolbar } from './transcript/toolbar';
import { TypeAlong } from './transcript/typeAlong';
import { VirtualList } from './transcript/virtualList';
import { WhoIsWho } from './transcript/whoIsWho';

/** After the user scrolls the list, following the playhead waits this long. */
const FOLLOW_PAUSE_MS = 4000;

/**
 * The transcript beside the recording: a virtualised list that follows the playhead, search,
 * speakers and their roles, editing of segments, typing along, and "goede vraag" from selected words.
 * Every change is an edit sent to the host; the list redraws when the host confirms it.
 */
export function createTranscriptPanel(ctx: ViewContext): Panel {
  return new TranscriptPanel(ctx);
}

class TranscriptPanel implements Panel {
  readonly id = 'transcript' as const;
  readonly titleKey = 'tab.transcript';
  readonly element: HTMLElement;
  private readonly list: VirtualList<Segment>;
  private readonly search: SearchBar;
  private readonly toolbar: Toolbar;
  private readonly speakerEditor: SpeakerEditor;
  private readonly whoIsWho: WhoIsWho;
  private readonly typeAlong: TypeAlong;
  private readonly popover: QuestionPopover;
  private readonly empty: HTMLElement;
  private readonly status = h('div', { className: 'kk-tr-status', role: 'status', 'aria-live': 'polite' });
  private readonly info: RowInfo;
  private selectedId: string | null = null;
  private readonly edits: SegmentEditing;
  private followPausedUntil = 0;
  private matcher: EmotionMatcher | null = null;
  private readonly emotionCache = new WeakMap<Segment, EmotionRange[]>();
  private readonly legend: HTMLElement;

  constructor(private readonly ctx: ViewContext) {
    const t = ctx.t;
    this.info = { speakers: new Map(), detailsBySegment: new Map(), hits: new Map(), emotions: (s, sp) => this.emotions(s, sp), currentId: null, selectedId: null, t };
    this.search = new SearchBar(t, { changed: () => this.searchChanged(), goTo: (hit) => this.goTo(hit.segmentId, true) });
    this.toolbar = new Toolbar(ctx, this.search.element, {
      follow: (on) => on && this.followNow(true),
      signals: () => this.signalsChanged(),
      typeAlong: () => this.showTypeAlong(!this.typeAlong.open),
      speakers: () => this.showSpeakers(!this.speakerEditor.open),
      importTranscript: () => this.request({ method: 'importTranscript' }),
      exportTranscript: (format) => this.request({ method: 'exportTranscript', format }),
      edit: () => this.selectedId && this.edits.start(this.selectedId),
      split: () => this.selectedId && this.edits.splitSelected(this.selectedId),
      merge: () => this.selectedId && this.edits.merge(this.selectedId),
      insert: () => this.edits.insertHere(),
      remove: () => this.selectedId && this.edits.remove(this.selectedId),
    });
    this.speakerEditor = new SpeakerEditor(ctx);
    this.whoIsWho = new WhoIsWho(ctx);
    this.typeAlong = new TypeAlong(ctx);
    this.popover = new QuestionPopover(ctx);
    const list = new VirtualList<Segment>(
      {
        key: (s) => s.id,
        estimate: estimateRowHeight,
        render: (s) => this.renderRow(s),
        pinned: (key) => key === this.edits.editing?.id,
        onUserScroll: () => {
          this.followPausedUntil = Date.now() + FOLLOW_PAUSE_MS;
          this.popover.hide();
        },
      },
      t('transcript.listLabel'),
    );
    this.list = list;
    this.edits = new SegmentEditing(ctx, list, { select: (id, focus) => this.select(id, focus), say: (text) => this.say(text) });
    this.list.viewport.append(this.popover.element);
    this.list.viewport.addEventListener('click', (e) => this.onClick(e));
    this.list.viewport.addEventListener('dblclick', (e) => {
      const row = this.rowOf(e.target);
      if (row && (e.target as Element).closest('[data-action="text"]')) this.edits.start(row);
    });
    this.list.viewport.addEventListener('keydown', (e) => this.onListKey(e));
    // Not from inside the popover itself: re-offering there would replace the button being clicked.
    const outsidePopover = (e: Event) => !this.popover.element.contains(e.target as Node);
    this.list.viewport.addEventListener('mouseup', (e) => outsidePopover(e) && this.offerQuestion());
    this.list.viewport.addEventListener('keyup', (e) => e.shiftKey && outsidePopover(e) && this.offerQuestion());
    this.empty = h(
      'div',
      { className: 'kk-tr-empty', hidden: true },
      h('p', {}, t('transcript.empty.title')),
      h('p', { className: 'muted' }, t('transcript.empty.explain')),
      h(
        'div',
        { className: 'kk-tr-empty-actions' },
        h('button', { type: 'button', className: 'button', onclick: () => this.request({ method: 'importTranscript' }) }, t('transcript.empty.import')),
        h('button', { type: 'button', className: 'button button-secondary', onclick: () => this.showTypeAlong(true) }, t('transcript.empty.typeAlong')),
      ),
      h('p', { className: 'muted' }, t('speech.empty.makeHint')),
      h(
        'div',
        { className: 'kk-tr-empty-actions' },
        h('button', { type: 'button', className: 'button', 'data-action': 'make-transcript', onclick: () => this.request({ method: 'makeTranscript' }) }, t('speech.empty.make')),
        h('button', { type: 'button', className: 'button button-secondary', 'data-action': 'speech-regions', onclick: () => this.request({ method: 'speechRegions' }) }, t('speech.empty.regions')),
      ),
    );
    this.legend = h('p', { className: 'kk-tr-legend muted', role: 'note' });
    this.showLegend();
    this.element = h('div', { className: 'kk-tr' }, this.toolbar.element, this.toolbar.segmentBar, this.legend, this.status, this.speakerEditor.element, this.whoIsWho.element, this.empty, this.list.viewport, this.typeAlong.element);
    this.element.addEventListener('keydown', (e) => e.key === 'F3' && this.search.keys(e));
    ctx.clock.onChange(() => this.onTick());
    ctx.events.on('typeAlong', (action) => {
      ctx.showTab('transcript');
      this.showTypeAlong(true);
      this.typeAlong.act(action);
    });
    ctx.events.on('whoIsWho', (speakerIds) => {
      ctx.showTab('transcript');
      this.whoIsWho.show(speakerIds);
    });
  }

  private get session(): Session | null {
    return this.ctx.store.session;
  }

  // ---- updates from the store -------------------------------------------------------------

  update(change: StoreChange): void {
    const s = this.session;
    if (!s) return;
    const all = change.kind === 'replace';
    const touched = (c: 'transcript' | 'speakers' | 'details') => all || (change.kind === 'edit' && change.touched.has(c));
    let invalidate = all;
    if (touched('speakers')) {
      this.info.speakers = new Map(s.speakers.map((p) => [p.id, p]));
      this.typeAlong.renderSpeakers();
      this.speakerEditor.render();
      this.whoIsWho.render();
      invalidate = true;
    }
    if (touched('details')) {
      const m = new Map<string, string[]>();
      for (const d of s.details) for (const id of d.segmentIds) m.set(id, [...(m.get(id) ?? []), d.id]);
      this.info.detailsBySegment = m;
      invalidate = true;
    }
    if (touched('transcript')) {
      if (this.selectedId && !s.transcript.some((x) => x.id === this.selectedId)) this.select(null);
      this.edits.transcriptChanged(s);
      this.search.setTranscript(s.transcript);
      this.info.currentId = this.currentAt(this.ctx.clock.time);
      this.showRows(invalidate);
    } else if (invalidate) this.list.invalidate();
    this.toolbar.enable(this.selectedId !== null, !this.ctx.store.readOnly);
    this.showEmpty();
    this.edits.openArrived(s);
  }

  shown(): void {
    this.list.render();
    this.followNow(false);
  }

  focus(): void {
    this.search.input.focus();
  }

  /** The rows to list: the transcript, or only the search hits when filtering. */
  private showRows(invalidate: boolean): void {
    const all = this.session?.transcript ?? [];
    const rows = this.search.filter && this.search.active ? all.filter((x) => this.search.byId.has(x.id)) : all;
    if (invalidate) this.list.invalidate();
    this.list.setItems(rows);
  }

  private showEmpty(): void {
    const none = (this.session?.transcript.length ?? 0) === 0;
    this.empty.hidden = !none || this.typeAlong.open;
    this.list.viewport.hidden = none && !this.typeAlong.open;
  }

  private searchChanged(): void {
    this.info.hits = this.search.byId;
    this.showRows(true);
  }

  /** The legend says what a marker means, or that the markers are hidden for the practice. */
  private showLegend(): void {
    const on = this.toolbar.signals;
    this.legend.replaceChildren(...(on ? [h('span', { className: 'kk-tr-emotion kk-tr-legend-sample', 'aria-hidden': 'true' }, 'abc'), ' '] : []), this.ctx.t(on ? 'transcript.signals.legend' : 'transcript.signals.hidden'));
  }

  private signalsChanged(): void {
    this.showLegend();
    this.list.invalidate();
    this.list.render();
  }

  private emotions(seg: Segment, sp: Speaker | undefined): EmotionRange[] {
    if (!this.toolbar.signals || sp?.role !== 'student' || !seg.text) return [];
    let r = this.emotionCache.get(seg);
    if (!r) {
      this.matcher ??= compileEmotionWords(this.ctx.emotionWords?.words.length ? this.ctx.emotionWords : BASE_EMOTION_WORDS);
      r = findEmotionWords(seg.text, this.matcher).map((x) => ({ from: x.from, to: x.to, ...(x.degree ? { degree: x.degree } : {}) }));
      this.emotionCache.set(seg, r);
    }
    return r;
  }

  // ---- rows ---------------------------------------------------------------------------------

  private renderRow(seg: Segment): HTMLElement {
    this.info.selectedId = this.selectedId;
    const row = buildRow(seg, this.info);
    const editor = this.edits.editorFor(seg);
    if (editor) {
      row.querySelector('.kk-tr-text')!.replaceWith(editor);
      row.classList.add('is-editing');
    }
    return row;
  }

  private rowOf(target: EventTarget | null): string | null {
    const row = (target as Element | null)?.closest?.('.kk-tr-row') as HTMLElement | null;
    return row?.dataset.key ?? null;
  }

  private segment(id: string | null): Segment | undefined {
    return id ? this.session?.transcript.find((x) => x.id === id) : undefined;
  }

  private onClick(e: MouseEvent): void {
    const target = e.target as Element;
    const id = this.rowOf(target);
    if (!id || target.closest('.kk-tr-editor')) return;
    const action = target.closest<HTMLElement>('[data-action]');
    if (action?.dataset.action === 'detail') {
      this.ctx.showTab('details');
      if (action.dataset.detail) this.ctx.events.emit('selectDetail', action.dataset.detail);
      return;
    }
    if (action?.dataset.action === 'seek') {
      const seg = this.segment(id);
      if (seg) this.ctx.clock.seek(seg.start);
    }
    // A click on a recognised word plays from that word; a drag still selects words for a question.
    const word = target.closest<HTMLElement>('.kk-tr-word');
    if (word && this.ctx.win.getSelection()?.isCollapsed !== false) this.ctx.clock.seek(Number(word.dataset.start));
    this.select(id);
  }

  private select(id: string | null, focus = false): void {
    const old = this.selectedId ? this.list.element(this.selectedId) : undefined;
    old?.classList.remove('is-selected');
    old?.setAttribute('tabindex', '-1');
    this.selectedId = id;
    this.info.selectedId = id;
    const el = id ? this.list.element(id) : undefined;
    el?.classList.add('is-selected');
    el?.setAttribute('tabindex', '0');
    if (focus) el?.focus();
    this.toolbar.enable(id !== null, !this.ctx.store.readOnly);
  }

  /** Selects a segment, brings it into view and (for search hits) plays from there. */
  private goTo(id: string, seek: boolean): void {
    const seg = this.segment(id);
    if (!seg) return;
    if (seek) this.ctx.clock.seek(seg.start);
    this.list.scrollToIndex(this.list.indexOf(id), 'reveal');
    this.select(id);
  }

  private onListKey(e: KeyboardEvent): void {
    if ((e.target as Element).closest('.kk-tr-editor, .kk-tr-qpop')) return;
    const i = this.selectedId ? this.list.indexOf(this.selectedId) : -1;
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (move) {
      const next = this.list.item(Math.max(0, Math.min(this.list.length - 1, i + move)));
      if (!next) return;
      e.preventDefault();
      e.stopPropagation();
      this.followPausedUntil = Date.now() + FOLLOW_PAUSE_MS;
      this.list.scrollToIndex(this.list.indexOf(next.id));
      this.select(next.id, true);
    } else if (e.key === 'Enter' && this.selectedId) {
      e.preventDefault();
      e.stopPropagation();
      this.edits.start(this.selectedId);
    }
  }

  // ---- following the playhead ---------------------------------------------------------------

  private currentAt(t: number): string | null {
    const list = this.session?.transcript ?? [];
    return list[segmentIndexAt(list, t)]?.id ?? null;
  }

  private onTick(): void {
    const id = this.currentAt(this.ctx.clock.time);
    if (id !== this.info.currentId) {
      const old = this.info.currentId ? this.list.element(this.info.currentId) : undefined;
      old?.classList.remove('is-current');
      old?.removeAttribute('aria-current');
      this.info.currentId = id;
      const el = id ? this.list.element(id) : undefined;
      el?.classList.add('is-current');
      el?.setAttribute('aria-current', 'time');
    }
    this.followNow(false);
  }

  /** Scrolls the playing segment into view, unless the user is busy in the list. */
  private followNow(force: boolean): void {
    if (!this.toolbar.follow || this.element.hidden || !this.info.currentId) return;
    if (!force && (this.edits.editing || Date.now() < this.followPausedUntil)) return;
    const active = this.element.ownerDocument.activeElement;
    if (!force && active && this.list.viewport.contains(active) && active.matches('textarea, input, select')) return;
    this.list.scrollToIndex(this.list.indexOf(this.info.currentId), 'reveal');
  }

  // ---- the rest -----------------------------------------------------------------------------

  private say(text: string): void {
    this.status.textContent = text;
  }

  private request(r: Parameters<ViewContext['bridge']['request']>[0]): void {
    this.say('');
    this.ctx.bridge.request(r).then(
      () => undefined,
      (err: Error) => this.say(this.ctx.t('transcript.requestFailed', err.message)),
    );
  }

  private showTypeAlong(on: boolean): void {
    this.typeAlong.show(on);
    this.toolbar.typeBtn.setAttribute('aria-pressed', String(on));
    this.showEmpty();
  }

  private showSpeakers(on: boolean): void {
    this.speakerEditor.show(on);
    this.toolbar.speakersBtn.setAttribute('aria-expanded', String(on));
  }

  /** Words selected within one row's text: offer to keep them as a good question. */
  private offerQuestion(): void {
    const sel = this.ctx.win.getSelection();
    if (!sel || sel.isCollapsed || !sel.anchorNode || !sel.focusNode || this.ctx.store.readOnly) return this.popover.hide();
    const anchor = sel.anchorNode.nodeType === Node.TEXT_NODE ? sel.anchorNode.parentElement : (sel.anchorNode as Element);
    const textEl = anchor?.closest('.kk-tr-text');
    if (!textEl || !textEl.contains(sel.focusNode)) return;
    const seg = this.segment(this.rowOf(textEl));
    const words = sel.toString().replace(/\s+/g, ' ').trim();
    if (!seg || !words) return;
    const range = sel.getRangeAt(0);
    // Under the selection; without layout (or Range geometry) under the row.
    const r = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
    const vp = this.list.viewport.getBoundingClientRect();
    const row = textEl.closest<HTMLElement>('.kk-tr-row')!;
    const top = r && r.height ? r.bottom - vp.top + this.list.viewport.scrollTop + 4 : row.offsetTop + row.offsetHeight;
    this.popover.offer(seg, words, top, r && r.height ? Math.max(0, r.left - vp.left) : 0);
  }
}
