import { otherNames } from '../../../src/core/export/otherNames';
import type { ExportNames, ViewRequest } from '../../../src/protocol/messages';
import { clear, h } from '../../dom';
import type { ViewContext } from '../../viewContext';
import type { UiStringKey } from '../../../src/protocol/uiStrings';

type ExportRequest = Extract<ViewRequest, { method: 'exportQuestions' | 'exportReport' | 'exportExchange' }>;
type NameChoice = NonNullable<ExportNames['names']>;

/** Every export this menu offers, as the request the host gets. */
export const EXPORTS: { group: UiStringKey; items: ExportRequest[] }[] = [
  { group: 'questions.export.groupQuestions', items: (['md', 'csv', 'html', 'docx'] as const).map((format) => ({ method: 'exportQuestions', format })) },
  { group: 'questions.export.groupReport', items: (['md', 'html', 'docx'] as const).map((format) => ({ method: 'exportReport', format })) },
  { group: 'questions.export.groupExchange', items: (['eaf', 'qdpx', 'qdc', 'detailsVtt'] as const).map((format) => ({ method: 'exportExchange', format })) },
];

const valueOf = (r: ExportRequest) => `${r.method}:${r.format}`;
const NAME_CHOICES: NameChoice[] = ['roles', 'initials', 'keep'];
let menuCount = 0;
const MAX_OFFERED = 40;

/**
 * "Exporteren": what to export (a native select, grouped, so screen readers read the group), how
 * to treat names — right here beside the button, not in a question at the top of the window —
 * and which other people's names found in the texts to replace too. After saving: the file's
 * name and an *Openen* button. Exports are text only; the host asks only where to save.
 */
export class ExportMenu {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly button: HTMLButtonElement;
  private readonly radios = new Map<NameChoice, HTMLInputElement>();
  private readonly others = h('fieldset', { className: 'export-others' });
  private readonly status = h('div', { className: 'export-status', role: 'status', 'aria-live': 'polite' });
  private readonly n = ++menuCount;

  constructor(private readonly ctx: ViewContext) {
    const t = ctx.t;
    this.select = h('select', { className: 'field', 'aria-label': t('questions.export.choose') });
    for (const g of EXPORTS) {
      const og = h('optgroup', { label: t(g.group) });
      for (const r of g.items) og.append(h('option', { value: valueOf(r) }, `${t(g.group)} — ${t(`questions.export.${r.format}`)}`));
      this.select.append(og);
    }
    this.button = h('button', { type: 'button', className: 'button' }, t('questions.export'));
    this.button.addEventListener('click', () => void this.run());
    const names = h('fieldset', { className: 'export-names' }, h('legend', {}, t('questions.export.names')));
    for (const choice of NAME_CHOICES) {
      const radio = h('input', { type: 'radio', name: `kk-export-names-${this.n}`, value: choice, checked: choice === 'roles' });
      radio.addEventListener('change', () => this.refreshOthers());
      this.radios.set(choice, radio);
      names.append(h('label', { className: 'export-choice' }, radio, ` ${t(`questions.export.names.${choice}`)}`));
    }
    const privacy = h('p', { className: 'muted export-privacy', id: `qe-privacy-${this.n}` }, t('questions.export.privacy'));
    this.button.setAttribute('aria-describedby', privacy.id);
    this.element = h(
      'section',
      { className: 'export-menu', 'aria-labelledby': `qe-title-${this.n}` },
      h('h3', { id: `qe-title-${this.n}` }, t('questions.export')),
      this.select,
      names,
      this.others,
      h('div', { className: 'export-row' }, this.button),
      privacy,
      this.status,
    );
  }

  choose(method: ExportRequest['method'], format: ExportRequest['format']): void {
    this.select.value = `${method}:${format}`;
  }

  /** The name choice as the host gets it. */
  names(): ExportNames {
    const names = NAME_CHOICES.find((c) => this.radios.get(c)!.checked) ?? 'roles';
    if (names === 'keep') return { names };
    const others = [...this.others.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value);
    return { names, others };
  }

  /** Lists the other people's names in the session (again when the session changed). */
  refreshOthers(): void {
    const s = this.ctx.store.session;
    const t = this.ctx.t;
    const ticked = new Set(this.names().others ?? []);
    const known = new Set([...this.others.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((c) => c.value));
    clear(this.others);
    // The most frequent first; a long tail of one-off capitals is not worth a checkbox each (and
    // the host accepts at most 200 names).
    const found = s ? otherNames(s).filter((c) => c.name.length <= 100).slice(0, MAX_OFFERED) : [];
    this.others.hidden = found.length === 0 || this.radios.get('keep')!.checked;
    if (this.others.hidden) return;
    this.others.append(h('legend', {}, t('questions.export.others')));
    for (const c of found) {
      // New names start ticked: replacing is the safe choice; a place or a school can be unticked.
      const box = h('input', { type: 'checkbox', value: c.name, checked: ticked.has(c.name) || !known.has(c.name) });
      this.others.append(h('label', { className: 'export-choice' }, box, ` ${t('questions.export.otherName', c.example, c.count)}`));
    }
  }

  async run(): Promise<void> {
    const r = EXPORTS.flatMap((g) => g.items).find((x) => valueOf(x) === this.select.value);
    if (!r || !this.ctx.store.session) return;
    const t = this.ctx.t;
    this.button.disabled = true;
    this.status.replaceChildren(t('questions.export.busy'));
    try {
      const result = await this.ctx.bridge.request({ ...r, ...this.names() });
      if (typeof result === 'string') this.done(result);
      else this.status.replaceChildren(t('questions.export.cancelled'));
    } catch (e) {
      this.status.replaceChildren(t('questions.export.failed', e instanceof Error ? e.message : String(e)));
    } finally {
      this.button.disabled = false;
    }
  }

  /** "Opgeslagen: naam.docx" with the whole path on hover, and a button to open it. */
  private done(path: string): void {
    const t = this.ctx.t;
    const file = path.split(/[\\/]/).pop() ?? path;
    const open = h('button', { type: 'button', className: 'button button-secondary export-open' }, t('questions.export.open'));
    open.setAttribute('aria-label', t('questions.export.openFile', file));
    open.addEventListener('click', () => {
      void this.ctx.bridge.request({ method: 'openExported', path }).catch((e: unknown) => {
        this.status.replaceChildren(t('questions.export.failed', e instanceof Error ? e.message : String(e)));
      });
    });
    this.status.replaceChildren(h('span', { className: 'export-file', title: path }, t('questions.export.done', file)), open);
  }
}
