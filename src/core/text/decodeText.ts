/**
 * Bytes of a text file a teacher picked → text. Windows Notepad and Word save "Unicode" text as
 * UTF-16 (mostly little-endian, with a BOM); older Dutch Windows wrote Windows-1252; everything
 * newer writes UTF-8. Reading all of them as UTF-8 garbles the first two, so the encoding is
 * recognised here, once, for every importer (host, CLI).
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName }
  /** `line` is 1-based: where the trouble shows (the last line of a file cut off mid-character). */
  | { ok: false; line: number; message: { nl: string; en: string } };

/** How many bytes the UTF-16 and binary checks look at: enough for a pattern, cheap for big files. */
const SAMPLE = 4096;

/**
 * Windows-1252 bytes 0x80–0x9F (€, curly quotes, …). Written out here rather than asking
 * `TextDecoder('windows-1252')`: Node 20.18.3+ and 22.13+ decode that label as Latin-1, so
 * 0x80 becomes U+0080 instead of € (nodejs/node#60888). The five unassigned bytes map to the
 * same code point, as the WHATWG Encoding Standard says.
 */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * The text of a file, and the encoding it was read as: a BOM decides (UTF-8, UTF-16 LE/BE);
 * without one, NULs on every other byte mean UTF-16; else strict UTF-8; else Windows-1252.
 * A BOM is never part of the text. Refused: UTF-16 cut off mid-character, UTF-32, and files
 * with NUL bytes that are not UTF-16 (a Word document, a recording: not text at all).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return refuse(1, 'Dit bestand is als UTF-32 opgeslagen; dat kan Klein Kijken niet lezen. Sla het opnieuw op als UTF-8.', 'This file is saved as UTF-32, which Klein Kijken cannot read. Save it again as UTF-8.');
  }
  // A UTF-8 BOM is a promise: a bad byte after it becomes U+FFFD rather than the whole file Windows-1252.
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const guess = utf16Pattern(bytes);
  if (guess) return utf16(bytes, guess);
  const asUtf8 = utf8(bytes);
  if (asUtf8) return asUtf8;
  if (bytes.subarray(0, SAMPLE).includes(0)) {
    return refuse(
      1,
      'Dit is geen tekstbestand (er staan binaire gegevens in, zoals in een Word-document). Sla het transcript op als tekst (.txt, .vtt of .srt) en importeer dat bestand.',
      'This is not a text file (it holds binary data, as a Word document does). Save the transcript as text (.txt, .vtt or .srt) and import that file.',
    );
  }
  return windows1252(bytes);
}

function refuse(line: number, nl: string, en: string): DecodedText {
  return { ok: false, line, message: { nl, en } };
}

/** Strict UTF-8, or null when the bytes are not valid UTF-8 (then they are something older). */
function utf8(bytes: Uint8Array): DecodedText | null {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: text that is mostly Latin letters has a NUL as the high byte of nearly
 * every character, so NULs cluster on odd offsets (LE) or even offsets (BE). UTF-8 and
 * Windows-1252 text has no NULs at all.
 */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // At least a fifth of the characters ASCII (a Dutch transcript: nearly all), and the other
  // parity nearly free of NULs.
  if (odd * 5 >= pairs && even * 10 <= odd) return 'utf-16le';
  if (even * 5 >= pairs && odd * 10 <= even) return 'utf-16be';
  return null;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  // Non-fatal: a lone surrogate (rare, and harmless) becomes U+FFFD; a missing last byte does not
  // pass silently, because then the file was cut off.
  const even = bytes.length & 1 ? bytes.subarray(0, bytes.length - 1) : bytes;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(even);
  if (bytes.length & 1) {
    const line = text.split(/\r\n|\r|\n/).length;
    return refuse(
      line,
      'Het bestand houdt midden in een teken op (een UTF-16-bestand met een oneven aantal bytes): het is waarschijnlijk niet helemaal gekopieerd. Kopieer het opnieuw of sla het opnieuw op.',
      'The file stops in the middle of a character (a UTF-16 file with an odd number of bytes): it was probably not copied completely. Copy it again or save it again.',
    );
  }
  return { ok: true, text, encoding };
}

function windows1252(bytes: Uint8Array): DecodedText {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      codes[i - start] = c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80]! : c;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return { ok: true, text: parts.join(''), encoding: 'windows-1252' };
}
