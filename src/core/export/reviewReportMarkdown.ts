import type { Session } from '../session/model';
import { escapeMarkdown as md } from './exportText';
import { questionFacts, reviewReportModel, type FeedbackSummary, type ReportNote, type ReviewReport, type ReviewReportOptions } from './reviewReportModel';

/** A section of the round's notes (moment, who, what), "(geen)" when nothing was noted. */
function notes(out: string[], title: string, list: ReportNote[], none: string): void {
  out.push(`## ${md(title)}`, '');
  if (list.length === 0) out.push(md(none));
  for (const n of list) out.push(`- ${n.moment ? `${md(n.moment)} ` : ''}${n.author ? `**${md(n.author)}**: ` : ''}${md(n.text)}`);
  out.push('');
}

function summary(out: string[], title: string, list: FeedbackSummary[], none: string): void {
  out.push(`## ${md(title)}`, '');
  if (list.length === 0) out.push(md(none), '');
  for (const s of list) {
    out.push(`### ${md(s.label)}`, '');
    for (const g of s.groups) out.push(`- **${md(g.label)}**: ${g.items.map((i) => `${md(i.moment)} ${md(i.text)}`).join('; ')}`);
    out.push('');
  }
}

export function renderReviewReportMarkdown(r: ReviewReport): string {
  const L = r.labels;
  const out: string[] = [`# ${md(r.title)}`, ''];
  out.push(`## ${md(L.context)}`, '');
  if (r.context.length === 0) out.push(md(L.none));
  for (const c of r.context) out.push(`- **${md(c.label)}**: ${md(c.value)}`);
  out.push('');
  notes(out, L.clarifying, r.clarifying, L.none);
  out.push(`## ${md(L.leervraag)}`, '', r.leervraag ? `> ${md(r.leervraag)}` : md(L.none), '');
  if (r.leervraagHistory.length) {
    out.push(`${md(L.history)}:`, '');
    for (const v of r.leervraagHistory) out.push(`- ${md(v.text)} (${md(v.at)})`);
    out.push('');
  }
  out.push(`## ${md(L.participants)}`, '');
  for (const p of r.participants) out.push(`- **${md(p.name)}** — ${md(p.role)}${p.lens.length ? `: ${p.lens.map(md).join('; ')}` : ''}`);
  if (r.focus.length) out.push('', `${md(L.focus)}: ${r.focus.map(md).join('; ')}`);
  out.push('');
  notes(out, L.observations, r.observations, L.none);
  out.push(`## ${md(L.details)}`, '');
  if (r.details.length === 0) out.push(md(L.none), '');
  for (const d of r.details) {
    const head = [d.moment, d.tags.join('; '), d.author].filter(Boolean).map(md).join(' · ');
    out.push(`### ${head}`, '');
    if (d.see) out.push(`- **${md(L.see)}** ${md(d.see)}`);
    if (d.meaning) out.push(`- **${md(L.meaning)}**: ${md(d.meaning)}`);
    if (d.deepen) out.push(`- **${md(L.deepen)}**: ${md(d.deepen)}`);
    if (d.feedback) out.push(`- **${md(L.feedback)}**: ${md(d.feedback)}`);
    if (d.question) out.push(`- **${md(L.question)}** (${md(d.question.type)}): ${md(d.question.text)}`);
    out.push('');
  }
  summary(out, L.summaryTag, r.byTag, L.none);
  summary(out, L.summaryObserver, r.byObserver, L.none);
  notes(out, L.replies, r.replies, L.none);
  out.push(`## ${md(L.questions)}`, '');
  if (r.questionGroups.length === 0) out.push(md(L.none), '');
  for (const g of r.questionGroups) {
    out.push(`### ${md(g.label)}`, '');
    for (const q of g.items) out.push(`- ${md(q.text)} — ${questionFacts(q, g).map(md).join(' · ')}${q.note ? ` — ${md(q.note)}` : ''}`);
    out.push('');
  }
  notes(out, L.feedforward, r.feedforward, L.none);
  return out.join('\n');
}

export function reviewReportMarkdown(session: Session, opts: ReviewReportOptions = {}): string {
  return renderReviewReportMarkdown(reviewReportModel(session, opts));
}
