import { h, icon } from '../../dom';
import type { ViewContext } from '../../viewContext';
import type { UiStringKey } from '../../../src/protocol/uiStrings';

export interface ToolbarActions {
  follow(on: boolean): void;
  /** Show or hide the signal-word markers (hidden by default: the emotiewoorden practice). */
  signals(on: boolean): void;
  typeAlong(): void;
  speakers(): void;
  importTranscript(): void;
  exportTranscript(format: 'vtt' | 'srt' | 'txt'): void;
  edit(): void;
  split(): void;
  merge(): void;
  insert(): void;
  remove(): void;
}

/** The keys that have a short form `<key>.short` beside them (the toolbar shows both). */
type ToolKey = { [K in UiStringKey]: `${K}.short` extends UiStringKey ? K : never }[UiStringKey];

/** A button with an icon and a visible label (short), its full meaning in title and aria-label. */
function tool(ctx: ViewContext, key: ToolKey, iconName: string, onclick: () => void, extra: Record<string, string> = {}): HTMLButtonElement {
  const label = ctx.t(key);
  return h('button', { type: 'button', className: 'icon-button kk-tr-tool', title: label, 'aria-label': label, onclick, ...extra }, icon(iconName), h('span', { className: 'kk-tr-tool-label' }, ctx.t(`${key}.short`)));
}

/**
 * The panel's two toolbars: the first for the whole transcript (follow, type along, speakers,
 * import, export), the second for the selected segment.
 */
export class Toolbar {
  readonly element: HTMLElement;
  readonly segmentBar: HTMLElement;
  readonly followBtn: HTMLButtonElement;
  readonly typeBtn: HTMLButtonElement;
  readonly speakersBtn: HTMLButtonElement;
  readonly signalsBtn: HTMLButtonElement;
  signals: boolean;
  private readonly exportMenu: HTMLElement;
  private readonly exportBtn: HTMLButtonElement;
  private readonly needSelection: HTMLButtonElement[];
  private readonly writers: HTMLButtonElement[];
  follow: boolean;

  constructor(ctx: ViewContext, search: HTMLElement, act: ToolbarActions) {
    this.follow = ctx.settings.followTranscript;
    this.followBtn = tool(ctx, 'transcript.follow', 'pinned', () => {
      this.follow = !this.follow;
      this.followBtn.setAttribute('aria-pressed', String(this.follow));
      act.follow(this.follow);
    }, { 'aria-pressed': String(this.follow) });
    this.typeBtn = tool(ctx, 'transcript.typeAlong', 'keyboard', act.typeAlong, { 'aria-pressed': 'false' });
    // Remembered per editor in the view state, so a trio that revealed them keeps them shown.
    this.signals = ctx.viewState.get<boolean>('transcript.signals') ?? false;
    this.signalsBtn = tool(ctx, 'transcript.signals', 'eye', () => {
      this.signals = !this.signals;
      ctx.viewState.set('transcript.signals', this.signals);
      this.signalsBtn.setAttribute('aria-pressed', String(this.signals));
      act.signals(this.signals);
    }, { 'aria-pressed': String(this.signals) });
    this.speakersBtn = tool(ctx, 'transcript.speakers', 'person', act.speakers, { 'aria-expanded': 'false' });
    const importBtn = tool(ctx, 'transcript.import', 'cloud-download', act.importTranscript);
    this.exportMenu = h('div', { className: 'kk-tr-menu', role: 'menu', hidden: true });
    for (const f of ['vtt', 'srt', 'txt'] as const) {
      this.exportMenu.append(h('button', { type: 'button', role: 'menuitem', className: 'kk-tr-menuitem', onclick: () => {
        this.closeMenu();
        act.exportTranscript(f);
      } }, ctx.t(`transcript.export.${f}`)));
    }
    this.exportMenu.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.closeMenu();
        this.exportBtn.focus();
      }
    });
    this.exportBtn = tool(ctx, 'transcript.export', 'export', () => this.toggleMenu(), { 'aria-haspopup': 'menu', 'aria-expanded': 'false' });
    this.element = h(
      'div',
      { className: 'kk-tr-toolbar', role: 'toolbar', 'aria-label': ctx.t('transcript.toolbar') },
      search,
      h('span', { className: 'kk-tr-tools' }, this.followBtn, this.signalsBtn, this.typeBtn, this.speakersBtn, importBtn, h('span', { className: 'kk-tr-menuwrap' }, this.exportBtn, this.exportMenu)),
    );
    const edit = tool(ctx, 'transcript.seg.edit', 'edit', act.edit);
    const split = tool(ctx, 'transcript.seg.split', 'split-horizontal', act.split);
    const merge = tool(ctx, 'transcript.seg.merge', 'merge', act.merge);
    const insert = tool(ctx, 'transcript.seg.insert', 'add', act.insert);
    const remove = tool(ctx, 'transcript.seg.remove', 'trash', act.remove);
    this.needSelection = [edit, split, merge, remove];
    this.writers = [edit, split, merge, insert, remove, importBtn];
    this.segmentBar = h('div', { className: 'kk-tr-segbar', role: 'toolbar', 'aria-label': ctx.t('transcript.seg.toolbar') }, edit, split, merge, insert, remove);
  }

  /** Segment buttons need a selected segment and a writable session. */
  enable(selected: boolean, writable: boolean): void {
    for (const b of this.writers) b.disabled = !writable;
    if (writable) for (const b of this.needSelection) b.disabled = !selected;
  }

  private toggleMenu(): void {
    const open = this.exportMenu.hidden;
    this.exportMenu.hidden = !open;
    this.exportBtn.setAttribute('aria-expanded', String(open));
    if (open) this.exportMenu.querySelector<HTMLElement>('button')?.focus();
  }

  private closeMenu(): void {
    this.exportMenu.hidden = true;
    this.exportBtn.setAttribute('aria-expanded', 'false');
  }
}
