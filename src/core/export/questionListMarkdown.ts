import type { BankEntry } from '../questions/questionBank';
import { capitalise, escapeMarkdown } from './exportText';
import { t } from '../text/lang';
import { defaultListTitle, questionListRows, rowGroups, type QuestionListOptions } from './questionListRows';

/** The question list as Markdown: a section per origin and type, one bullet per question with its details. */
export function questionListMarkdown(entries: readonly BankEntry[], opts: QuestionListOptions = {}): string {
  const locale = opts.locale ?? 'nl';
  const rows = questionListRows(entries, locale);
  const out: string[] = [`# ${escapeMarkdown(opts.title ?? defaultListTitle(locale))}`, ''];
  if (rows.length === 0) out.push(t(locale, '*Nog geen vragen.*', '*No questions yet.*'), '');
  for (const og of rowGroups(rows)) {
    out.push(`## ${escapeMarkdown(og.label)}`, '');
    for (const tg of og.types) {
      out.push(`### ${escapeMarkdown(capitalise(tg.label))} (${tg.rows.length})`, '');
      for (const r of tg.rows) {
        const facts: string[] = [`${t(locale, 'functie', 'function')}: ${escapeMarkdown(r.functionLabel)}`];
        if (r.uitgangspunten) facts.push(`${t(locale, 'uitgangspunten', 'principles')}: ${escapeMarkdown(r.uitgangspunten)}`);
        if (r.askedBy) facts.push(`${t(locale, 'gesteld door', 'asked by')}: ${escapeMarkdown(r.askedBy)}`);
        if (r.proposedBy) facts.push(`${r.origin === 'asked' ? t(locale, 'op de lijst gezet door', 'put on the list by') : t(locale, 'voorgesteld door', 'suggested by')}: ${escapeMarkdown(r.proposedBy)}`);
        if (r.session) facts.push(`${t(locale, 'gesprek', 'session')}: ${escapeMarkdown(r.session)}`);
        if (r.moment) facts.push(`${t(locale, 'moment', 'moment')}: ${escapeMarkdown(r.moment)}`);
        if (r.count > 1) facts.push(`${r.count}×`);
        out.push(`- **${escapeMarkdown(r.text)}**`);
        if (facts.length) out.push(`  ${facts.join(' · ')}`);
        if (r.note) out.push(`  ${t(locale, 'Notitie', 'Note')}: ${escapeMarkdown(r.note)}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
