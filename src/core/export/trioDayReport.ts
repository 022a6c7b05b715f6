import type { TrioDay } from '../review/trioDay';
import type { Session } from '../session/model';
import { heading, packDocx, para, table, type Block } from './docxKit';
import { escapeHtml, escapeMarkdown, oneLine, type ExportLocale } from './exportText';
import { t } from '../text/lang';
import { htmlDocument } from './htmlDocument';
import { reviewReportBlocks } from './reviewReportDocx';
import { reviewReportHtmlBody } from './reviewReportHtml';
import { renderReviewReportMarkdown } from './reviewReportMarkdown';
import { reviewReportModel, type ReviewReportOptions } from './reviewReportModel';

/**
 * One report for a trio day: which rounds are done, then each member's round as its own review
 * report (the same model as a single review, so the two never disagree). Text only.
 */
export interface TrioDayInput {
  day: TrioDay;
  /** The session of each round that has one, by session path. */
  sessions: ReadonlyMap<string, Session>;
}

interface Overview {
  title: string;
  head: string[];
  rows: string[][];
  reports: { heading: string; session: Session | null }[];
  notYet: string;
}

function overview(input: TrioDayInput, locale: ExportLocale, pseudonymise: boolean): Overview {
  // With names replaced, a member is named by the round they were a in (each round's report
  // replaces names on its own).
  const name = (r: TrioDay['rounds'][number]) => (pseudonymise ? t(locale, `lid ${r.n}`, `member ${r.n}`) : oneLine(r.name));
  const rows = input.day.rounds.map((r) => [
    String(r.n),
    name(r),
    r.sessionPath ? oneLine(r.title) : t(locale, '(nog geen opname gekozen)', '(no recording chosen yet)'),
    oneLine(r.leervraag),
    r.done ? t(locale, 'klaar', 'done') : r.sessionPath ? t(locale, 'bezig', 'in progress') : t(locale, 'nog niet', 'not yet'),
  ]);
  return {
    title: t(locale, 'Drietaldag', 'Trio day'),
    head: [t(locale, 'Ronde', 'Round'), t(locale, 'a', 'a'), t(locale, 'Opname', 'Recording'), t(locale, 'Leervraag', 'Learning question'), t(locale, 'Stand', 'Status')],
    rows,
    reports: input.day.rounds.map((r) => ({
      heading: t(locale, `Ronde ${r.n}: ${name(r)} is a`, `Round ${r.n}: ${name(r)} is a`),
      session: r.sessionPath ? (input.sessions.get(r.sessionPath) ?? null) : null,
    })),
    notYet: t(locale, 'Deze ronde is nog niet gedaan.', 'This round has not been done yet.'),
  };
}

export function trioDayMarkdown(input: TrioDayInput, opts: ReviewReportOptions = {}): string {
  const locale = opts.locale ?? 'nl';
  const o = overview(input, locale, !!opts.pseudonymise);
  const out = [`# ${escapeMarkdown(o.title)}`, '', `| ${o.head.map(escapeMarkdown).join(' | ')} |`, `|${o.head.map(() => '---').join('|')}|`];
  for (const r of o.rows) out.push(`| ${r.map((c) => escapeMarkdown(c).replace(/\|/g, '\\|')).join(' | ')} |`);
  out.push('');
  for (const rep of o.reports) {
    out.push(`# ${escapeMarkdown(rep.heading)}`, '');
    if (!rep.session) {
      out.push(escapeMarkdown(o.notYet), '');
      continue;
    }
    // One level down: the round's own report sits under the round's heading.
    const body = renderReviewReportMarkdown(reviewReportModel(rep.session, { ...opts, locale }));
    out.push(body.split('\n').map((l) => (l.startsWith('#') ? `#${l}` : l)).join('\n'));
  }
  return out.join('\n').trimEnd() + '\n';
}

export function trioDayHtml(input: TrioDayInput, opts: ReviewReportOptions = {}): string {
  const locale = opts.locale ?? 'nl';
  const o = overview(input, locale, !!opts.pseudonymise);
  const p = [`<h1>${escapeHtml(o.title)}</h1>`, '<table>', `<thead><tr>${o.head.map((x) => `<th>${escapeHtml(x)}</th>`).join('')}</tr></thead>`, '<tbody>'];
  for (const r of o.rows) p.push(`<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
  p.push('</tbody>', '</table>');
  for (const rep of o.reports) {
    p.push(`<section class="round"><h1>${escapeHtml(rep.heading)}</h1>`);
    p.push(rep.session ? reviewReportHtmlBody(reviewReportModel(rep.session, { ...opts, locale })) : `<p>${escapeHtml(o.notYet)}</p>`);
    p.push('</section>');
  }
  return htmlDocument(o.title, p.join('\n'), locale);
}

export async function trioDayDocx(input: TrioDayInput, opts: ReviewReportOptions = {}): Promise<Uint8Array> {
  const locale = opts.locale ?? 'nl';
  const o = overview(input, locale, !!opts.pseudonymise);
  const b: Block[] = [heading(o.title, 1), table(o.head, o.rows)];
  for (const rep of o.reports) {
    b.push(heading(rep.heading, 1));
    if (rep.session) b.push(...reviewReportBlocks(reviewReportModel(rep.session, { ...opts, locale })));
    else b.push(para(o.notYet));
  }
  return packDocx(o.title, b);
}
