/** Small text helpers shared by the transcript parsers; all linear in the input. */

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits on CRLF, CR and LF alike. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  euml: '\u00eb',
  iuml: '\u00ef',
  ouml: '\u00f6',
  uuml: '\u00fc',
  auml: '\u00e4',
  eacute: '\u00e9',
  egrave: '\u00e8',
  aacute: '\u00e1',
  oacute: '\u00f3',
  ccedil: '\u00e7',
  Euml: '\u00cb',
  Eacute: '\u00c9',
};

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,15});/g;

function codePoint(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
  return String.fromCodePoint(n);
}

/**
 * HTML-style character references (as in WebVTT and oTranscribe). An unknown name stays as it is
 * written, so nothing silently disappears.
 */
export function decodeHtmlEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (all, body: string) => {
    if (body[0] === '#') {
      const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return codePoint(n) ?? all;
    }
    return NAMED[body] ?? all;
  });
}

/**
 * A `Naam:` or `[Naam]` prefix that names a speaker: at most four words, at most 40 characters,
 * starting with a letter and free of sentence punctuation — so "Let op, ik: ..." is not a name.
 * Returns the name and the rest of the text, or null.
 */
export function splitSpeakerPrefix(text: string): { speaker: string; rest: string } | null {
  const t = text.trimStart();
  if (t.startsWith('[')) {
    const close = t.indexOf(']');
    if (close > 1 && close <= 41) {
      const name = t.slice(1, close).trim();
      if (looksLikeName(name)) return { speaker: name, rest: t.slice(close + 1).replace(/^\s*:?\s*/, '') };
    }
    return null;
  }
  const colon = t.indexOf(':');
  if (colon < 1 || colon > 40) return null;
  const after = t.charCodeAt(colon + 1);
  // "Name:" must be followed by whitespace or the end, so "10:30" and URLs are not names.
  if (colon + 1 < t.length && after !== 32 && after !== 9 && after !== 0xa0) return null;
  const name = t.slice(0, colon).trim();
  if (!looksLikeName(name)) return null;
  return { speaker: name, rest: t.slice(colon + 1).trimStart() };
}

function looksLikeName(name: string): boolean {
  if (name.length === 0 || name.length > 40) return false;
  if (!/^\p{L}/u.test(name)) return false;
  if (/[.,;!?:"“”„()<>{}\d]/u.test(name)) return false;
  return name.split(/\s+/).length <= 4;
}
