import type { Framework, Seconds, Session } from '../session/model';
import { t, type Lang } from '../text/lang';
import { formatPaddedClock } from '../text/time';

/**
 * Small text helpers every exporter shares. User text is untrusted: every exporter first runs it
 * through `cleanText`, then escapes it for its own format. Keeping both steps here means a fix
 * for one format's escaping reaches every file we write.
 */

/** The language of an export (the one `Lang`; exporters pick text with `t` from `text/lang`). */
export type ExportLocale = Lang;

/*
 * Characters we drop from user text: those XML 1.0 forbids (most C0 controls, U+FFFE/FFFF, lone
 * surrogates), C1 controls, and the bidi overrides/isolates (U+202A–202E, U+2066–2069) that can make
 * an exported line read differently from what it contains.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}

/** For table cells, headings and attributes: one line, single spaces. */
export function oneLine(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

/** mm:ss, or h:mm:ss from an hour on; '' when there is no moment. */
export function formatMoment(sec: Seconds | null | undefined): string {
  return sec === null || sec === undefined || !Number.isFinite(sec) ? '' : formatPaddedClock(sec);
}

export function escapeHtml(s: string): string {
  return cleanText(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** XML text and attribute values (attributes keep their newlines as character references). */
export function escapeXml(s: string): string {
  return cleanText(s).replace(/[&<>"'\n\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\t': '&#9;' })[c]!);
}

/**
 * Markdown: every character CommonMark could read as markup or raw HTML is backslash-escaped, so
 * no `<tag>`, link, emphasis or table cell break can come from user text. One line.
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>|~&#]/g, (c) => '\\' + c);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function tagLabel(framework: Framework, id: string, locale: ExportLocale): string {
  const tag = framework.tags.find((x) => x.id === id);
  return tag ? tag.label[locale] || tag.label.nl : id;
}

export function tagLabels(framework: Framework, ids: readonly string[], locale: ExportLocale): string[] {
  return ids.map((id) => tagLabel(framework, id, locale));
}

export function participantName(session: Session, id: string | null): string {
  if (id === null) return '';
  return session.participants.find((p) => p.id === id)?.name ?? '';
}

export function speakerName(session: Session, id: string | null): string {
  if (id === null) return '';
  return session.speakers.find((p) => p.id === id)?.name ?? '';
}

export function questionTypeLabel(type: string, locale: ExportLocale): string {
  switch (type) {
    case 'verbredend':
      return t(locale, 'verbredend', 'broadening');
    case 'verdiepend':
      return t(locale, 'verdiepend', 'deepening');
    default:
      return t(locale, 'anders', 'other');
  }
}

export function feedbackLabel(kind: string | null, locale: ExportLocale): string {
  switch (kind) {
    case 'goed':
      return t(locale, 'goed', 'went well');
    case 'best':
      return t(locale, "'t beste", 'went best');
    case 'beter':
      return t(locale, 'kan beter', 'could be better');
    default:
      return '';
  }
}
