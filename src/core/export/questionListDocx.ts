import type { BankEntry } from '../questions/questionBank';
import { capitalise } from './exportText';
import { t } from '../text/lang';
import { heading, para, table, packDocx, type Block } from './docxKit';
import { defaultListTitle, questionListColumns, questionListRows, rowGroups, type QuestionListOptions } from './questionListRows';

/** The question list as a Word document: per origin, a table per type with the werkblad columns. */
export async function questionListDocx(entries: readonly BankEntry[], opts: QuestionListOptions = {}): Promise<Uint8Array> {
  const locale = opts.locale ?? 'nl';
  const title = opts.title ?? defaultListTitle(locale);
  const cols = questionListColumns(locale);
  const rows = questionListRows(entries, locale);
  const blocks: Block[] = [heading(title, 1)];
  if (rows.length === 0) blocks.push(para(t(locale, 'Nog geen vragen.', 'No questions yet.'), { italics: true }));
  for (const og of rowGroups(rows)) {
    blocks.push(heading(og.label, 2));
    for (const tg of og.types) {
      blocks.push(heading(capitalise(tg.label), 3));
      blocks.push(table(cols.map((c) => c.label), tg.rows.map((r) => cols.map((c) => String(r[c.key])))));
    }
  }
  return packDocx(title, blocks);
}
