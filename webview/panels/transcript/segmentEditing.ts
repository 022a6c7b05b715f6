import type { Edit } from '../../../src/core/session/edits';
import type { Segment, Session } from '../../../src/core/session/model';
import { deleteSegmentEdit, insertAtEdit, mergeSegmentsEdit, saveSegmentEdit, splitAtEdit } from '../../../src/core/transcript/segmentEdits';
import type { ViewContext } from '../../viewContext';
import { textOffset } from './highlightText';
import { buildEditor, checkDraft, draftOf, showEditorError, type EditorDraft } from './segmentEditor';
import type { VirtualList } from './virtualList';

export interface EditingHost {
  select(id: string | null, focus?: boolean): void;
  say(text: string): void;
}

/**
 * Editing segments from the list: one row at a time in an inline editor, plus split, merge,
 * insert and remove. Each action sends one edit; the rows change when the host confirms it.
 */
export class SegmentEditing {
  /** The row being edited and what has been typed in it. */
  editing: EditorDraft | null = null;
  /** A segment just inserted at the playhead opens in the editor once the host confirms it. */
  private openWhenArrives: string | null = null;

  constructor(
    private readonly ctx: ViewContext,
    private readonly list: VirtualList<Segment>,
    private readonly host: EditingHost,
  ) {}

  private get session(): Session | null {
    return this.ctx.store.session;
  }

  private segment(id: string): Segment | undefined {
    return this.session?.transcript.find((x) => x.id === id);
  }

  private send(edit: Edit | null): void {
    if (edit) this.ctx.store.edit(edit);
  }

  /** The editor for a row, if that row is being edited. */
  editorFor(seg: Segment): HTMLElement | null {
    if (this.editing?.id !== seg.id) return null;
    return buildEditor(this.editing, this.session?.speakers ?? [], this.ctx.t, {
      save: () => this.save(),
      cancel: () => this.stop(),
      split: (caret) => this.splitAt(seg.id, this.editing?.text ?? seg.text, caret),
    });
  }

  transcriptChanged(s: Session): void {
    if (this.editing && !s.transcript.some((x) => x.id === this.editing!.id)) this.editing = null;
  }

  openArrived(s: Session): void {
    const id = this.openWhenArrives;
    if (id && s.transcript.some((x) => x.id === id)) {
      this.openWhenArrives = null;
      this.start(id);
    }
  }

  start(id: string): void {
    const seg = this.segment(id);
    if (!seg || this.ctx.store.readOnly) return;
    if (this.editing && this.editing.id !== id) this.stop(false);
    this.host.select(id);
    this.editing = draftOf(seg);
    this.list.scrollToIndex(this.list.indexOf(id));
    this.list.refresh(id);
    this.list.element(id)?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  stop(refocus = true): void {
    const id = this.editing?.id;
    this.editing = null;
    if (!id) return;
    this.list.refresh(id);
    if (refocus) this.host.select(id, true);
  }

  private save(): void {
    const d = this.editing;
    const s = this.session;
    if (!d || !s) return;
    const check = checkDraft(d, this.ctx.t);
    if (!check.ok) {
      const el = this.list.element(d.id)?.querySelector<HTMLElement>('.kk-tr-editor');
      if (el) showEditorError(el, check);
      return;
    }
    const edit = saveSegmentEdit(s, d.id, { text: d.text, speakerId: d.speakerId, start: check.start, end: check.end });
    this.stop();
    this.send(edit);
  }

  private splitAt(id: string, text: string, caret: number | null): void {
    const s = this.session;
    if (!s) return;
    const edit = splitAtEdit(s, id, text, caret, this.ctx.clock.time);
    if (this.editing?.id === id) this.stop();
    this.send(edit);
  }

  /** Split from the toolbar: at the caret in the editor or in the row's text, if there is one. */
  splitSelected(id: string): void {
    const seg = this.segment(id);
    if (!seg) return;
    const row = this.list.element(id);
    if (this.editing?.id === id) return this.splitAt(id, this.editing.text, row?.querySelector('textarea')?.selectionStart ?? null);
    const textEl = row?.querySelector('.kk-tr-text');
    const sel = this.ctx.win.getSelection();
    const caret = textEl && sel?.focusNode && textEl.contains(sel.focusNode) ? textOffset(textEl, sel.focusNode, sel.focusOffset) : null;
    this.splitAt(id, seg.text, caret);
  }

  merge(id: string): void {
    const s = this.session;
    const i = s ? s.transcript.findIndex((x) => x.id === id) : -1;
    const next = i >= 0 ? s!.transcript[i + 1] : undefined;
    if (!s || !next) return this.host.say(this.ctx.t('transcript.seg.noNext'));
    this.send(mergeSegmentsEdit(s, id, next.id));
  }

  insertHere(): void {
    const s = this.session;
    if (!s || this.ctx.store.readOnly) return;
    const edit = insertAtEdit(s, this.ctx.clock.time, this.ctx.clock.duration);
    if (edit.op === 'add') this.openWhenArrives = edit.item.id;
    this.send(edit);
  }

  remove(id: string): void {
    const s = this.session;
    if (!s) return;
    this.send(deleteSegmentEdit(s, id));
    this.host.say(this.ctx.t('transcript.seg.removed'));
  }
}
