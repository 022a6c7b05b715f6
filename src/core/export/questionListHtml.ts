import type { BankEntry } from '../questions/questionBank';
import { capitalise, escapeHtml } from './exportText';
import { t } from '../text/lang';
import { htmlDocument } from './htmlDocument';
import { defaultListTitle, questionListColumns, questionListRows, rowGroups, type QuestionListOptions } from './questionListRows';

/**
 * The printable werkblad: the collected questions in a table per type, and a few empty rows to
 * write new questions on during the plenary.
 */
export function questionListHtml(entries: readonly BankEntry[], opts: QuestionListOptions & { blankRows?: number } = {}): string {
  const locale = opts.locale ?? 'nl';
  const title = opts.title ?? defaultListTitle(locale);
  const cols = questionListColumns(locale);
  const rows = questionListRows(entries, locale);
  const head = `<thead><tr>${cols.map((c) => `<th>${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`;
  const parts: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  parts.push(`<p class="meta">${escapeHtml(t(locale, `${rows.length} vragen`, `${rows.length} questions`))}</p>`);
  for (const og of rowGroups(rows)) {
    parts.push(`<h2>${escapeHtml(og.label)}</h2>`);
    for (const tg of og.types) {
      parts.push(`<h3>${escapeHtml(capitalise(tg.label))}</h3>`, '<table>', head, '<tbody>');
      for (const r of tg.rows) parts.push(`<tr>${cols.map((c) => `<td>${escapeHtml(String(r[c.key]))}</td>`).join('')}</tr>`);
      parts.push('</tbody>', '</table>');
    }
  }
  const blank = opts.blankRows ?? 5;
  if (blank > 0) {
    parts.push(`<h2>${escapeHtml(t(locale, 'Nieuwe vragen', 'New questions'))}</h2>`, '<table>', head, '<tbody>');
    for (let i = 0; i < blank; i++) parts.push(`<tr class="write">${cols.map(() => '<td></td>').join('')}</tr>`);
    parts.push('</tbody>', '</table>');
  }
  return htmlDocument(title, parts.join('\n'), locale);
}
