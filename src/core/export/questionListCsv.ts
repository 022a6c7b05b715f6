import type { BankEntry } from '../questions/questionBank';
import { cleanText } from './exportText';
import { questionListColumns, questionListRows, type QuestionListOptions } from './questionListRows';

/**
 * CSV for spreadsheets. Decisions:
 * - UTF-8 with a BOM, so Excel reads é, ë and curly quotes correctly.
 * - Separator `;` by default: Excel with Dutch regional settings (decimal comma) splits on `;`
 *   and would put a `,`-file into one column. `separator: ','` gives the international form.
 * - RFC 4180 quoting (CRLF line ends, fields with separator/quote/newline quoted, quotes doubled).
 * - Formula injection: a cell starting with = + - @ tab or CR gets a leading `'`, so a
 *   spreadsheet shows it as text instead of evaluating it.
 */
export interface CsvOptions extends QuestionListOptions {
  separator?: ';' | ',';
}

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string, separator: string): string {
  let v = cleanText(value);
  if (/^[=+\-@\t\r\n]/.test(v)) v = `'${v}`;
  if (v.includes(separator) || /["\n\r]/.test(v) || v !== v.trim()) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}

export function csvLine(cells: readonly string[], separator: string): string {
  return cells.map((c) => csvCell(c, separator)).join(separator);
}

export function questionListCsv(entries: readonly BankEntry[], opts: CsvOptions = {}): string {
  const locale = opts.locale ?? 'nl';
  const sep = opts.separator ?? ';';
  const cols = questionListColumns(locale);
  const lines = [csvLine(cols.map((c) => c.label), sep)];
  for (const r of questionListRows(entries, locale)) lines.push(csvLine(cols.map((c) => String(r[c.key])), sep));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
