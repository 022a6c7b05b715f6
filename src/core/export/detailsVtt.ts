import type { Session } from '../session/model';
import { formatVttTime } from '../text/time';
import { cleanText, oneLine, tagLabels, type ExportLocale } from './exportText';
import { detailRangeMs } from './eafExport';
import { maybePseudonymise, type PseudonymMode } from './pseudonymise';

/**
 * The details as WebVTT chapters: one cue per detail (id = detail id), first line its tags, then
 * what was seen and its meaning. Points get 1 s, as in EAF. Cue text escapes &, < and > (so no
 * `-->` or markup can come from user text) and has no blank lines (a blank line ends a cue).
 */
export interface DetailsVttOptions {
  locale?: ExportLocale;
  pseudonymise?: PseudonymMode | null;
}

function cueText(s: string): string {
  return oneLine(cleanText(s)).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

export function detailsVtt(input: Session, opts: DetailsVttOptions = {}): string {
  const locale = opts.locale ?? 'nl';
  const s = maybePseudonymise(input, opts.pseudonymise);
  const out = ['WEBVTT', ''];
  for (const d of [...s.details].sort((a, b) => a.start - b.start)) {
    const [ms1, ms2] = detailRangeMs(d);
    const lines = [tagLabels(s.framework, d.tags, locale).join('; '), d.see, d.meaning].map(cueText).filter((l) => l !== '');
    if (lines.length === 0) lines.push('…');
    out.push(cueText(d.id).replace(/-->/g, ''), `${formatVttTime(ms1 / 1000)} --> ${formatVttTime(ms2 / 1000)}`, ...lines, '');
  }
  return out.join('\n');
}
