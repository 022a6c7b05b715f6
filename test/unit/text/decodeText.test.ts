import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decodeText, type DecodedText } from '../../../src/core/text/decodeText';

/** Dutch with the letters that go wrong: ë, é, ĳ, curly quotes, and an emoji outside the BMP. */
const DUTCH = 'Anouk: “Hoe ging het op je stage?”\r\nDaan: Ik vond het geweldig, echt een idee voor mijn ĳsbaan-café. 😶\r\nAnouk: Wat maakt dat je dat zo zegt? Financiële zorgen?\r\n';

function ok(r: DecodedText): { text: string; encoding: string } {
  assert.ok(r.ok, r.ok ? '' : r.message.en);
  return { text: r.text, encoding: r.encoding };
}

/** UTF-16 BE bytes: Node writes only LE, so the byte pairs are swapped by hand. */
function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('decodeText', () => {
  it('reads UTF-8 as UTF-8, and drops a UTF-8 BOM', () => {
    assert.deepEqual(ok(decodeText(Buffer.from(DUTCH, 'utf8'))), { text: DUTCH, encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DUTCH, 'utf8')]);
    assert.deepEqual(ok(decodeText(bom)), { text: DUTCH, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE with a BOM (Notepad and Word "Unicode"), emoji surrogate pair included', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DUTCH, 'utf16le')]);
    // The emoji really is a surrogate pair in the file: 3D D8 36 DE.
    assert.ok(bytes.includes(Buffer.from([0x3d, 0xd8, 0x36, 0xde])));
    assert.deepEqual(ok(decodeText(bytes)), { text: DUTCH, encoding: 'utf-16le' });
  });

  it('reads UTF-16 BE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(DUTCH)]);
    assert.deepEqual(ok(decodeText(bytes)), { text: DUTCH, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by its NULs, LE and BE', () => {
    assert.deepEqual(ok(decodeText(Buffer.from(DUTCH, 'utf16le'))), { text: DUTCH, encoding: 'utf-16le' });
    assert.deepEqual(ok(decodeText(utf16be(DUTCH))), { text: DUTCH, encoding: 'utf-16be' });
    // Short as it gets: one letter.
    assert.deepEqual(ok(decodeText(Buffer.from('é', 'utf16le'))), { text: 'é', encoding: 'utf-16le' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, € and curly quotes included', () => {
    // "Dat is “geweldig”, zei ze: één café, € 5" as Dutch Windows wrote it before UTF-8.
    const bytes = Buffer.from([
      0x44, 0x61, 0x74, 0x20, 0x69, 0x73, 0x20, 0x93, 0x67, 0x65, 0x77, 0x65, 0x6c, 0x64, 0x69, 0x67, 0x94, 0x2c, 0x20, 0x7a, 0x65, 0x69, 0x20,
      0x7a, 0x65, 0x3a, 0x20, 0xe9, 0xe9, 0x6e, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x2c, 0x20, 0x80, 0x20, 0x35, 0x0d, 0x0a, 0x46, 0x69, 0x6e, 0x61, 0x6e,
      0x63, 0x69, 0xeb, 0x6c, 0x65, 0x20, 0x92, 0x7a, 0x6f, 0x72, 0x67, 0x65, 0x6e, 0x92, 0x85,
    ]);
    assert.deepEqual(ok(decodeText(bytes)), { text: 'Dat is “geweldig”, zei ze: één café, € 5\r\nFinanciële ’zorgen’…', encoding: 'windows-1252' });
  });

  it('maps all of 0x80–0x9F as the WHATWG Windows-1252 index does (not as Latin-1)', () => {
    const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    assert.deepEqual(ok(decodeText(high)), { text: '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ', encoding: 'windows-1252' });
  });

  it('keeps valid UTF-8 UTF-8 even when Windows-1252 would also read it', () => {
    // "é" in UTF-8 is C3 A9, which Windows-1252 would read as "Ã©".
    assert.deepEqual(ok(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xc3, 0xa9]))), { text: 'café', encoding: 'utf-8' });
  });

  it('reads an empty file as empty UTF-8', () => {
    assert.deepEqual(ok(decodeText(new Uint8Array(0))), { text: '', encoding: 'utf-8' });
  });

  it('refuses UTF-16 cut off mid-character, naming the line where it stops', () => {
    const whole = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('eerste regel\r\ntweede regel\r\nder', 'utf16le')]);
    for (const bytes of [whole.subarray(0, whole.length - 1), Buffer.from('eerste regel\ntwee', 'utf16le').subarray(0, 33)]) {
      const r = decodeText(bytes);
      assert.equal(r.ok, false);
      if (r.ok) continue;
      assert.match(r.message.nl, /midden in een teken/);
      assert.match(r.message.en, /middle of a character/);
    }
    const r = decodeText(whole.subarray(0, whole.length - 1));
    assert.ok(!r.ok && r.line === 3);
  });

  it('refuses UTF-32 and binary files with a clear message', () => {
    const utf32 = decodeText(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    assert.ok(!utf32.ok && /UTF-32/.test(utf32.message.nl) && /UTF-32/.test(utf32.message.en));
    // The start of a .docx (a zip): not valid UTF-8, NULs in no UTF-16 pattern.
    const docx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xdf, 0xa4, 0xd2, 0x6c, 0x5a, 0x01, 0x00, 0x00, 0x20, 0x05, 0x00, 0x00]);
    const r = decodeText(docx);
    assert.ok(!r.ok && /geen tekstbestand/.test(r.message.nl) && /not a text file/.test(r.message.en), JSON.stringify(r));
  });

  it('gives back any text saved as UTF-8, or as UTF-16 LE or BE with a BOM (property)', () => {
    // Text files hold no NUL (with one, a two-byte UTF-8 text such as "a\0" is UTF-16 as well), and
    // a U+FEFF at the very start is a BOM by definition.
    const text = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((t) => !t.includes('\u0000') && !t.startsWith('\uFEFF'));
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(ok(decodeText(Buffer.from(t, 'utf8'))), { text: t, encoding: 'utf-8' });
        assert.deepEqual(ok(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]))).text, t);
        assert.deepEqual(ok(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]))).text, t);
      }),
    );
  });

  it('never throws on any bytes: text, or a refusal in Dutch and English (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = decodeText(bytes);
        if (r.ok) assert.equal(typeof r.text, 'string');
        else assert.ok(r.line >= 1 && r.message.nl.length > 0 && r.message.en.length > 0);
      }),
    );
  });
});
