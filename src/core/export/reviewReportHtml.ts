import type { Session } from '../session/model';
import { escapeHtml as h } from './exportText';
import { htmlDocument } from './htmlDocument';
import { questionFacts, reviewReportModel, type FeedbackSummary, type ReportNote, type ReviewReport, type ReviewReportOptions } from './reviewReportModel';

/** A section of the round's notes (moment, who, what), "(geen)" when nothing was noted. */
function notes(title: string, list: ReportNote[], none: string): string {
  if (list.length === 0) return `<h2>${h(title)}</h2>\n<p>${h(none)}</p>`;
  const item = (n: ReportNote) => `<li>${n.moment ? `<span class="meta">${h(n.moment)}</span> ` : ''}${n.author ? `<strong>${h(n.author)}</strong>: ` : ''}${h(n.text)}</li>`;
  return `<h2>${h(title)}</h2>\n<ul>${list.map(item).join('')}</ul>`;
}

function summary(title: string, list: FeedbackSummary[], none: string): string {
  const parts = [`<h2>${h(title)}</h2>`];
  if (list.length === 0) parts.push(`<p>${h(none)}</p>`);
  for (const s of list) {
    parts.push(`<h3>${h(s.label)}</h3>`, '<ul>');
    for (const g of s.groups) parts.push(`<li><strong>${h(g.label)}</strong>: ${g.items.map((i) => `${h(i.moment)} ${h(i.text)}`).join('; ')}</li>`);
    parts.push('</ul>');
  }
  return parts.join('\n');
}

export function renderReviewReportHtml(r: ReviewReport): string {
  return htmlDocument(r.title, reviewReportHtmlBody(r), r.locale);
}

/** The report without its page around it, so a trio day can put three of them in one page. */
export function reviewReportHtmlBody(r: ReviewReport): string {
  const L = r.labels;
  const p: string[] = [`<h1>${h(r.title)}</h1>`];
  p.push(`<h2>${h(L.context)}</h2>`);
  p.push(r.context.length ? `<dl>${r.context.map((c) => `<dt>${h(c.label)}</dt><dd>${h(c.value)}</dd>`).join('')}</dl>` : `<p>${h(L.none)}</p>`);
  p.push(notes(L.clarifying, r.clarifying, L.none));
  p.push(`<h2>${h(L.leervraag)}</h2>`, `<blockquote>${h(r.leervraag || L.none)}</blockquote>`);
  if (r.leervraagHistory.length) {
    p.push(`<p>${h(L.history)}:</p><ul>${r.leervraagHistory.map((v) => `<li>${h(v.text)} <span class="meta">(${h(v.at)})</span></li>`).join('')}</ul>`);
  }
  p.push(`<h2>${h(L.participants)}</h2>`, '<ul>');
  for (const x of r.participants) p.push(`<li><strong>${h(x.name)}</strong> — ${h(x.role)}${x.lens.length ? `: ${x.lens.map(h).join('; ')}` : ''}</li>`);
  p.push('</ul>');
  if (r.focus.length) p.push(`<p>${h(L.focus)}: ${r.focus.map(h).join('; ')}</p>`);
  p.push(notes(L.observations, r.observations, L.none));
  p.push(`<h2>${h(L.details)}</h2>`);
  if (r.details.length === 0) p.push(`<p>${h(L.none)}</p>`);
  for (const d of r.details) {
    p.push('<div class="detail">', `<h3>${h([d.moment, d.tags.join('; '), d.author].filter(Boolean).join(' · '))}</h3>`, '<dl>');
    if (d.see) p.push(`<dt>${h(L.see)}</dt><dd>${h(d.see)}</dd>`);
    if (d.meaning) p.push(`<dt>${h(L.meaning)}</dt><dd>${h(d.meaning)}</dd>`);
    if (d.deepen) p.push(`<dt>${h(L.deepen)}</dt><dd>${h(d.deepen)}</dd>`);
    if (d.feedback) p.push(`<dt>${h(L.feedback)}</dt><dd>${h(d.feedback)}</dd>`);
    if (d.question) p.push(`<dt>${h(L.question)}</dt><dd>${h(d.question.text)} <span class="meta">(${h(d.question.type)})</span></dd>`);
    p.push('</dl>', '</div>');
  }
  p.push(summary(L.summaryTag, r.byTag, L.none), summary(L.summaryObserver, r.byObserver, L.none), notes(L.replies, r.replies, L.none));
  p.push(`<h2>${h(L.questions)}</h2>`);
  if (r.questionGroups.length === 0) p.push(`<p>${h(L.none)}</p>`);
  for (const g of r.questionGroups) {
    p.push(`<h3>${h(g.label)}</h3>`, '<ul>');
    for (const q of g.items) p.push(`<li>${h(q.text)} <span class="meta">${h(questionFacts(q, g).join(' · '))}</span>${q.note ? `<br>${h(q.note)}` : ''}</li>`);
    p.push('</ul>');
  }
  p.push(notes(L.feedforward, r.feedforward, L.none));
  return p.join('\n');
}

export function reviewReportHtml(session: Session, opts: ReviewReportOptions = {}): string {
  return renderReviewReportHtml(reviewReportModel(session, opts));
}
