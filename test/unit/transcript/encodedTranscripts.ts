/** Transcripts as Windows programs save them (UTF-16, Windows-1252), for the import tests. */

const BOM_LE = Buffer.from([0xff, 0xfe]);

/** What Notepad writes for "Unicode": a BOM, then UTF-16 LE. */
export function notepadUnicode(text: string): Buffer {
  return Buffer.concat([BOM_LE, Buffer.from(text, 'utf16le')]);
}

export const VTT = 'WEBVTT\r\n\r\n00:00:01.000 --> 00:00:04.000\r\n<v Anouk>Hoe voelde je je daarbij, “eerlijk gezegd”?\r\n\r\n00:00:04.000 --> 00:00:09.500\r\n<v Daan>Financiële zorgen… en mijn ĳsbaan-café 😶\r\n';
export const SRT = '1\r\n00:00:01,000 --> 00:00:04,000\r\nAnouk: Wat maakt dat je twijfelt over je opleiding?\r\n\r\n2\r\n00:00:04,000 --> 00:00:08,000\r\nDaan: Ik weet het niet, ik vind het één grote ‘chaos’.\r\n';

/**
 * "Anouk: Vertel eens, hoe was je week?" / "Daan: Eerlijk gezegd “zwaar”: mijn coördinator was
 * ziek, dus geen één gesprek." as Windows-1252 bytes (é 0xE9, ö 0xF6, curly quotes 0x93/0x94).
 */
export const CP1252_TXT = Buffer.concat([
  Buffer.from('Anouk: Vertel eens, hoe was je week?\r\nDaan: Eerlijk gezegd ', 'latin1'),
  Buffer.from([0x93]),
  Buffer.from('zwaar', 'latin1'),
  Buffer.from([0x94]),
  Buffer.from(': mijn co', 'latin1'),
  Buffer.from([0xf6]),
  Buffer.from('rdinator was ziek, dus geen ', 'latin1'),
  Buffer.from([0xe9, 0xe9]),
  Buffer.from('n gesprek.\r\n', 'latin1'),
]);
