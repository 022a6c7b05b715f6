import { decodeXmlEntities } from './textTools';

/**
 * A tiny, safe XML tokenizer: one pass, no recursion, no DTD processing and no entity expansion
 * beyond the five XML entities and numeric references (so no external entities and no "billion
 * laughs"). Enough for EAF and for reading back our own exports; it checks that tags nest but it is
 * not a validating parser. Comments, processing instructions and the DOCTYPE are skipped.
 */
export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; pos: number }
  | { kind: 'close'; name: string; pos: number }
  | { kind: 'text'; text: string; pos: number };

export interface XmlError {
  pos: number;
  message: { nl: string; en: string };
}

const MAX_DEPTH = 256;

export class XmlTokenizer {
  private pos = 0;
  private readonly stack: string[] = [];
  private lineStarts: number[] | null = null;
  error: XmlError | null = null;

  constructor(private readonly src: string) {}

  /** The next token, or null at the end (check `error` then). */
  next(): XmlToken | null {
    if (this.error) return null;
    const s = this.src;
    while (this.pos < s.length) {
      const at = this.pos;
      if (s.charCodeAt(at) !== 60 /* < */) {
        let lt = s.indexOf('<', at);
        if (lt < 0) lt = s.length;
        this.pos = lt;
        const text = decodeXmlEntities(s.slice(at, lt));
        if (text === null) return this.fail(at, 'Ongeldige entiteit (alleen &amp; &lt; &gt; &quot; &apos; en &#…; zijn toegestaan).', 'Invalid entity (only &amp; &lt; &gt; &quot; &apos; and &#…; are allowed).');
        return { kind: 'text', text, pos: at };
      }
      if (s.startsWith('<!--', at)) {
        if (!this.skipTo('-->', at + 4)) return this.fail(at, 'Commentaar niet afgesloten.', 'Unterminated comment.');
        continue;
      }
      if (s.startsWith('<![CDATA[', at)) {
        const end = s.indexOf(']]>', at + 9);
        if (end < 0) return this.fail(at, 'CDATA niet afgesloten.', 'Unterminated CDATA section.');
        this.pos = end + 3;
        return { kind: 'text', text: s.slice(at + 9, end), pos: at };
      }
      if (s.startsWith('<?', at)) {
        if (!this.skipTo('?>', at + 2)) return this.fail(at, 'Verwerkingsinstructie niet afgesloten.', 'Unterminated processing instruction.');
        continue;
      }
      if (s.startsWith('<!', at)) {
        // DOCTYPE: skipped whole, internal subset included; its declarations are never used.
        if (!this.skipDoctype(at)) return this.fail(at, 'DOCTYPE niet afgesloten.', 'Unterminated DOCTYPE.');
        continue;
      }
      if (s.charCodeAt(at + 1) === 47 /* / */) return this.closeTag(at);
      return this.openTag(at);
    }
    if (this.stack.length > 0) return this.fail(s.length, `Element <${this.stack[this.stack.length - 1]}> niet afgesloten.`, `Element <${this.stack[this.stack.length - 1]}> is not closed.`);
    return null;
  }

  /** 1-based line and column of a position. */
  where(pos: number): { line: number; column: number } {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.src.length; i++) {
        const c = this.src.charCodeAt(i);
        if (c === 10 || (c === 13 && this.src.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: pos - ls[lo]! + 1 };
  }

  private fail(pos: number, nl: string, en: string): null {
    this.error = { pos, message: { nl, en } };
    return null;
  }

  private skipTo(end: string, from: number): boolean {
    const e = this.src.indexOf(end, from);
    if (e < 0) return false;
    this.pos = e + end.length;
    return true;
  }

  private skipDoctype(at: number): boolean {
    const s = this.src;
    let i = at + 2;
    let inSubset = false;
    let quote = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 91 /* [ */) inSubset = true;
      else if (c === 93 /* ] */) inSubset = false;
      else if (c === 62 /* > */ && !inSubset) {
        this.pos = i + 1;
        return true;
      }
    }
    return false;
  }

  private readName(i: number): number {
    const s = this.src;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62 || c === 61 || c === 60 || c === 34 || c === 39) break;
      i++;
    }
    return i;
  }

  private skipSpace(i: number): number {
    const s = this.src;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
    return i;
  }

  private closeTag(at: number): XmlToken | null {
    const nameEnd = this.readName(at + 2);
    const name = this.src.slice(at + 2, nameEnd);
    const gt = this.skipSpace(nameEnd);
    if (name === '' || this.src.charCodeAt(gt) !== 62) return this.fail(at, 'Ongeldige eindtag.', 'Invalid end tag.');
    const top = this.stack.pop();
    if (top !== name) {
      return this.fail(at, `Eindtag </${name}> past niet bij <${top ?? '?'}>.`, `End tag </${name}> does not match <${top ?? '?'}>.`);
    }
    this.pos = gt + 1;
    return { kind: 'close', name, pos: at };
  }

  private openTag(at: number): XmlToken | null {
    const s = this.src;
    const nameEnd = this.readName(at + 1);
    const name = s.slice(at + 1, nameEnd);
    if (name === '') return this.fail(at, 'Ongeldige "<".', 'Invalid "<".');
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    let i = nameEnd;
    for (;;) {
      i = this.skipSpace(i);
      if (i >= s.length) return this.fail(at, `Tag <${name}> niet afgesloten.`, `Tag <${name}> is not closed.`);
      const c = s.charCodeAt(i);
      if (c === 62 || (c === 47 && s.charCodeAt(i + 1) === 62)) {
        const selfClosing = c === 47;
        this.pos = i + (selfClosing ? 2 : 1);
        if (!selfClosing) {
          if (this.stack.length >= MAX_DEPTH) return this.fail(at, 'Te diep geneste elementen.', 'Elements nested too deeply.');
          this.stack.push(name);
        }
        return { kind: 'open', name, attrs, selfClosing, pos: at };
      }
      const an = this.readName(i);
      if (an === i) return this.fail(i, `Ongeldig attribuut in <${name}>.`, `Invalid attribute in <${name}>.`);
      const attrName = s.slice(i, an);
      i = this.skipSpace(an);
      if (s.charCodeAt(i) !== 61) return this.fail(i, `Attribuut ${attrName} zonder waarde.`, `Attribute ${attrName} has no value.`);
      i = this.skipSpace(i + 1);
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) return this.fail(i, `Waarde van ${attrName} staat niet tussen aanhalingstekens.`, `Value of ${attrName} is not quoted.`);
      const close = s.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0) return this.fail(i, `Waarde van ${attrName} niet afgesloten.`, `Value of ${attrName} is not closed.`);
      const raw = s.slice(i + 1, close);
      if (raw.indexOf('<') >= 0) return this.fail(i, `"<" in de waarde van ${attrName}.`, `"<" in the value of ${attrName}.`);
      const value = decodeXmlEntities(raw);
      if (value === null) return this.fail(i, 'Ongeldige entiteit in een attribuut.', 'Invalid entity in an attribute.');
      if (attrName in attrs) return this.fail(i, `Attribuut ${attrName} staat er twee keer.`, `Attribute ${attrName} appears twice.`);
      attrs[attrName] = value;
      i = close + 1;
    }
  }
}
