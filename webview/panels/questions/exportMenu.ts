import type { ViewRequest } from '../../../src/protocol/messages';
import { h } from '../../dom';
import type { ViewContext } from '../../viewContext';

type ExportRequest = Extract<ViewRequest, { method: 'exportQuestions' | 'exportReport' | 'exportExchange' }>;

/** Every export this menu offers, as the request the host gets. */
export const EXPORTS: { group: string; items: ExportRequest[] }[] = [
  { group: 'questions.export.groupQuestions', items: (['md', 'csv', 'html', 'docx'] as const).map((format) => ({ method: 'exportQuestions', format })) },
  { group: 'questions.export.groupReport', items: (['md', 'html', 'docx'] as const).map((format) => ({ method: 'exportReport', format })) },
  { group: 'questions.export.groupExchange', items: (['eaf', 'qdpx', 'qdc', 'detailsVtt'] as const).map((format) => ({ method: 'exportExchange', format })) },
];

const valueOf = (r: ExportRequest) => `${r.method}:${r.format}`;

/**
 * "Exporteren": a native select (grouped, so screen readers read the group) and one button.
 * The host asks where to save and whether to replace names; exports are text only.
 */
export class ExportMenu {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly button: HTMLButtonElement;
  private readonly status = h('p', { className: 'export-status muted', role: 'status', 'aria-live': 'polite' });

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
    const privacy = h('p', { className: 'muted export-privacy', id: 'qe-privacy' }, t('questions.export.privacy'));
    this.button.setAttribute('aria-describedby', privacy.id);
    this.element = h('section', { className: 'export-menu', 'aria-labelledby': 'qe-title' }, h('h3', { id: 'qe-title' }, t('questions.export')), h('div', { className: 'export-row' }, this.select, this.button), privacy, this.status);
  }

  choose(method: ExportRequest['method'], format: ExportRequest['format']): void {
    this.select.value = `${method}:${format}`;
  }

  async run(): Promise<void> {
    const r = EXPORTS.flatMap((g) => g.items).find((x) => valueOf(x) === this.select.value);
    if (!r || !this.ctx.store.session) return;
    const t = this.ctx.t;
    this.button.disabled = true;
    this.status.textContent = t('questions.export.busy');
    try {
      const result = await this.ctx.bridge.request(r);
      this.status.textContent = typeof result === 'string' ? t('questions.export.done', result) : t('questions.export.cancelled');
    } catch (e) {
      this.status.textContent = t('questions.export.failed', e instanceof Error ? e.message : String(e));
    } finally {
      this.button.disabled = false;
    }
  }
}
