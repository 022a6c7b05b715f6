import type { Session } from '../session/model';
import { bullet, heading, packDocx, para, type Block } from './docxKit';
import { questionFacts, reviewReportModel, type FeedbackSummary, type ReportNote, type ReviewReport, type ReviewReportOptions } from './reviewReportModel';

/** A section of the round's notes (moment, who, what), "(geen)" when nothing was noted. */
function notes(blocks: Block[], title: string, list: ReportNote[], none: string): void {
  blocks.push(heading(title, 2));
  if (list.length === 0) blocks.push(para(none));
  for (const n of list) blocks.push(bullet(`${n.moment ? `${n.moment} ` : ''}${n.text}`, n.author ? `${n.author}:` : undefined));
}

function summary(blocks: Block[], title: string, list: FeedbackSummary[], none: string): void {
  blocks.push(heading(title, 2));
  if (list.length === 0) blocks.push(para(none));
  for (const s of list) {
    blocks.push(heading(s.label, 3));
    for (const g of s.groups) blocks.push(bullet(g.items.map((i) => `${i.moment} ${i.text}`).join('; '), `${g.label}:`));
  }
}

export async function reviewReportDocx(session: Session, opts: ReviewReportOptions = {}): Promise<Uint8Array> {
  const r = reviewReportModel(session, opts);
  return packDocx(r.title, reviewReportBlocks(r));
}

/** The report as Word blocks, so a trio day can put three of them in one document. */
export function reviewReportBlocks(r: ReviewReport): Block[] {
  const L = r.labels;
  const b: Block[] = [heading(r.title, 1), heading(L.context, 2)];
  if (r.context.length === 0) b.push(para(L.none));
  for (const c of r.context) b.push(bullet(c.value, `${c.label}:`));
  notes(b, L.clarifying, r.clarifying, L.none);
  b.push(heading(L.leervraag, 2), para(r.leervraag || L.none, { italics: true }));
  if (r.leervraagHistory.length) {
    b.push(para(`${L.history}:`));
    for (const v of r.leervraagHistory) b.push(bullet(`${v.text} (${v.at})`));
  }
  b.push(heading(L.participants, 2));
  for (const p of r.participants) b.push(bullet(`${p.role}${p.lens.length ? `: ${p.lens.join('; ')}` : ''}`, p.name));
  if (r.focus.length) b.push(para(r.focus.join('; '), { bold: `${L.focus}:` }));
  notes(b, L.observations, r.observations, L.none);
  b.push(heading(L.details, 2));
  if (r.details.length === 0) b.push(para(L.none));
  for (const d of r.details) {
    b.push(heading([d.moment, d.tags.join('; '), d.author].filter(Boolean).join(' · '), 3));
    if (d.see) b.push(para(d.see, { bold: L.see }));
    if (d.meaning) b.push(para(d.meaning, { bold: `${L.meaning}:` }));
    if (d.deepen) b.push(para(d.deepen, { bold: `${L.deepen}:` }));
    if (d.feedback) b.push(para(d.feedback, { bold: `${L.feedback}:` }));
    if (d.question) b.push(para(`${d.question.text} (${d.question.type})`, { bold: `${L.question}:` }));
  }
  summary(b, L.summaryTag, r.byTag, L.none);
  summary(b, L.summaryObserver, r.byObserver, L.none);
  notes(b, L.replies, r.replies, L.none);
  b.push(heading(L.questions, 2));
  if (r.questionGroups.length === 0) b.push(para(L.none));
  for (const g of r.questionGroups) {
    b.push(heading(g.label, 3));
    for (const q of g.items) b.push(bullet(`${q.text} — ${questionFacts(q, g).join(' · ')}${q.note ? ` — ${q.note}` : ''}`));
  }
  notes(b, L.feedforward, r.feedforward, L.none);
  return b;
}
