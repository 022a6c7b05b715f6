import type { BankEntry } from '../questions/questionBank';
import { capitalise, t } from './exportText';
import { heading, para, table, packDocx, type Block } from './docxKit';
import { defaultListTitle, questionListColumns, questionListRows, type QuestionListOptions } from './questionListRows';

/** The question list as a Word document: a table per type with the werkblad columns. */
export async function questionListDocx(entries: readonly BankEntry[], opts: QuestionListOptions = {}): Promise<Uint8Array> {
  const locale = opts.locale ?? 'nl';
  const title = opts.title ?? defaultListTitle(locale);
  const cols = questionListColumns(locale);
  const rows = questionListRows(entries, locale);
  const blocks: Block[] = [heading(title, 1)];
  if (rows.length === 0) blocks.push(para(t(locale, 'Nog geen vragen.', 'No questions yet.'), { italics: true }));
  for (const type of ['verbredend', 'verdiepend', 'anders'] as const) {
    const group = rows.filter((r) => r.type === type);
    if (group.length === 0) continue;
    blocks.push(heading(capitalise(group[0]!.typeLabel), 2));
    blocks.push(table(cols.map((c) => c.label), group.map((r) => cols.map((c) => String(r[c.key])))));
  }
  return packDocx(title, blocks);
}
