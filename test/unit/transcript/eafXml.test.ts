import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseEafTiers } from '../../../src/core/transcript/parseEaf';
import { readXml } from '../../../src/core/transcript/xmlReader';
import { xmlErrorText } from '../../../src/core/transcript/xmlErrorText';

/** EAF is read with saxes: hostile and malformed files are refused with a place and a Dutch reason. */
function refused(xml: string): { line: number; column: number; nl: string; en: string } {
  const r = parseEafTiers(xml);
  if (r.ok) assert.fail(`accepted: ${xml.slice(0, 120)}`);
  assert.ok(r.error.column !== undefined && r.error.column >= 1, 'a column');
  assert.ok(!/^Geen geldige XML \(/.test(r.error.message.nl), `an untranslated saxes message: ${r.error.message.en}`);
  return { line: r.error.line, column: r.error.column!, nl: r.error.message.nl, en: r.error.message.en };
}

const ROOT = (body: string, attrs = '') => `<ANNOTATION_DOCUMENT${attrs}>\n${body}\n</ANNOTATION_DOCUMENT>\n`;
const DOC = (body: string, attrs = '') => `<?xml version="1.0" encoding="UTF-8"?>\n${ROOT(body, attrs)}`;
const ANN = (value: string) =>
  `<TIME_ORDER><TIME_SLOT TIME_SLOT_ID="t1" TIME_VALUE="0"/><TIME_SLOT TIME_SLOT_ID="t2" TIME_VALUE="1000"/></TIME_ORDER>\n<TIER TIER_ID="x"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="t1" TIME_SLOT_REF2="t2"><ANNOTATION_VALUE>${value}</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>`;

describe('EAF through saxes: hostile and malformed input', () => {
  it('never expands a declared entity: billion laughs is an unknown entity at its place', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n' + ROOT(ANN('&lol2;'));
    const e = refused(xml);
    assert.equal(e.line, 8);
    assert.match(e.en, /undefined entity/);
    assert.match(e.nl, /onbekende entiteit/);
  });

  it('never reads an external entity (SYSTEM file:///etc/passwd)', () => {
    const e = refused('<?xml version="1.0"?>\n<!DOCTYPE d [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n' + ROOT(ANN('&x;')));
    assert.match(e.en, /undefined entity/);
  });

  it('reads a DOCTYPE it does not need without acting on it', () => {
    const r = parseEafTiers('<?xml version="1.0"?>\n<!DOCTYPE ANNOTATION_DOCUMENT>\n' + ROOT(ANN('hallo &amp; &#233;')));
    assert.ok(r.ok);
    assert.equal(r.tiers[0]!.annotations[0]!.value, 'hallo & é');
  });

  it('names the unclosed element and the line where the file ends', () => {
    const e = refused('<ANNOTATION_DOCUMENT>\n<TIER TIER_ID="x">\n<ANNOTATION>');
    assert.equal(e.line, 3);
    assert.match(e.nl, /<ANNOTATION> is niet afgesloten/);
    assert.match(e.en, /unclosed tag: ANNOTATION/);
  });

  it('names a bare "&" where it stands, not at the end of the file where saxes notices', () => {
    const e = refused(DOC(ANN('Jan & Piet') + '\n<!-- a & in a comment is fine -->\n<TIER TIER_ID="y"/>'));
    assert.equal(e.line, 4);
    assert.equal(e.column, 134, "the column of the &");
    assert.match(e.nl, /losse "&"/);
    assert.ok(parseEafTiers(DOC(ANN('Jan &amp; Piet <![CDATA[& zo]]>') + '\n<!-- a & in a comment -->')).ok);
  });

  it('stops at 256 nested elements, before the depth costs anything', () => {
    const depth = 100_000;
    const xml = '<ANNOTATION_DOCUMENT>' + '<a>'.repeat(depth) + '</a>'.repeat(depth) + '</ANNOTATION_DOCUMENT>';
    let opened = 0;
    // Structural, not a clock: the handler never sees more than the bound.
    const p = readXml(xml, { open: () => void opened++, text: () => undefined, close: () => undefined });
    assert.ok(p);
    assert.match(p.message.en, /nested too deeply/);
    assert.ok(opened <= 256, `${opened} elements were handed on`);
    assert.match(refused(xml).nl, /Te diep geneste elementen/);
  });

  it('refuses what is not well-formed XML, which a hand-made reader let through', () => {
    const cases: [string, RegExp][] = [
      ['<ANNOTATION_DOCUMENT/>\n<ANNOTATION_DOCUMENT/>', /één hoofdelement/],
      ['<ANNOTATION_DOCUMENT>a \u0001 b</ANNOTATION_DOCUMENT>', /niet toegestaan teken/],
      ['<ANNOTATION_DOCUMENT><1a/></ANNOTATION_DOCUMENT>', /elementnaam/],
      ['<ANNOTATION_DOCUMENT xsi:x="1"/>', /voorvoegsel "xsi" is niet gedeclareerd/],
      ['\n<?xml version="1.0"?><ANNOTATION_DOCUMENT/>', /XML-declaratie/],
      ['<ANNOTATION_DOCUMENT A="1" A="2"/>', /twee keer/],
      ['<ANNOTATION_DOCUMENT A="<"/>', /niet toegestaan teken/],
      ['<ANNOTATION_DOCUMENT>&#0;</ANNOTATION_DOCUMENT>', /tekenverwijzing/],
      ['', /geen element/],
    ];
    for (const [xml, nl] of cases) assert.match(refused(xml).nl, nl, JSON.stringify(xml));
  });

  it('reads ELAN\'s own namespace declaration and a byte-order mark', () => {
    const r = parseEafTiers('\uFEFF' + DOC(ANN('ja'), ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd"'));
    assert.ok(r.ok);
    assert.equal(r.tiers[0]!.annotations[0]!.value, 'ja');
  });

  it('does not take a namespaced element for an EAF one', () => {
    const r = parseEafTiers(DOC('<x:TIER xmlns:x="urn:x" TIER_ID="vreemd"/><TIER xmlns="urn:y" TIER_ID="ook vreemd"/>' + ANN('ja')));
    assert.ok(r.ok);
    assert.deepEqual(r.tiers.map((t) => t.id), ['x']);
  });

  it('keeps an attribute named __proto__ as plain data', () => {
    let seen: Record<string, string> | null = null;
    readXml(DOC(ANN('ja').replace('TIER_ID="x"', 'TIER_ID="x" __proto__="y"')), { open: (name, attrs) => void (name === 'TIER' && (seen = attrs)), text: () => undefined, close: () => undefined });
    assert.ok(seen);
    assert.equal(Object.getPrototypeOf(seen), null);
    assert.equal(seen!['__proto__'], 'y');
    assert.ok(parseEafTiers(DOC(ANN('ja').replace('TIER_ID="x"', 'TIER_ID="x" __proto__="y"'))).ok);
  });

  it('says a UTF-16 file read as UTF-8 is UTF-16', () => {
    const bytes = Buffer.from('\uFEFF' + DOC(ANN('ja')), 'utf16le');
    const e = refused(new TextDecoder().decode(bytes));
    assert.equal(e.line, 1);
    assert.match(e.nl, /UTF-16/);
  });

  it('has a Dutch text for every message saxes can give', () => {
    const src = readFileSync(require.resolve('saxes'), 'utf8');
    const messages = [...src.matchAll(/fail\(("(?:[^"\\]|\\.)*"|`[^`]*`)\)/g)].map((m) => m[1]!);
    // Template messages get a sample value where saxes fills one in.
    const samples = messages.map((m) => (m.startsWith('"') ? (JSON.parse(m) as string) : m.slice(1, -1).replace(/\$\{[^}]*\}/g, 'X')));
    assert.ok(samples.length > 40, `found ${samples.length} messages`);
    const untranslated = samples.filter((m) => m !== 'cannot write after close; assign an onready handler.' && xmlErrorText(m).nl.startsWith('Geen geldige XML ('));
    assert.deepEqual(untranslated, []);
  });
});
