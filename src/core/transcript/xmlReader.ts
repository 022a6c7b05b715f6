import { SaxesParser, type SaxesTagNS } from 'saxes';
import { xmlErrorText } from './xmlErrorText';

/**
 * Reads an XML document with `saxes` (a maintained, conformance-tested streaming parser) and
 * hands each element to `handler`. Safe for files from anyone: saxes never reads a DTD, so a
 * declared entity is never expanded (no external entities, no "billion laughs"): using one is an
 * "undefined entity" error. Namespaces are checked (xmlns on), so an element is matched on its
 * local name without a prefix. The first error stops the reading; its line and column are where
 * saxes saw it.
 */
export interface XmlHandler {
  /** `line` is where the start tag begins. Return a problem to stop reading. */
  open(name: string, attrs: Record<string, string>, selfClosing: boolean, line: number): XmlStop | void;
  text(text: string): void;
  close(name: string, line: number): XmlStop | void;
}

export interface XmlProblem {
  line: number;
  column: number;
  message: { nl: string; en: string };
}

/** A handler's reason to stop (not an XML error, e.g. "this is not an ELAN file"). */
export interface XmlStop {
  stop: XmlProblem;
}

const MAX_DEPTH = 256;

/** Thrown through saxes to stop it at once; never leaves this module. */
class Stop {
  constructor(readonly problem: XmlProblem) {}
}

export function readXml(text: string, handler: XmlHandler): XmlProblem | null {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let tagLine = 1;
  const attrsOf = (tag: SaxesTagNS): Record<string, string> => {
    // A null prototype, so an attribute named __proto__ is an attribute like any other.
    const out = Object.create(null) as Record<string, string>;
    for (const a of Object.values(tag.attributes)) if (a.prefix === '') out[a.local] = a.value;
    return out;
  };
  // EAF has no namespace. An element in one (prefixed, or under a default xmlns="…") is passed on
  // as {uri}local, so it never matches an EAF name.
  const nameOf = (tag: SaxesTagNS): string => (tag.uri === '' ? tag.local : `{${tag.uri}}${tag.local}`);
  let depth = 0;
  parser.on('opentagstart', () => {
    tagLine = parser.line;
    // saxes resolves namespaces by walking the open elements, which is quadratic in the depth
    // (measured: 20,000 nested elements take 23 s); EAF is 5 deep, so a bound costs nothing.
    if (++depth > MAX_DEPTH) throw new Stop({ line: parser.line, column: Math.max(1, parser.column), message: { nl: 'Te diep geneste elementen.', en: 'Elements nested too deeply.' } });
  });
  parser.on('opentag', (tag) => {
    const stop = handler.open(nameOf(tag), attrsOf(tag), tag.isSelfClosing, tagLine);
    if (stop) throw new Stop(stop.stop);
  });
  parser.on('closetag', (tag) => {
    depth--;
    if (tag.isSelfClosing) return;
    const stop = handler.close(nameOf(tag), parser.line);
    if (stop) throw new Stop(stop.stop);
  });
  parser.on('text', (t) => handler.text(t));
  parser.on('cdata', (t) => handler.text(t));
  parser.on('error', (e) => {
    throw new Stop(bareAmpersandBefore(text, parser.position) ?? { line: parser.line, column: Math.max(1, parser.column), message: xmlErrorText(e.message) });
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    throw e;
  }
  return null;
}

const BARE_AMP = /&(?![A-Za-z_:][\w.:-]*;|#[0-9]+;|#x[0-9a-fA-F]+;)/g;

/**
 * saxes reads everything after a "&" up to the next ";" as an entity name, so "Jan & Piet" is
 * reported far later ("unclosed tag" at the end of the file). The commonest hand-edit mistake gets
 * its own place and words: the first "&" that starts no reference, outside comments and CDATA,
 * before where saxes stopped. Linear: each match looks no further than the next "&".
 */
function bareAmpersandBefore(text: string, end: number): XmlProblem | null {
  BARE_AMP.lastIndex = 0;
  for (let m = BARE_AMP.exec(text); m && m.index < end; m = BARE_AMP.exec(text)) {
    const at = m.index;
    if (text.lastIndexOf('<!--', at) > text.lastIndexOf('-->', at)) continue;
    if (text.lastIndexOf('<![CDATA[', at) > text.lastIndexOf(']]>', at)) continue;
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return {
      line,
      column: at - lineStart + 1,
      message: { nl: 'Geen geldige XML: een losse "&" (schrijf &amp; voor een en-teken).', en: 'Not valid XML: a bare "&" (write &amp; for an ampersand).' },
    };
  }
  return null;
}
